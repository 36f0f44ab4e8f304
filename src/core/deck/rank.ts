/**
 * Which statements of a paragraph matter most: TextRank over the statements, with
 * words from Intl.Segmenter (built into every JavaScript engine the app runs on, no
 * dictionary to ship). Two statements are linked by the words they share, weighted
 * as in Mihalcea & Tarau (2004); the rank is PageRank over that graph. Figures and
 * quoted terms get a small bonus: a presenter keeps the numbers and the slogans.
 *
 * Intl.Segmenter is slow (well under 1 MB/s) and slower still on long strings, so
 * only the first SEGMENT_CHARS of a statement are segmented and a paragraph with
 * more than MAX_RANKED statements is ranked by position instead (the lead of a
 * Chinese paragraph carries its point).
 */
import { findFigures, findQuotedTerms } from './emphasis';

const SEGMENT_CHARS = 120;
const MAX_RANKED = 200;
const DAMPING = 0.85;
const ROUNDS = 30;

/** Function words that link everything and so say nothing about a statement. */
const STOP = new Set([
  '我们', '他们', '一个', '一批', '进一步', '不断', '持续', '全面', '更加', '积极', '坚持', '加快', '推动', '推进', '加强',
  '工作', '发展', '建设', '相关', '有关', '各项', '一些', '这个', '这些', '通过', '以及', '并且', '同时', '此外',
]);

let segmenter: Intl.Segmenter | null = null;

/** Content words of a statement (two or more characters, or a number). */
export function wordsOf(text: string): Set<string> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out = new Set<string>();
  for (const s of segmenter.segment(text.slice(0, SEGMENT_CHARS))) {
    if (!s.isWordLike) continue;
    const w = s.segment;
    if ((w.length >= 2 || /\d/u.test(w)) && !STOP.has(w)) out.add(w);
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n === 0 ? 0 : n / (Math.log(a.size + 1) + Math.log(b.size + 1));
}

/** A score per text (higher is more central); deterministic for the same input. */
export function rankStatements(texts: string[]): number[] {
  const n = texts.length;
  const bonus = texts.map((t) => 1 + (findFigures(t).length > 0 ? 0.25 : 0) + (findQuotedTerms(t).length > 0 ? 0.15 : 0));
  if (n > MAX_RANKED) return texts.map((_, i) => (1 / (1 + i / 8)) * bonus[i]!);
  const words = texts.map(wordsOf);
  const weight: number[][] = words.map((a, i) => words.map((b, j) => (i === j ? 0 : overlap(a, b))));
  const out = weight.map((row) => row.reduce((s, x) => s + x, 0));
  let score = new Array<number>(n).fill(1);
  for (let r = 0; r < ROUNDS; r++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      for (let i = 0; i < n; i++) if (weight[j]![i]! > 0) next[i]! += (DAMPING * weight[j]![i]! * score[j]!) / out[j]!;
    }
    score = next;
  }
  // A slight lead bias breaks ties the way a reader would: earlier first.
  return score.map((s, i) => s * bonus[i]! * (1 + 0.1 / (1 + i)));
}

/**
 * How many statements 精简 keeps of n: all of up to four, otherwise about two in
 * five, at least three.
 */
export function briefCount(n: number): number {
  return n <= 4 ? n : Math.max(3, Math.ceil(n * 0.4));
}

/** Indexes of the `k` highest-ranked texts, in reading order. */
export function topRanked(texts: string[], k: number): number[] {
  if (k >= texts.length) return texts.map((_, i) => i);
  const score = rankStatements(texts);
  const order = texts.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  return order.slice(0, k).sort((a, b) => a - b);
}
