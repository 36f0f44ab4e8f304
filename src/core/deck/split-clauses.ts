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
function consumeTrailing(text: string, i: number): number {
  while (i < text.length && cls(text, i) & (C_END | C_CLOSE | C_SPACE)) i++;
  return i;
}

/**
 * The splitter behind both functions: breaks after top-level (outside quotes and
 * brackets) characters of class `breakOn`, after a quotation that ends a sentence
 * (“……。”, the usual Chinese rule), and, for clauses, before list marks.
 */
function split(text: string, breakOn: number, marks: boolean, limit = Infinity): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n && out.length < limit) {
    const c = cls(text, i);
    if (c === 0) {
      i++;
      continue;
    }
    // ①…②… and （一）…（二）… start a new point even with no punctuation before them.
    if (marks && c & C_MARK && depth === 0 && i > start && LIST_MARK.test(text.slice(i, i + 5))) {
      out.push(text.slice(start, i));
      start = i;
    }
    if (c & C_OPEN) {
      depth++;
      i++;
      continue;
    }
    if (c & C_CLOSE) {
      depth = depth > 0 ? depth - 1 : 0;
      if (depth === 0 && i > 0 && cls(text, i - 1) & C_END) {
        i = consumeTrailing(text, i + 1);
        out.push(text.slice(start, i));
        start = i;
        continue;
      }
      i++;
      continue;
    }
    // Commas and colons between digits ("1,500", "10:30") are part of the number.
    if (depth === 0 && c & breakOn && !(c & C_CLAUSE && isDigit(text, i - 1) && isDigit(text, i + 1))) {
      i = consumeTrailing(text, i + 1);
      out.push(text.slice(start, i));
      start = i;
      continue;
    }
    i++;
  }
  if (start < n && out.length < limit) out.push(text.slice(start));
  return out;
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

const TRIM_END = new Set([...' \t\n\u3000，,：:。；;！!？?、…']);

/** Trailing punctuation that a bullet does not need (the sentence end, a comma); leading spaces. */
export function stripClauseEnd(clause: string): string {
  let end = clause.length;
  while (end > 0 && TRIM_END.has(clause[end - 1]!)) end--;
  let start = 0;
  while (start < end && (clause[start] === ' ' || clause[start] === '\t' || clause[start] === '\n' || clause[start] === '\u3000')) start++;
  return start === 0 && end === clause.length ? clause : clause.slice(start, end);
}

/**
 * Connectives that carry no content on their own; a clause that is only one of them
 * ("同时，") is dropped from the bullets (the notes keep it).
 */
const EMPTY_CONNECTIVES = new Set([
  '同时', '此外', '另外', '并且', '而且', '与此同时', '总之', '因此', '所以', '首先', '其次', '再次', '最后',
  '另一方面', '一方面', '当然', '其中', '对此', '为此', '可以说', '总的来看', '总而言之', '具体来说', '具体而言',
]);

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
