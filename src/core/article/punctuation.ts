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

// Han, CJK punctuation, full-width forms and Chinese quotes.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2026\u2014]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export interface Normalised {
  text: string;
  /** Number of marks changed. */
  count: number;
  /** Index (in the output) of the first change, for the repair excerpt. */
  first: number;
}

export function normalisePunctuation(line: string): Normalised {
  if (!/[,:;?!()]/.test(line)) return { text: line, count: 0, first: -1 };
  const out = line.split('');
  let count = 0;
  let first = -1;
  const change = (i: number) => {
    out[i] = FULL[line[i]!]!;
    count++;
    if (first < 0 || i < first) first = i;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '(') {
      // Parentheses change as a pair, so "(一)" never becomes "（一)".
      const close = line.indexOf(')', i + 1);
      const nested = line.indexOf('(', i + 1);
      if (close < 0 || (nested >= 0 && nested < close)) continue;
      const inside = line.slice(i + 1, close);
      if (isCjk(line[i - 1]) || isCjk(line[close + 1]) || [...inside].some(isCjk)) {
        change(i);
        change(close);
      }
      i = close;
      continue;
    }
    if (ch === ')' || !(ch in FULL)) continue;
    if (isCjk(line[i - 1]) || isCjk(line[i + 1])) change(i);
  }
  return { text: out.join(''), count, first };
}
