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
};

export function linesOf(text: string, charsPerLine: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / charsPerLine));
}

/**
 * Break one point that alone exceeds `maxLines` into consecutive pieces; the pieces
 * concatenate back to the point.
 */
export function breakPoint(point: string, m: FitMetrics, maxLines: number): string[] {
  if (linesOf(point, m.charsPerLine) <= maxLines) return [point];
  const clauses = splitClauses(point);
  const pieces: string[] = [];
  let cur = '';
  for (const c of clauses) {
    if (cur !== '' && linesOf(cur + c, m.charsPerLine) > maxLines) {
      pieces.push(cur);
      cur = '';
    }
    cur += c;
  }
  if (cur !== '') pieces.push(cur);
  // A clause with no break inside it: cut at capacity (a split, not a loss).
  return pieces.flatMap((p) => hardBreak(p, m.charsPerLine * maxLines));
}

function hardBreak(text: string, capacity: number): string[] {
  if (displayWidth(text) <= capacity) return [text];
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (displayWidth(cur + ch) > capacity) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * Lay points out over slides: at most `maxBullets` per slide and no more lines than
 * the theme holds (one line fewer when the title wraps).
 */
export function paginate(points: string[], title: string, m: FitMetrics, maxBullets: number): string[][] {
  const titleLines = linesOf(title, m.titleCharsPerLine);
  const budget = Math.max(2, m.linesPerSlide - (titleLines - 1));
  const pieces = points.flatMap((p) => breakPoint(p, m, budget));
  const greedy = fill(pieces, m, budget, maxBullets);
  if (greedy.length < 2) return greedy;
  // Same number of slides, evened out: 7 points read better as 4 + 3 than 6 + 1.
  const even = fill(pieces, m, budget, Math.ceil(pieces.length / greedy.length));
  return even.length === greedy.length ? even : greedy;
}

function fill(points: string[], m: FitMetrics, budget: number, maxBullets: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const p of points) {
    const need = linesOf(p, m.charsPerLine);
    if (page.length > 0 && (page.length >= maxBullets || used + need > budget)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(p);
    used += need;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
