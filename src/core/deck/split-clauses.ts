/**
 * Sentence and clause splitting for Chinese prose. Every piece keeps its source text
 * exactly (delimiters attached), so `pieces.join('') === input` always holds: the
 * generator decides what to drop for display, never the splitter.
 */

const OPEN = '“‘「『《（(【〔';
const CLOSE = '”’」』》）)】〕';
const SENTENCE_END = '。！？；!?;…';
const CLAUSE_END = '，,：:';

// One table lookup per character: these splitters run over every paragraph of
// every article (the 10 MB/s budget), so no per-character strings or slices.
const C_OPEN = 1;
const C_CLOSE = 2;
const C_END = 4;
const C_CLAUSE = 8;
const C_MARK = 16; // may start a list mark: ① … ⑳, （, (
const C_SPACE = 32;
const CLASS = new Uint8Array(0x10000);
for (const ch of OPEN) CLASS[ch.charCodeAt(0)]! |= C_OPEN;
for (const ch of CLOSE) CLASS[ch.charCodeAt(0)]! |= C_CLOSE;
for (const ch of SENTENCE_END) CLASS[ch.charCodeAt(0)]! |= C_END;
for (const ch of CLAUSE_END) CLASS[ch.charCodeAt(0)]! |= C_CLAUSE;
for (let c = 0x2460; c <= 0x2473; c++) CLASS[c]! |= C_MARK;
CLASS[0xff08]! |= C_MARK;
CLASS[0x28]! |= C_MARK;
CLASS[0x20]! |= C_SPACE;

const cls = (text: string, i: number) => CLASS[text.charCodeAt(i)]!;
const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** Swallow further terminators, closing quotes and spaces that belong to the end. */
function consumeTrailing(text: string, i: number, hi: number): number {
  while (i < hi && cls(text, i) & (C_END | C_CLOSE | C_SPACE)) i++;
  return i;
}

/**
 * The splitter behind both functions: where the piece of text.slice(lo, hi) that starts
 * at `start` ends. Breaks after top-level (outside quotes and brackets) characters of
 * class `breakOn`, after a quotation that ends a sentence (“……。”, the usual Chinese
 * rule), and, for clauses, before list marks. Every piece starts outside quotes, so
 * nothing carries from one piece to the next; lo and hi bound what is looked at, so
 * the answer is the same as for the slice itself, without making it.
 */
function pieceEnd(text: string, start: number, lo: number, hi: number, breakOn: number, marks: boolean): number {
  let depth = 0;
  let i = start;
  while (i < hi) {
    const c = cls(text, i);
    if (c === 0) {
      i++;
      continue;
    }
    // ①…②… and （一）…（二）… start a new point even with no punctuation before them.
    if (marks && c & C_MARK && depth === 0 && i > start && LIST_MARK.test(text.slice(i, Math.min(i + 5, hi)))) return i;
    if (c & C_OPEN) {
      depth++;
      i++;
      continue;
    }
    if (c & C_CLOSE) {
      depth = depth > 0 ? depth - 1 : 0;
      if (depth === 0 && i > lo && cls(text, i - 1) & C_END) return consumeTrailing(text, i + 1, hi);
      i++;
      continue;
    }
    // Commas and colons between digits ("1,500", "10:30") are part of the number.
    if (depth === 0 && c & breakOn && !(c & C_CLAUSE && i > lo && isDigit(text, i - 1) && i + 1 < hi && isDigit(text, i + 1))) return consumeTrailing(text, i + 1, hi);
    i++;
  }
  return hi;
}

function split(text: string, breakOn: number, marks: boolean, limit = Infinity): string[] {
  const out: string[] = [];
  const n = text.length;
  for (let start = 0; start < n && out.length < limit; ) {
    const end = pieceEnd(text, start, 0, n, breakOn, marks);
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * The ends of the pieces splitSentences / splitClauses would make of text.slice(lo, hi),
 * as offsets into text (ascending, the last is hi): the same split, with no strings made.
 */
export function sentenceEnds(text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let start = lo; start < hi; ) out.push((start = pieceEnd(text, start, lo, hi, C_END, false)));
  return out;
}

export function clauseEnds(text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let start = lo; start < hi; ) out.push((start = pieceEnd(text, start, lo, hi, C_END | C_CLAUSE, true)));
  return out;
}

/** Where the first clause of text.slice(lo, hi) ends (hi when it has no break). */
export function firstClauseEnd(text: string, lo: number, hi: number): number {
  return lo < hi ? pieceEnd(text, lo, lo, hi, C_END | C_CLAUSE, true) : hi;
}

/**
 * Split into sentences on 。！？；(and ASCII ! ? ;) outside quotes and brackets.
 * A quotation that itself ends a sentence (“……。”) ends the sentence with it, so a
 * paragraph opening with a quoted slogan yields the slogan.
 */
export function splitSentences(text: string, limit?: number): string[] {
  return split(text, C_END, false, limit);
}

/** List marks that start a new point even without punctuation before them. */
const LIST_MARK = /^(?:[①-⑳]|（[一二三四五六七八九十\d]{1,3}）|\([一二三四五六七八九十\d]{1,3}\))/u;

/**
 * Split into clauses on ，,：: and the sentence ends, outside quotes; also before list
 * marks (①, （一）; 一是 already follows a comma). `limit` stops after that many pieces
 * (the last one then ends at a break, not at the end of the text).
 */
export function splitClauses(text: string, limit?: number): string[] {
  return split(text, C_END | C_CLAUSE, true, limit);
}

/** Per UTF-16 unit: 1 trailing punctuation a bullet does without (or a space), 2 a leading space. */
const TRIM = new Uint8Array(0x10000);
for (const ch of ' \t\n\u3000，,：:。；;！!？?、…') TRIM[ch.charCodeAt(0)]! |= 1;
for (const ch of ' \t\n\u3000') TRIM[ch.charCodeAt(0)]! |= 2;

/** Where text.slice(start, end) ends without its trailing punctuation and spaces. */
export function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && TRIM[text.charCodeAt(end - 1)]! & 1) end--;
  return end;
}

/** Where text.slice(start, end) starts without its leading spaces. */
export function trimStartAt(text: string, start: number, end: number): number {
  while (start < end && TRIM[text.charCodeAt(start)]! & 2) start++;
  return start;
}

/** Trailing punctuation that a bullet does not need (the sentence end, a comma); leading spaces. */
export function stripClauseEnd(clause: string): string {
  const end = trimEndAt(clause, 0, clause.length);
  const start = trimStartAt(clause, 0, end);
  return start === 0 && end === clause.length ? clause : clause.slice(start, end);
}

/**
 * Connectives that carry no content on their own; a clause that is only one of them
 * ("同时，") is dropped from the bullets (the notes keep it).
 */
export const EMPTY_CONNECTIVE_WORDS: readonly string[] = [
  '同时', '此外', '另外', '并且', '而且', '与此同时', '总之', '因此', '所以', '首先', '其次', '再次', '最后',
  '另一方面', '一方面', '当然', '其中', '对此', '为此', '可以说', '总的来看', '总而言之', '具体来说', '具体而言',
];
const EMPTY_CONNECTIVES = new Set(EMPTY_CONNECTIVE_WORDS);

export function isEmptyConnective(clause: string): boolean {
  return EMPTY_CONNECTIVES.has(clause) || EMPTY_CONNECTIVES.has(stripClauseEnd(clause));
}

/** Display width in CJK character cells: ASCII and half-width forms count as half. */
export function displayWidth(s: string): number {
  return displayWidthOf(s, 0, s.length);
}

/** displayWidth(text.slice(start, end)) without making the slice. */
export function displayWidthOf(text: string, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one wide character: count its high half, skip the low.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c < 0x2e80 || (c >= 0xff61 && c <= 0xff9f) ? 0.55 : 1;
  }
  return w;
}

/**
 * Per UTF-16 unit: 0 not yet known, 1 a letter or digit, 2 matched by /[\s\p{P}\p{S}]/u.
 * Filled as characters are met (one regex test per distinct character, not per use).
 */
const MARK_CLASS = new Uint8Array(0x10000);
const MARK = /^[\s\p{P}\p{S}]$/u;

function isMarkUnit(c: number): boolean {
  let k = MARK_CLASS[c]!;
  if (k === 0) {
    k = MARK.test(String.fromCharCode(c)) ? 2 : 1;
    MARK_CLASS[c] = k;
  }
  return k === 2;
}

let unitBuffer = new Uint16Array(256);

/**
 * The UTF-16 units of lettersOf(s), written to a buffer shared by all calls (valid until
 * the next call): for counting character pairs without making the string.
 */
export function letterUnits(s: string): { units: Uint16Array; length: number } {
  if (unitBuffer.length < s.length) unitBuffer = new Uint16Array(s.length * 2);
  const buf = unitBuffer;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (!MARK.test(s.slice(i, i + 2))) {
          buf[n++] = c;
          buf[n++] = d;
        }
        i++;
        continue;
      }
    }
    if (!isMarkUnit(c)) buf[n++] = c;
  }
  return { units: buf, length: n };
}

/**
 * s.slice(from) without whitespace, punctuation and symbols: s.slice(from).replace(/[\s\p{P}\p{S}]+/gu, '')
 * without a regex pass. Characters outside the BMP (a surrogate pair) are judged whole.
 */
export function lettersOf(s: string, from = 0): string {
  let out = '';
  let run = from;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let drop: boolean;
    let size = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      size = d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      drop = size === 2 ? MARK.test(s.slice(i, i + 2)) : isMarkUnit(c);
    } else drop = isMarkUnit(c);
    if (drop) {
      if (i > run) out += s.slice(run, i);
      run = i + size;
    }
    i += size - 1;
  }
  if (run === from) return from === 0 ? s : s.slice(from);
  return run < s.length ? out + s.slice(run) : out;
}
