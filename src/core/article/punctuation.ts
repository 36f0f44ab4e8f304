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

const MARK = /[,:;?!()]/g;

/**
 * Hand-written scan rather than a regex replace: the native search finds the
 * few ASCII marks, neighbours are checked by code unit, and the output is built
 * from slices only when something changes. This runs on every line imported.
 */
export function normalisePunctuation(line: string): Normalised {
  MARK.lastIndex = 0;
  if (!MARK.test(line)) return { text: line, count: 0, first: -1 };
  const out: string[] = [];
  let last = 0;
  let count = 0;
  let first = -1;
  const put = (i: number, ch: string) => {
    out.push(line.slice(last, i), ch);
    last = i + 1;
    count++;
    if (first < 0) first = i;
  };
  let skipClose = -1;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(line); m; m = MARK.exec(line)) {
    const i = m.index;
    const ch = line[i]!;
    if (ch === '(') {
      // Parentheses change as a pair, so "(一)" never becomes "（一)".
      const close = line.indexOf(')', i + 1);
      const nested = line.indexOf('(', i + 1);
      if (close < 0 || (nested >= 0 && nested < close)) continue;
      let cjkInside = false;
      for (let k = i + 1; k < close && !cjkInside; k++) cjkInside = isCjkCode(line.charCodeAt(k));
      if (cjkInside || isCjkAt(line, i - 1) || isCjkAt(line, close + 1)) {
        put(i, FULL['(']!);
        skipClose = close;
      }
    } else if (ch === ')') {
      if (i === skipClose) put(i, FULL[')']!);
    } else if (isCjkAt(line, i - 1) || isCjkAt(line, i + 1)) put(i, FULL[ch]!);
  }
  if (!count) return { text: line, count: 0, first: -1 };
  out.push(line.slice(last));
  return { text: out.join(''), count, first };
}
