/**
 * How much text a slide holds at a theme's size, and the split of a long point list
 * into a slide plus "（续）" continuation slides. Nothing is ever shortened: a point
 * too long for one slide is broken at clause boundaries (or, last resort, at the
 * slide's capacity) and continues on the next slide.
 */
import type { ThemeName } from './model';
import { displayWidth, splitClauses } from './split-clauses';

export interface FitMetrics {
  /** CJK characters per bullet line at the theme's body size on a 1280×720 slide. */
  charsPerLine: number;
  /** Bullet lines that fit under a one-line title. */
  linesPerSlide: number;
  /** CJK characters per title line. */
  titleCharsPerLine: number;
}

/**
 * Measured on the 1280×720 render (body ≈ 36px, title ≈ 48px with the theme's
 * margins). Kept per theme so a theme with a larger face can say so.
 */
export const THEME_METRICS: Record<ThemeName, FitMetrics> = {
  'party-red': { charsPerLine: 28, linesPerSlide: 9, titleCharsPerLine: 22 },
  'clean-white': { charsPerLine: 28, linesPerSlide: 9, titleCharsPerLine: 22 },
  'deep-blue': { charsPerLine: 28, linesPerSlide: 9, titleCharsPerLine: 22 },
  'study-red': { charsPerLine: 28, linesPerSlide: 9, titleCharsPerLine: 22 },
  'high-contrast': { charsPerLine: 28, linesPerSlide: 9, titleCharsPerLine: 22 },
  // The unit's own theme keeps base.css's page and type size; only colours, fonts and pictures change.
  custom: { charsPerLine: 28, linesPerSlide: 9, titleCharsPerLine: 22 },
};

export function linesOf(text: string, charsPerLine: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / charsPerLine));
}

/**
 * Break one point that alone exceeds `maxLines` into consecutive pieces; the pieces
 * concatenate back to the point.
 */
export function breakPoint(point: string, m: FitMetrics, maxLines: number): string[] {
  // Cheap bound first: a point can't need more lines than it has characters per line.
  if (point.length <= m.charsPerLine * maxLines || linesOf(point, m.charsPerLine) <= maxLines) return [point];
  const capacity = m.charsPerLine * maxLines;
  const pieces: string[] = [];
  let cur = '';
  let width = 0;
  for (const c of splitClauses(point)) {
    const w = displayWidth(c);
    if (cur !== '' && Math.ceil((width + w) / m.charsPerLine) > maxLines) {
      pieces.push(cur);
      cur = '';
      width = 0;
    }
    cur += c;
    width += w;
  }
  if (cur !== '') pieces.push(cur);
  // A clause with no break inside it: cut at capacity (a split, not a loss).
  return pieces.flatMap((p) => hardBreak(p, capacity));
}

function hardBreak(text: string, capacity: number): string[] {
  if (displayWidth(text) <= capacity) return [text];
  const out: string[] = [];
  let start = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: stays with its pair
    const w = displayWidth(text[i]!);
    if (width + w > capacity && i > start) {
      out.push(text.slice(start, i));
      start = i;
      width = 0;
    }
    width += w;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Lay points out over slides: at most `maxBullets` per slide and no more lines than
 * the theme holds (one line fewer when the title wraps).
 */
export function paginate(points: string[], title: string, m: FitMetrics, maxBullets: number): string[][] {
  const titleLines = linesOf(title, m.titleCharsPerLine);
  const budget = Math.max(2, m.linesPerSlide - (titleLines - 1));
  const capacity = m.charsPerLine * budget;
  // Only a point longer than a whole slide needs breaking (length bounds its width).
  const pieces = points.some((p) => p.length > capacity) ? points.flatMap((p) => breakPoint(p, m, budget)) : points;
  const lines = pieces.map((p) => linesOf(p, m.charsPerLine));
  const greedy = fill(lines, budget, maxBullets);
  if (greedy.length < 2) return cut(pieces, greedy);
  // Same number of slides, evened out: 7 points read better as 4 + 3 than 6 + 1.
  const even = fill(lines, budget, Math.ceil(pieces.length / greedy.length));
  return cut(pieces, even.length === greedy.length ? even : greedy);
}

/** Page sizes (number of points per slide) for points of the given line counts. */
function fill(lines: number[], budget: number, maxBullets: number): number[] {
  const sizes: number[] = [];
  let count = 0;
  let used = 0;
  for (const need of lines) {
    if (count > 0 && (count >= maxBullets || used + need > budget)) {
      sizes.push(count);
      count = 0;
      used = 0;
    }
    count++;
    used += need;
  }
  if (count > 0 || sizes.length === 0) sizes.push(count);
  return sizes;
}

function cut(points: string[], sizes: number[]): string[][] {
  const pages: string[][] = [];
  let at = 0;
  for (const n of sizes) {
    pages.push(points.slice(at, at + n));
    at += n;
  }
  return pages;
}
