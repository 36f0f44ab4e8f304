/**
 * Markdown → blocks through marked's lexer (CommonMark + GFM). Only the token
 * tree is used, never marked's HTML renderer: it is an order of magnitude
 * faster than building an mdast through micromark, and it runs without the DOM.
 * Headings keep their depth, a paragraph that is bold as a whole is flagged as
 * a candidate heading, list items become blocks (ordered ones keep their
 * number, since in this genre "1." is part of the text), hard line breaks split
 * a paragraph into blocks that the structure finder may rejoin or read as a
 * banner, table rows become metadata rows.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { textBlock, type Block } from './block';
import { textToBlocks } from './lines';
import { tooDeeplyNested } from '../markdown-nesting';

const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201d]/;

/** Soft line breaks disappear between Chinese characters, become a space otherwise. */
function unwrap(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_m, offset: number, s: string) =>
    CJK_EDGE.test(s[offset - 1] ?? '') || CJK_EDGE.test(s[offset + _m.length] ?? '') ? '' : ' ',
  );
}

/** Plain text of inline tokens: markup gone, entities decoded by marked already. */
function inlineText(tokens: Token[] | undefined, fallback = ''): string {
  if (!tokens) return fallback;
  let s = '';
  for (const t of tokens) {
    if (t.type === 'br') s += '\n';
    else if ('tokens' in t && t.tokens && t.type !== 'codespan') s += inlineText(t.tokens);
    else if (t.type === 'image') s += (t as Tokens.Image).text;
    else s += 'text' in t ? String(t.text) : t.raw;
  }
  return s;
}

function isBoldOnly(seg: Token[]): boolean {
  const real = seg.filter((c) => !(c.type === 'text' && !('tokens' in c && c.tokens?.length) && c.raw.trim() === ''));
  return real.length === 1 && real[0]!.type === 'strong';
}

/** Marked decodes entities into text tokens; HTML entities are escaped back only by its renderer. */
function paragraphBlocks(tokens: Token[], prefix: string, out: Block[]): void {
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.type === 'br') segments.push([]);
    else segments[segments.length - 1]!.push(t);
  }
  segments.forEach((seg, i) => {
    const text = unwrap(inlineText(seg)).trim();
    const withPrefix = i === 0 && prefix ? `${prefix}${text}` : text;
    if (!withPrefix) return;
    out.push({ ...textBlock(withPrefix, i === 0), ...(isBoldOnly(seg) ? { bold: true } : {}) });
  });
}

function walk(tokens: Token[], out: Block[], prefix = ''): void {
  tokens.forEach((t, idx) => {
    const mark = idx === 0 ? prefix : '';
    switch (t.type) {
      case 'heading': {
        const text = unwrap(inlineText(t.tokens, t.text)).replace(/\n/g, ' ').trim();
        if (text) out.push({ text, marked: (t as Tokens.Heading).depth, gap: true });
        return;
      }
      case 'paragraph':
        paragraphBlocks(t.tokens ?? [], mark, out);
        return;
      case 'text':
        // Text directly in a tight list item.
        paragraphBlocks(t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text } as Token], mark, out);
        return;
      case 'blockquote':
        walk(t.tokens ?? [], out);
        return;
      case 'list': {
        const list = t as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((item, i) => walk(item.tokens, out, list.ordered ? `${start + i}.` : ''));
        return;
      }
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const text = row.map((c) => unwrap(inlineText(c.tokens, c.text)).trim()).filter(Boolean).join(' | ');
          if (text) out.push({ text, gap: true, tableRow: true });
        }
        return;
      }
      case 'code':
      case 'html':
        for (const line of String(t.text ?? t.raw).split('\n')) if (line.trim()) out.push({ text: line.trim(), gap: true });
        return;
      default:
        // space, hr, def …: markup only, nothing to read.
        if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens, out);
    }
  });
}


/**
 * Link brackets beyond this count make the parser's label matching superlinear
 * (25,000 "[*" pairs: 13 s). No article has thousands of links; a file that does
 * is read as plain text too.
 */
const MAX_BRACKETS = 4000;

function tooManyBrackets(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++n > MAX_BRACKETS) return true;
  return false;
}

export function markdownToBlocks(text: string): Block[] {
  // Nesting this deep is not an article's structure but a hostile or broken file: the parser takes
  // quadratic time on it and the tree walk overflows the stack. Read as plain text, every character kept.
  if (tooDeeplyNested(text) || tooManyBrackets(text)) return textToBlocks(text);
  const out: Block[] = [];
  walk(new Lexer({ gfm: true }).lex(text), out);
  return out;
}
