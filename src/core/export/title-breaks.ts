/**
 * Balanced title lines: a title too long for one line is broken at Chinese word
 * boundaries (Intl.Segmenter, granularity "word": no dictionary to ship) into
 * lines of about equal width, so no "力量" sits alone on the last line and no
 * word is cut in two. Widths are in character cells: CJK and full-width forms
 * count one, Latin letters and digits half.
 */

export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) <= 0xff ? 0.5 : 1;
  return w;
}

/** Punctuation that may not start a line (禁则), and that may not end one. */
const NO_START = /^[，。、；：？！”’）》」』〉…—·,.;:?!)\]]/u;
const NO_END = /[“‘（《「『〈([]$/u;

let segmenter: Intl.Segmenter | null = null;

/** Breaks at word boundaries, each with a cost: negative where an editor would break. */
function boundaries(text: string): Array<{ at: number; cost: number }> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: Array<{ at: number; cost: number }> = [];
  let quoteDepth = 0;
  let prevEnd = 0;
  for (const s of segmenter.segment(text)) {
    const at = s.index;
    for (const ch of text.slice(prevEnd, at)) {
      if (/[“‘《「『（(]/u.test(ch)) quoteDepth++;
      else if (/[”’》」』）)]/u.test(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
    }
    prevEnd = at;
    if (at === 0 || quoteDepth > 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at);
    if (NO_START.test(after) || NO_END.test(before) || /[0-9０-９]$/u.test(before)) continue;
    // After a colon, comma or space, and before 和/与/及/暨, is where titles are broken by hand.
    const cost = /[：:，,；\s]$/u.test(before) ? -40 : /^[和与及暨]/u.test(after) ? -15 : 0;
    out.push({ at, cost });
  }
  return out;
}

/**
 * The title as lines no wider than `maxCells` (when a word boundary allows),
 * as few lines as possible and as even as possible, preferring the breaks an
 * editor would choose (after a colon or space, before 和). Quoted terms and
 * numbers with their units stay whole.
 */
export function balanceTitle(text: string, maxCells: number): string[] {
  const t = text.trim();
  const total = cellWidth(t);
  if (total <= maxCells || maxCells <= 0) return [t];
  const cuts = boundaries(t);
  const points = [{ at: 0, cost: 0 }, ...cuts, { at: t.length, cost: 0 }];
  const n = points.length;
  const widthOf = (a: number, b: number) => cellWidth(t.slice(points[a]!.at, points[b]!.at).trim());
  for (let lines = Math.ceil(total / maxCells); lines <= 6; lines++) {
    const target = total / lines;
    // best[k][i]: least cost setting the text up to point i in k lines.
    const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n).fill(-1));
    best[0]![0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i < n; i++) {
        for (let j = 0; j < i; j++) {
          if (best[k - 1]![j] === Infinity) continue;
          const w = widthOf(j, i);
          if (w > maxCells) continue;
          const score = best[k - 1]![j]! + (w - target) ** 2 + (i < n - 1 ? points[i]!.cost : 0);
          if (score < best[k]![i]!) {
            best[k]![i] = score;
            from[k]![i] = j;
          }
        }
      }
    }
    if (best[lines]![n - 1] === Infinity) continue;
    const out: string[] = [];
    for (let k = lines, i = n - 1; k > 0; k--) {
      const j = from[k]![i]!;
      out.unshift(t.slice(points[j]!.at, points[i]!.at).trim());
      i = j;
    }
    return out;
  }
  return [t];
}
