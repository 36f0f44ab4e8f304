/**
 * Emphasis for slides: figures with units become `**约5000亩**`, short quoted terms
 * become `“*拿地即开工*”`, everything else is escaped so reveal.js shows the article's
 * characters and nothing else.
 *
 * Why the em sits inside the quotes: CommonMark (micromark here, marked in reveal.js)
 * only opens `*` when it is "left-flanking". `项目*“拿地即开工”*等` has `*` between a
 * letter and a quote mark on both sides, so neither parser makes it emphasis and the
 * asterisks would show on the slide. `项目“*拿地即开工*”等` is flanked correctly in
 * any position and still gives the theme its <em>.
 */

/** CommonMark's punctuation: ASCII punctuation or Unicode P or S. */
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

const UNITS =
  '平方公里|平方米|万平方米|公顷|亩|套|万元|亿元|元|人次|万人|人|个|家|项|所|台|辆|吨|千瓦|兆瓦|公里|千米|米|%|％|倍|周年|户|座|条|栋|间|张|场|次|期|批';
/** A number with optional 约/近/超/逾, decimal part, 万/亿 multiplier and a unit. */
const FIGURE = new RegExp(`(?:约|近|超过|超|逾)?\\d+(?:[.,]\\d+)*(?:万|亿)?(?:${UNITS})`, 'gu');

const HAS_DIGIT = /\d/u;
/** Characters that may need escaping anywhere, or at the start of a line. */
const NEEDS_ESCAPE = /[\\`*_[\]<>~|&]/u;
const NEEDS_START_ESCAPE = /^\s*(?:[#>+=-]|\d+[.)]|notes?:)/iu;
/** A quote mark, a digit or a character NEEDS_ESCAPE finds: what emphasize has to look at. */
const SPECIAL = /[“\d\\`*_[\]<>~|&]/u;

export interface Span {
  start: number;
  end: number;
  kind: 'figure' | 'term';
}

/** Quoted terms: “…” of at most 16 characters that are not a sentence. */
export function findQuotedTerms(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('“')) return spans;
  const re = /“([^“”]{1,16})”/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/[。！？]/u.test(m[1]!)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'term' });
  }
  return spans;
}

export function findFigures(text: string): Span[] {
  const spans: Span[] = [];
  if (!HAS_DIGIT.test(text)) return spans;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const before = text[m.index - 1] ?? '';
    // "G20", "v2.5": digits glued to Latin letters are names, not figures.
    if (/[A-Za-z0-9.]/.test(before)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'figure' });
  }
  return spans;
}

/** findFigures(text).length > 0, stopping at the first. */
export function hasFigure(text: string): boolean {
  if (!HAS_DIGIT.test(text)) return false;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) if (!/[A-Za-z0-9.]/.test(text[m.index - 1] ?? '')) return true;
  return false;
}

/** Figures as they read in a key-figures slide. */
export function figureTexts(text: string): string[] {
  return findFigures(text).map((s) => text.slice(s.start, s.end));
}

/** Backslash-escape what Markdown (CommonMark + marked's GFM) would read as syntax. */
export function escapeInline(text: string): string {
  // Most article text has nothing to escape: skip the replaces.
  if (!NEEDS_ESCAPE.test(text) && !NEEDS_START_ESCAPE.test(text)) return text;
  let out = text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // Block syntax only matters at the start of a line.
  out = out.replace(/^(\s*)([#>+=-])/u, '$1\\$2').replace(/^(\s*\d+)([.)])/u, '$1\\$2');
  // A line starting "Note:" would be taken as the speaker-notes separator.
  out = out.replace(/^(\s*notes?)(:)/iu, '$1\\$2');
  return out;
}

/**
 * Per UTF-16 unit, as PUNCT and SPACE judge it on its own: bit 1 known, 2 punctuation,
 * 4 space. Filled as characters are met; -1 (no character) is neither.
 */
const FLANK = new Uint8Array(0x10000);
function flank(c: number): number {
  if (c < 0) return 0;
  let k = FLANK[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (PUNCT.test(ch) ? 2 : 0) | (SPACE.test(ch) ? 4 : 0);
    FLANK[c] = k;
  }
  return k;
}
const isPunct = (c: number) => (flank(c) & 2) !== 0;
const isSpace = (c: number) => (flank(c) & 4) !== 0;
/** The unit at i, or -1 outside the text (where the string version had ''). */
const unitAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

function leftFlanking(prev: number, next: number): boolean {
  if (next < 0 || isSpace(next)) return false;
  return !isPunct(next) || prev < 0 || isSpace(prev) || isPunct(prev);
}

function rightFlanking(prev: number, next: number): boolean {
  if (prev < 0 || isSpace(prev)) return false;
  return !isPunct(prev) || next < 0 || isSpace(next) || isPunct(next);
}

/**
 * Plain text → inline Markdown with figures and quoted terms marked. Emphasis is only
 * added where CommonMark's flanking rules make it render; otherwise the text stays
 * plain (escaped), never with stray asterisks.
 */
export function emphasize(text: string): string {
  // Most bullets have no quote mark, digit or Markdown character: one native scan says so.
  if (!SPECIAL.test(text)) return NEEDS_START_ESCAPE.test(text) ? escapeInline(text) : text;
  const quote = text.includes('“');
  const digit = HAS_DIGIT.test(text);
  const markdown = NEEDS_ESCAPE.test(text);
  if (!quote && !digit) return markdown || NEEDS_START_ESCAPE.test(text) ? escapeInline(text) : text;
  const terms = quote ? findQuotedTerms(text) : [];
  const found = digit ? findFigures(text) : [];
  const figures = terms.length === 0 ? found : found.filter((f) => !terms.some((t) => f.start < t.end && t.start < f.end));
  const spans = terms.length === 0 ? figures : figures.length === 0 ? terms : [...terms, ...figures].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  let lastEnd = 0;
  let lastMarker = -1;
  for (const s of spans) {
    // Inner range that the markers wrap: the term without its quote marks.
    const innerStart = s.kind === 'term' ? s.start + 1 : s.start;
    const innerEnd = s.kind === 'term' ? s.end - 1 : s.end;
    const marker = s.kind === 'term' ? '*' : '**';
    const ok =
      s.start >= lastEnd &&
      innerStart > lastMarker &&
      leftFlanking(unitAt(text, innerStart - 1), unitAt(text, innerStart)) &&
      rightFlanking(unitAt(text, innerEnd - 1), unitAt(text, innerEnd));
    if (!ok) continue;
    const before = text.slice(at, innerStart);
    // Without Markdown characters only the line start can need escaping.
    out += at === 0 ? escapeInline(before) : markdown ? escapeInlineTail(before) : before;
    out += marker + (markdown ? escapeInlineTail(text.slice(innerStart, innerEnd)) : text.slice(innerStart, innerEnd)) + marker;
    at = innerEnd;
    lastEnd = s.end;
    lastMarker = innerEnd;
  }
  const rest = text.slice(at);
  out += at === 0 ? escapeInline(rest) : markdown ? escapeInlineTail(rest) : rest;
  return out;
}

/** Escaping for text that does not start a line (no block-start escapes). */
function escapeInlineTail(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}
