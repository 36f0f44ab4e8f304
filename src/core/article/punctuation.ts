/**
 * ASCII punctuation typed inside Chinese text ("高新区:为", "2024年,要") is
 * normalised to its full-width form, as the GB/T 15834 punctuation standard and
 * the exports expect. Only marks touching a CJK character change, so "1.5",
 * "8,000", "10:30" and English phrases stay as they are. Callers report every
 * change (see Repair kind "punctuation"): nothing is altered silently.
 */

const FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Han, CJK punctuation, full-width forms and Chinese quotes, by code unit. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014
  );
}

function isCjkAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isCjkCode(s.charCodeAt(i));
}

export interface Normalised {
  text: string;
  /** Number of marks changed. */
  count: number;
  /** Index (in the output) of the first change, for the repair excerpt. */
  first: number;
}

const FULL_CODE: Record<number, string> = Object.fromEntries(Object.entries(FULL).map(([a, f]) => [a.charCodeAt(0), f]));

function indexOrEnd(s: string, ch: string, from: number): number {
  const i = s.indexOf(ch, from);
  return i < 0 ? s.length : i;
}

/** ",:;?!()" by code unit. */
function isMark(c: number): boolean {
  return c === 44 || c === 58 || c === 59 || c === 63 || c === 33 || c === 40 || c === 41;
}

const ANY_MARK = /[,:;?!()]/;

/**
 * A plain loop over code units rather than regex replaces: it runs on every
 * line imported. Most lines have no ASCII mark at all; the regex engine's scan
 * settles those three times faster than the loop would.
 */
export function normalisePunctuation(line: string): Normalised {
  if (!ANY_MARK.test(line)) return { text: line, count: 0, first: -1 };
  let parts: string[] | null = null;
  let last = 0;
  let count = 0;
  let first = -1;
  let pairedClose = -1;
  const n = line.length;
  let nextClose = -1;
  let nextOpen = -1;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (!isMark(c)) continue;
    let change: boolean;
    if (c === 40) {
      // Parentheses change as a pair, so "(一)" never becomes "（一)".
      // Next ")" and next "(" only move forward: remembered, so a line full of
      // "(" costs one pass, not one pass per mark.
      if (nextClose <= i) nextClose = indexOrEnd(line, ')', i + 1);
      if (nextOpen <= i) nextOpen = indexOrEnd(line, '(', i + 1);
      const close = nextClose === n ? -1 : nextClose;
      const nested = nextOpen === n ? -1 : nextOpen;
      if (close < 0 || (nested >= 0 && nested < close)) continue;
      let cjkInside = false;
      for (let k = i + 1; k < close && !cjkInside; k++) cjkInside = isCjkCode(line.charCodeAt(k));
      change = cjkInside || isCjkAt(line, i - 1) || isCjkAt(line, close + 1);
      if (change) pairedClose = close;
    } else if (c === 41) change = i === pairedClose;
    else change = isCjkAt(line, i - 1) || isCjkAt(line, i + 1);
    if (!change) continue;
    (parts ??= []).push(line.slice(last, i), FULL_CODE[c]!);
    last = i + 1;
    count++;
    if (first < 0) first = i;
  }
  if (!parts) return { text: line, count: 0, first: -1 };
  parts.push(line.slice(last));
  return { text: parts.join(''), count, first };
}
