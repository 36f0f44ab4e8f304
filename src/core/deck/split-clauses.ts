/**
 * Sentence and clause splitting for Chinese prose. Every piece keeps its source text
 * exactly (delimiters attached), so `pieces.join('') === input` always holds: the
 * generator decides what to drop for display, never the splitter.
 */

const OPEN = '“‘「『《（(【〔';
const CLOSE = '”’」』》）)】〕';
const SENTENCE_END = '。！？；!?;…';
const CLAUSE_END = '，,：:';

/** Quote/bracket depth tracker shared by both splitters. */
function depthDelta(ch: string): number {
  if (OPEN.includes(ch)) return 1;
  if (CLOSE.includes(ch)) return -1;
  return 0;
}

/**
 * Split into sentences on 。！？；(and ASCII ! ? ;) outside quotes and brackets.
 * A quotation that itself ends a sentence (“……。”) ends the sentence with it, the
 * usual Chinese rule, so a paragraph opening with a quoted slogan yields the slogan.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const d = depthDelta(ch);
    if (d !== 0) {
      depth = Math.max(0, depth + d);
      // “……。” closes a sentence when the quote returns to the top level.
      if (d < 0 && depth === 0 && i > 0 && SENTENCE_END.includes(text[i - 1]!)) {
        i = consumeTrailing(text, i + 1);
        out.push(text.slice(start, i));
        start = i;
        continue;
      }
      i++;
      continue;
    }
    if (depth === 0 && SENTENCE_END.includes(ch)) {
      i = consumeTrailing(text, i + 1);
      out.push(text.slice(start, i));
      start = i;
      continue;
    }
    i++;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Swallow further terminators, closing quotes and spaces that belong to the end. */
function consumeTrailing(text: string, i: number): number {
  while (i < text.length && (SENTENCE_END.includes(text[i]!) || CLOSE.includes(text[i]!) || text[i] === ' ')) i++;
  return i;
}

/** List marks that start a new point even without punctuation before them. */
const LIST_MARK = /^(?:[①-⑳]|（[一二三四五六七八九十\d]{1,3}）|\([一二三四五六七八九十\d]{1,3}\))/u;

/**
 * Split into clauses on ，,：: and the sentence ends, outside quotes; also before list
 * marks (①, （一）; 一是 already follows a comma). Commas and colons between digits ("1,500", "10:30") are
 * part of the number, not clause breaks.
 */
export function splitClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const d = depthDelta(ch);
    // ①…②… and （一）…（二）… start a new point even with no punctuation before them.
    if (depth === 0 && i > start && LIST_MARK.test(text.slice(i, i + 5))) {
      out.push(text.slice(start, i));
      start = i;
    }
    if (d !== 0) {
      depth = Math.max(0, depth + d);
      if (d < 0 && depth === 0 && i > 0 && SENTENCE_END.includes(text[i - 1]!)) {
        i = consumeTrailing(text, i + 1);
        out.push(text.slice(start, i));
        start = i;
        continue;
      }
      i++;
      continue;
    }
    const isEnd = SENTENCE_END.includes(ch);
    const isClause = CLAUSE_END.includes(ch) && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
    if (depth === 0 && (isEnd || isClause)) {
      i = consumeTrailing(text, i + 1);
      out.push(text.slice(start, i));
      start = i;
      continue;
    }
    i++;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.length > 0);
}

/** Trailing punctuation that a bullet does not need (the sentence end, a comma). */
export function stripClauseEnd(clause: string): string {
  return clause.replace(/[\s，,：:。；;！!？?、…]+$/u, '').replace(/^\s+/, '');
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
  return EMPTY_CONNECTIVES.has(stripClauseEnd(clause));
}

/** Display width in CJK character cells: ASCII and half-width forms count as half. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c < 0x2e80 || (c >= 0xff61 && c <= 0xff9f) ? 0.55 : 1;
  }
  return w;
}
