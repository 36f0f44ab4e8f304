/**
 * Deck ↔ reveal.js Markdown.
 *
 * File = optional YAML front matter between `---` lines, then the slides. Slides are
 * split exactly the way reveal.js's markdown plugin splits them (its default
 * separator `\r?\n---\r?\n`, i.e. any line that is exactly `---`), notes start at
 * the app's notes separator (a line beginning `Note:`), and only then is
 * each slide parsed as Markdown by marked's lexer (the parser inside the plugin). Blocks the
 * model understands become heading/paragraph/list/image blocks when their canonical
 * spelling is exactly what the file says; everything else is kept as a `raw` block,
 * sliced from the file byte for byte.
 *
 * The serializer writes blank lines around `---` so the file also splits the same way
 * under the stricter `^\r?\n---\r?\n$` separator some reveal.js set-ups use.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { tooDeeplyNested } from '../markdown-nesting';
import type { Block, Deck, DeckDiagnostic, ListItem, Slide } from './model';
import { parseFrontMatter, serializeFrontMatter, DEFAULT_THEME } from './front-matter';
import { formatSlideComment, parseSlideComment } from './slide-attrs';

export interface ParseResult {
  deck: Deck;
  diagnostics: DeckDiagnostic[];
}

/** Written between two adjacent lists of the same kind, which Markdown would merge. */
const LIST_BREAK = '<!-- -->';

export interface FrontMatterSplit {
  /** YAML text between the `---` lines, or null when the file has none. */
  yaml: string | null;
  /** Everything after the closing `---` line: what reveal.js is given. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  diagnostics: DeckDiagnostic[];
}

/**
 * Front matter is the file's first line `---` up to the next line `---` (or `...`).
 * The app strips it before handing the body to reveal.js; it is never a slide.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/u.exec(src);
  if (!open) return { yaml: null, body: src, bodyLine: 1, diagnostics: [] };
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/mu;
  const rest = src.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) {
    return {
      yaml: null,
      body: src,
      bodyLine: 1,
      diagnostics: [
        {
          line: 1,
          message: {
            zh: '第1行：文件头以 --- 开始，但没有找到结束的 --- 行，已按正文读取',
            en: 'line 1: the front matter starts with --- but never ends; read as slides',
          },
        },
      ],
    };
  }
  const yaml = rest.slice(0, m.index);
  const body = rest.slice(m.index + m[0].length);
  return { yaml, body, bodyLine: countLines(yaml) + 3, diagnostics: [] };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export interface SlideChunk {
  text: string;
  /** 1-based line in the file where the chunk starts. */
  line: number;
}

/** Split a body into slide texts with the plugin's own loop (default separator). */
export function splitSlides(body: string, firstLine = 1): SlideChunk[] {
  if (body.trim() === '') return [];
  const sep = /\r?\n---\r?\n/gu;
  const out: SlideChunk[] = [];
  let start = 0;
  let line = firstLine;
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    const text = body.slice(start, m.index);
    out.push({ text, line });
    line += countLines(text) + 2;
    start = sep.lastIndex;
  }
  out.push({ text: body.slice(start), line });
  return out;
}

/** Leading blank lines and trailing whitespace are layout between slides, not content. */
function trimChunk(s: string): string {
  // trimEnd, not /\s+$/: that regex retries from every space of a long indented run
  // (quadratic: an 800-level indented list took 50 s). Both strip the same characters.
  return s.replace(/^(?:[ \t]*\r?\n)+/u, '').trimEnd();
}

/**
 * Split one slide's text at the notes separator, as the plugin does: only if it
 * occurs exactly once. The separator is the app's `^Note:` (the plugin applies it
 * with flags "mgi": any line starting with note:, any case).
 */
export function splitNotes(text: string): { content: string; notes: string | null } {
  const re = /^note:/gimu;
  const matches = [...text.matchAll(re)];
  if (matches.length !== 1) return { content: text, notes: null };
  const at = matches[0]!.index!;
  const after = text.slice(at + matches[0]![0].length).replace(/^[ \t]*\r?\n?/u, '');
  return { content: text.slice(0, at), notes: trimChunk(after) };
}

export function parseSlide(text: string): Slide {
  const { content, notes } = splitNotes(trimChunk(text));
  const src = trimChunk(content);
  const slide: Slide = { attrs: [], blocks: [], notes };
  if (src === '') return slide;
  if (tooDeeplyNested(src)) {
    // marked's lexer is super-linear on deep nesting (issue 17: an 800-level list froze the
    // host for 10 s): such a slide is kept as written, one raw block, never lexed.
    slide.blocks.push({ kind: 'raw', text: src });
    return slide;
  }
  // marked's lexer: the parser reveal.js's markdown plugin renders with, so a block is
  // classified exactly as the slide will show it. Every token carries its source
  // (raw), and the raws concatenate back to the input.
  const tokens = Lexer.lex(src).filter((t) => t.type !== 'space');
  let cursor = 0;
  let attrsTaken = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const at = src.indexOf(token.raw, cursor);
    if (at > cursor && src.slice(cursor, at).trim() !== '') {
      // Source the lexer did not hand back as a token: keep it as written.
      slide.blocks.push({ kind: 'raw', text: trimChunk(src.slice(cursor, at)) });
    }
    if (at >= 0) cursor = at + token.raw.length;
    const slice = token.raw.replace(/\n+$/u, '');
    if (token.type === 'html') {
      if (!attrsTaken && slide.blocks.length === 0) {
        const attrs = parseSlideComment(slice);
        if (attrs) {
          slide.attrs = attrs;
          attrsTaken = true;
          continue;
        }
      }
      // The serializer's own separator between two lists: not content.
      if (slice === LIST_BREAK && isListPair(tokens[i - 1], tokens[i + 1])) continue;
    }
    slide.blocks.push(toBlock(token, slice));
  }
  if (cursor < src.length && src.slice(cursor).trim() !== '') slide.blocks.push({ kind: 'raw', text: trimChunk(src.slice(cursor)) });
  return slide;
}

function isListPair(a: Token | undefined, b: Token | undefined): boolean {
  return a?.type === 'list' && b?.type === 'list' && Boolean((a as Tokens.List).ordered) === Boolean((b as Tokens.List).ordered);
}

function toBlock(token: Token, slice: string): Block {
  const raw: Block = { kind: 'raw', text: slice };
  if (token.type === 'heading') {
    const depth = (token as Tokens.Heading).depth;
    const m = /^(#{1,6}) (.*)$/u.exec(slice);
    if (!m || m[1]!.length !== depth || m[2] === '' || slice.includes('\n')) return raw;
    const block: Block = { kind: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, text: m[2]! };
    return serializeBlock(block) === slice ? block : raw;
  }
  if (token.type === 'paragraph') {
    const inner = (token as Tokens.Paragraph).tokens;
    const only = inner.length === 1 ? inner[0] : undefined;
    if (only?.type === 'image') {
      const img = only as Tokens.Image;
      const block: Block = { kind: 'image', alt: img.text, src: img.href };
      return serializeBlock(block) === slice ? block : raw;
    }
    // The paragraph's own text, exactly as written (inline Markdown).
    return { kind: 'paragraph', text: slice };
  }
  if (token.type === 'list') {
    const list = token as Tokens.List;
    const items: ListItem[] = [];
    if (!collectItems(list, 0, list.ordered, items)) return raw;
    const block: Block = { kind: 'list', ordered: list.ordered, items };
    return serializeBlock(block) === slice ? block : raw;
  }
  return raw;
}

/** Tight lists whose items are one line of text (plus an optional nested list of the same kind). */
function collectItems(list: Tokens.List, depth: number, ordered: boolean, out: ListItem[]): boolean {
  if (list.ordered !== ordered || list.loose || (ordered && list.start !== 1)) return false;
  for (const item of list.items) {
    const [first, second, ...more] = item.tokens;
    if (item.task || first?.type !== 'text' || more.length > 0) return false;
    out.push({ text: first.raw.replace(/\n+$/u, ''), depth });
    if (second) {
      if (second.type !== 'list' || !collectItems(second as Tokens.List, depth + 1, ordered, out)) return false;
    }
  }
  return true;
}

/** Canonical Markdown of one block. */
export function serializeBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${block.text}`;
    case 'paragraph':
      return block.text;
    case 'image':
      return `![${block.alt}](${block.src})`;
    case 'raw':
      return block.text;
    case 'list': {
      // The generator's lists: one level, bullets, one line each.
      if (!block.ordered && block.items.every((it) => it.depth === 0 && !it.text.includes('\n'))) {
        let out = '';
        for (const item of block.items) out += (out === '' ? '- ' : '\n- ') + item.text;
        return out;
      }
      // Each nested item is indented to its parent's content column.
      const cols: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
      const counters: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
      let out = '';
      for (const item of block.items) {
        const d = item.depth;
        const indent = d === 0 ? 0 : (cols[d - 1] ?? 0);
        // Numbering restarts under each parent: clear the counters of deeper levels.
        for (let k = d + 1; k < counters.length; k++) counters[k] = 0;
        counters[d] = (counters[d] ?? 0) + 1;
        const marker = block.ordered ? `${counters[d]}. ` : '- ';
        cols[d] = indent + marker.length;
        const text = item.text.includes('\n') ? item.text.replace(/\n/gu, '\n' + ' '.repeat(cols[d]!)) : item.text;
        out += (out === '' ? '' : '\n') + (indent === 0 ? '' : ' '.repeat(indent)) + marker + text;
      }
      return out;
    }
  }
}

export function serializeSlide(slide: Slide): string {
  // Built by concatenation (no part arrays): every slide of every generated deck comes through here.
  let body = '';
  const blocks = slide.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = i > 0 ? blocks[i - 1]! : undefined;
    if (i > 0) body += '\n\n';
    if (b.kind === 'list' && prev?.kind === 'list' && prev.ordered === b.ordered) body += LIST_BREAK + '\n\n';
    body += serializeBlock(b);
  }
  let out = slide.attrs.length === 0 ? body : body === '' ? formatSlideComment(slide.attrs) : `${formatSlideComment(slide.attrs)}\n${body}`;
  if (slide.notes !== null) out += (out === '' ? '' : '\n\n') + (slide.notes === '' ? 'Note:' : `Note:\n${slide.notes}`);
  return out;
}

/** Where a deck's images live: `<deck>.assets/` beside the deck file ("01-x.md" → "01-x.assets"). */
export function assetsFolder(deckFileName: string): string {
  return deckFileName.replace(/\.(md|markdown)$/iu, '') + '.assets';
}

/** Files saved on Windows (Notepad, WPS) may use CRLF; the model and the writer use LF. */
export const toLf = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text);

export function parseDeck(text: string): ParseResult {
  const split = splitFrontMatter(toLf(text));
  const diagnostics = [...split.diagnostics];
  let meta: Deck['meta'] = { title: '', theme: DEFAULT_THEME };
  if (split.yaml !== null) {
    const fm = parseFrontMatter(split.yaml, 2);
    meta = fm.meta;
    diagnostics.push(...fm.diagnostics);
  }
  const slides = splitSlides(split.body, split.bodyLine).map((c) => parseSlide(c.text));
  if (meta.title === '') {
    // A deck without a title still opens: borrow the first heading.
    const h = slides.flatMap((s) => s.blocks).find((b) => b.kind === 'heading');
    if (h && h.kind === 'heading' && split.yaml === null) meta = { ...meta, title: h.text };
  }
  return { deck: { meta, slides }, diagnostics };
}

/*
 * Serializing is cached per Slide and per meta object: an edit replaces only what
 * it touches (decks are never mutated), so on every keystroke of a 500-slide deck
 * only the edited slide is written again. WeakMaps let old undo states go.
 */
const slideCache = new WeakMap<Slide, string>();
const headCache = new WeakMap<Deck['meta'], string>();
const deckCache = new WeakMap<Deck, string>();

/** serializeSlide(s), remembered for this Slide object. */
export function slideTextOf(s: Slide): string {
  let t = slideCache.get(s);
  if (t === undefined) {
    t = serializeSlide(s);
    slideCache.set(s, t);
  }
  return t;
}

/** The front matter block, `---` lines included, remembered for this meta object. */
export function headTextOf(meta: Deck['meta']): string {
  let h = headCache.get(meta);
  if (h === undefined) {
    h = `---\n${serializeFrontMatter(meta)}---\n`;
    headCache.set(meta, h);
  }
  return h;
}

/** The file's text from its front matter block and each slide's text. */
function deckText(head: string, slides: readonly Slide[], slideText: (s: Slide) => string): string {
  if (slides.length === 0) return head;
  const parts: string[] = new Array<string>(slides.length);
  for (let i = 0; i < slides.length; i++) parts[i] = slideText(slides[i]!);
  return `${head}\n${parts.join('\n\n---\n\n')}\n`;
}

export function serializeDeck(deck: Deck): string {
  let text = deckCache.get(deck);
  if (text === undefined) {
    text = deckText(headTextOf(deck.meta), deck.slides, slideTextOf);
    deckCache.set(deck, text);
  }
  return text;
}

/**
 * A deck's file text when it is written once and let go (import, the CLI): the same
 * text as serializeDeck, without remembering it per slide for the editor. Those
 * WeakMap entries (one per slide) cost more than writing the slides, and a deck made
 * on import is never edited as that object: the editor opens the file.
 */
export function deckFileText(deck: Deck): string {
  return deckText(`---\n${serializeFrontMatter(deck.meta)}---\n`, deck.slides, serializeSlide);
}
