/**
 * Web page (.html/.htm, and the HTML inside an .mhtml) → blocks. The page is
 * parsed by linkedom (a DOM written in plain JavaScript: no browser needed, so
 * this runs in the CLI and in the app's Worker alike) and its main content is
 * found by @mozilla/readability, Firefox Reader View's engine.
 *
 * Readability rewrites what it keeps (drops alignment, the title, tables it
 * dislikes), so it is used only to say WHICH elements are content: every
 * element is numbered before it runs, and the numbers that survive mark the
 * content. The page is then read in its own order here: headings from h1–h6,
 * paragraphs bold or centred as a whole flagged like bold Word paragraphs,
 * table rows as rows, and everything outside the content (navigation,
 * breadcrumbs, related links, share bars, footer) kept as page furniture,
 * never dropped.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from './block';
import { ImportError } from './errors';

/** The little of the DOM this module uses (core has no DOM types). */
interface El {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(sel: string): ArrayLike<El> & Iterable<El>;
  remove(): void;
}
interface Doc {
  body: El | null;
  documentElement: El;
  title: string;
  querySelectorAll(sel: string): ArrayLike<El> & Iterable<El>;
  toString(): string;
}

const INDEX = 'data-bs-i';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'FORM', 'DL', 'DT', 'DD', 'CENTER', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'HR', 'BODY', 'CAPTION',
]);
const BOLD_TAGS = new Set(['B', 'STRONG']);

/** Page parts by their usual names: kept as furniture even when Readability counts them as content. */
const FURNITURE_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|weizhi|related|relate|xgwz|xglj|share|bdshare|fenxiang|footer|foot|bottom|copyright|print|toolbar|tools|sidebar|aside|comment)(?:[\s_-]|$)/i;
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);

function isFurnitureEl(el: El): boolean {
  for (let e: El | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (FURNITURE_TAGS.has(e.tagName) || FURNITURE_NAME.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function isBoldEl(el: El): boolean {
  if (BOLD_TAGS.has(el.tagName)) return true;
  const style = el.getAttribute('style') ?? '';
  return /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i.test(style);
}

function isCentred(el: El): boolean {
  if (el.tagName === 'CENTER') return true;
  return (el.getAttribute('align') ?? '').toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '');
}

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

interface Pending {
  text: string;
  bold: number;
  visible: number;
  owner: El;
  afterBreak: boolean;
}

/** Which numbered elements Readability kept as the article's content; null when it found none. */
function contentIndices(doc: Doc): Set<string> | null {
  let parsed: { content?: string | null } | null;
  try {
    const copy = parseHTML(doc.toString()).document as unknown;
    parsed = new Readability(copy as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const ids = new Set<string>();
  for (const m of parsed.content.matchAll(/data-bs-i="(\d+)"/g)) ids.add(m[1]!);
  return ids.size ? ids : null;
}

/** Candidates for the page's title: its first h1, and the <title> without the site name. */
function titleCandidates(doc: Doc): Set<string> {
  const out = new Set<string>();
  const h1 = doc.querySelectorAll('h1')[0];
  if (h1?.textContent) out.add(clean(h1.textContent).trim());
  const t = clean(doc.title ?? '').trim();
  if (t) {
    out.add(t);
    const first = t.split(/\s*(?:[_|｜]|--|—|-\s)\s*/)[0];
    if (first && first.length >= 4) out.add(first);
  }
  return out;
}

/**
 * `mainContent: false` reads everything as content: what a user copied to the
 * clipboard (from Word or a browser) is what they want, and a fragment gives
 * Readability too little to judge.
 */
export function htmlToBlocks(html: string, { mainContent = true }: { mainContent?: boolean } = {}): Block[] {
  // A fragment (a browser's clipboard: "<meta charset='utf-8'><p>…") gets a body, or linkedom keeps only its first node.
  const page = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(page).document as unknown as Doc;
  for (const el of [...doc.querySelectorAll([...SKIP].join(',').toLowerCase())]) el.remove();
  const all = [...doc.querySelectorAll('body *')];
  all.forEach((el, i) => el.setAttribute(INDEX, String(i)));
  const content = mainContent ? contentIndices(doc) : null;
  const titles = mainContent ? titleCandidates(doc) : new Set<string>();
  let titleFound = false;

  // Nearest numbered ancestor-or-self that Readability kept decides membership.
  const inContent = (el: El | null): boolean => {
    if (!content) return true;
    for (let e = el; e; e = e.parentElement) {
      const i = e.getAttribute?.(INDEX);
      if (i !== null && i !== undefined && content.has(i)) return true;
    }
    return false;
  };

  const out: Block[] = [];
  let pending: Pending | null = null;
  const flush = (afterBreak = false) => {
    const p = pending;
    pending = null;
    if (!p) return;
    const text = p.text.trim();
    if (!text) return;
    // A line after a <br> continues its paragraph; anything else starts one.
    const block: Block = { text, gap: !p.afterBreak };
    const tag = p.owner.tagName;
    const h = /^H([1-6])$/.exec(tag);
    if (!titleFound && titles.has(text)) {
      block.role = 'title';
      titleFound = true;
    } else if (!inContent(p.owner) || (mainContent && isFurnitureEl(p.owner))) block.extra = 'meta';
    else if (h) block.marked = Number(h[1]);
    else if ((p.visible > 0 && p.bold === p.visible) || isCentred(p.owner)) block.bold = true;
    out.push(block);
    if (afterBreak) pending = { text: '', bold: 0, visible: 0, owner: p.owner, afterBreak: true };
  };

  const ownerOf = (el: El): El => {
    for (let e: El | null = el; e; e = e.parentElement) if (BLOCK.has(e.tagName)) return e;
    return el;
  };

  const tableRow = (tr: El): boolean => {
    if (tr.querySelectorAll('table').length) return false;
    const cells = [...tr.querySelectorAll('td,th')].map((c) => clean(c.textContent ?? '').trim()).filter(Boolean);
    if (cells.length < 2 || cells.join('').length > 200) return false;
    flush();
    const block: Block = { text: cells.join(' | '), gap: true, tableRow: true };
    if (!inContent(tr) || (mainContent && isFurnitureEl(tr))) block.extra = 'meta';
    out.push(block);
    return true;
  };

  const walk = (node: El, bold: boolean) => {
    if (node.nodeType === 3) {
      const t = clean(node.textContent ?? '');
      if (!t) return;
      const owner = ownerOf(node.parentElement ?? node);
      if (pending && pending.owner !== owner) flush();
      pending ??= { text: '', bold: 0, visible: 0, owner, afterBreak: false };
      pending.text += t;
      const visible = t.replace(/\s/g, '').length;
      pending.visible += visible;
      if (bold) pending.bold += visible;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return flush(true);
    if (tag === 'TR' && tableRow(node)) return;
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    const b = bold || isBoldEl(node);
    for (const c of [...(node.childNodes as ArrayLike<El> & Iterable<El>)]) walk(c, b);
    if (isBlock) flush();
  };
  walk(doc.body ?? doc.documentElement, false);
  flush();
  if (!out.length) throw new ImportError('HTML_NO_TEXT');
  return out;
}
