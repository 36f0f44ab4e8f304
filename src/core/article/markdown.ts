/**
 * Markdown → blocks through mdast-util-from-markdown (CommonMark). Headings keep
 * their depth, a paragraph that is bold as a whole is flagged as a candidate
 * heading, list items become blocks (ordered ones keep their number, since in
 * this genre "1." is part of the text), hard line breaks split a paragraph into
 * blocks that the structure finder may rejoin or read as a banner.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';
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

function isBoldOnly(children: PhrasingContent[]): boolean {
  const real = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return real.length === 1 && real[0]!.type === 'strong';
}

function paragraphBlocks(p: Paragraph, prefix: string, out: Block[]): void {
  const segments: PhrasingContent[][] = [[]];
  for (const child of p.children) {
    if (child.type === 'break') segments.push([]);
    else segments[segments.length - 1]!.push(child);
  }
  segments.forEach((seg, i) => {
    const text = unwrap(seg.map((n) => toString(n)).join('')).trim();
    const withPrefix = i === 0 && prefix ? `${prefix}${text}` : text;
    if (!withPrefix) return;
    out.push({ ...textBlock(withPrefix, i === 0), ...(isBoldOnly(seg) ? { bold: true } : {}) });
  });
}

function walk(node: Nodes, out: Block[], prefix = ''): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      for (const c of node.children) walk(c, out);
      return;
    case 'heading': {
      const text = unwrap(toString(node)).trim();
      if (text) out.push({ text, marked: node.depth, gap: true });
      return;
    }
    case 'paragraph':
      paragraphBlocks(node, prefix, out);
      return;
    case 'list':
      node.children.forEach((item, i) => {
        const mark = node.ordered ? `${(node.start ?? 1) + i}.` : '';
        item.children.forEach((c, j) => walk(c, out, j === 0 ? mark : ''));
      });
      return;
    case 'code':
    case 'html':
      for (const line of node.value.split('\n')) if (line.trim()) out.push({ text: line.trim(), gap: true });
      return;
    default:
      // thematicBreak, definition, yaml …: markup only, nothing to read.
      if ('children' in node) for (const c of node.children as Nodes[]) walk(c, out);
  }
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
  walk(fromMarkdown(text), out);
  return out;
}
