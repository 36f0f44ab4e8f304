/**
 * The bridge between a contentEditable field on the canvas and the Deck model's
 * inline Markdown. Fields show rendered HTML (what the presentation shows); what
 * the user types is read back from the DOM: text is escaped so it shows as typed,
 * <strong>/<b> become **…**, <em>/<i> become *…*. Caret positions are counted in
 * the field's visible characters, which survive a re-render of the same text.
 */

const ESCAPE = /[\\`*_[\]<>~|]/g;

function escapeText(t: string): string {
  return t.replace(ESCAPE, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Escapes that only matter at the start of a line (a list marker, a heading, "Note:"). */
function escapeLineStart(md: string): string {
  return md
    .replace(/^([#>+=-])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^(notes?)(:)/iu, '$1\\$2');
}


/**
 * Wrap in emphasis markers. CommonMark only opens `**` before punctuation when
 * whitespace or punctuation precedes it, so “quoted” text bolded with its quote
 * marks would show asterisks: punctuation and spaces at the edges go outside.
 */
function wrap(inner: string, marker: string): string {
  if (inner === '') return '';
  const lead = /^[\s\p{P}\p{S}]*/u.exec(inner)![0];
  const rest = inner.slice(lead.length);
  const trail = /[\s\p{P}\p{S}]*$/u.exec(rest)![0];
  const core = rest.slice(0, rest.length - trail.length);
  // Punctuation that is an escape ("\*") belongs to the core: keep a trailing backslash pair intact.
  if (core === '' || core.endsWith('\\')) return inner;
  return `${lead}${marker}${core}${marker}${trail}`;
}

function walk(node: Node): string {
  if (node.nodeType === 3) return escapeText((node.nodeValue ?? '').replace(/\u00a0/g, ' '));
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const el = node as Element;
  const tag = node.nodeType === 1 ? el.tagName.toLowerCase() : '#fragment';
  if (tag === 'br') return ' ';
  const inner = Array.from(node.childNodes).map(walk).join('');
  switch (tag) {
    case 'strong':
    case 'b':
      return wrap(inner, '**');
    case 'em':
    case 'i':
      return wrap(inner, '*');
    case 'code':
      return inner === '' ? '' : '`' + (node.textContent ?? '') + '`';
    case 'a': {
      const href = el.getAttribute('href');
      return href ? `[${inner}](${href})` : inner;
    }
    default:
      return inner;
  }
}

/** Inline Markdown for the content of a field (or a fragment cut from one). */
export function domToInline(node: Node): string {
  const md = walk(node).replace(/\s*\n\s*/gu, ' ');
  return escapeLineStart(md);
}

/** Visible characters before the caret (the selection's start) inside `el`, or null when it is elsewhere. */
export function caretOffset(el: HTMLElement): number | null {
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!el.contains(r.startContainer)) return null;
  const pre = el.ownerDocument.createRange();
  pre.selectNodeContents(el);
  pre.setEnd(r.startContainer, r.startOffset);
  return pre.toString().length;
}

export function selectionCollapsed(el: HTMLElement): boolean {
  const sel = el.ownerDocument.getSelection();
  return !!sel && sel.rangeCount > 0 && sel.getRangeAt(0).collapsed && el.contains(sel.anchorNode);
}

/** Put the caret after `offset` visible characters (clamped to the end). */
export function setCaret(el: HTMLElement, offset: number): void {
  const doc = el.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let left = Math.max(0, offset);
  let placed = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.nodeValue?.length ?? 0;
    if (left <= len) {
      range.setStart(n, left);
      placed = true;
      break;
    }
    left -= len;
  }
  if (!placed) {
    range.selectNodeContents(el);
    range.collapse(false);
  } else range.collapse(true);
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** The field's content split at the caret, each half as inline Markdown. */
export function splitAtCaret(el: HTMLElement): { before: string; after: string } | null {
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!el.contains(r.startContainer)) return null;
  const doc = el.ownerDocument;
  const before = doc.createRange();
  before.selectNodeContents(el);
  before.setEnd(r.startContainer, r.startOffset);
  const after = doc.createRange();
  after.selectNodeContents(el);
  after.setStart(r.endContainer, r.endOffset);
  return { before: domToInline(before.cloneContents()).trimEnd(), after: domToInline(after.cloneContents()).trimStart() };
}

/** Visible length of a field's Markdown once rendered, measured on a scratch element. */
export function visibleLength(html: string, doc: Document): number {
  // Parsed in an inert document: in the live one a detached <img> still loads (and fires onerror).
  const div = doc.implementation.createHTMLDocument('').createElement('div');
  div.innerHTML = html;
  return (div.textContent ?? '').length;
}

/**
 * Toggle <strong> or <em> around the selection inside `el`: unwrap when the
 * selection sits inside one already. Returns false when there is nothing selected.
 */
export function toggleInline(el: HTMLElement, tag: 'strong' | 'em'): boolean {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return false;
  const r = sel.getRangeAt(0);
  if (!el.contains(r.commonAncestorContainer)) return false;
  const alias = tag === 'strong' ? 'b' : 'i';
  let wrapper: Node | null = r.commonAncestorContainer;
  while (wrapper && wrapper !== el) {
    const name = wrapper.nodeType === 1 ? (wrapper as Element).tagName.toLowerCase() : '';
    if (name === tag || name === alias) break;
    wrapper = wrapper.parentNode;
  }
  if (wrapper && wrapper !== el) {
    const parent = wrapper.parentNode!;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    el.normalize();
    return true;
  }
  if (r.collapsed) return false;
  const box = doc.createElement(tag);
  box.appendChild(r.extractContents());
  r.insertNode(box);
  el.normalize();
  const after = doc.createRange();
  after.selectNodeContents(box);
  sel.removeAllRanges();
  sel.addRange(after);
  return true;
}
