/**
 * Long decks in the audience view: reveal.js walks every slide of the deck on
 * each slide change (classes, visibility, fragments), so a 500-slide deck costs
 * tens of milliseconds per key press. Above WINDOW_THRESHOLD slides reveal.js is
 * given only a window of slides around the current one, and the window moves
 * (between slide changes, not during one) as the talk goes on. Positions that
 * leave this view are always absolute slide indices.
 */
import { joinSections } from '../../core/render/render-slide';
import type { SlideSections } from '../render/safe-slides';

export const WINDOW_THRESHOLD = 60;
export const WINDOW_RADIUS = 12;
/**
 * Move the window once the current slide is this close to its edge: far enough that
 * the move made after the transition (PresentScreen, 350 ms) still comes before the
 * edge when the presenter presses → several times a second.
 */
export const WINDOW_EDGE = 8;

export interface SlideWindow {
  /** First slide index in the window. */
  lo: number;
  /** One past the last. */
  hi: number;
}

export function windowAround(center: number, total: number, radius = WINDOW_RADIUS, threshold = WINDOW_THRESHOLD): SlideWindow {
  if (total <= threshold) return { lo: 0, hi: total };
  const size = 2 * radius + 1;
  const lo = Math.max(0, Math.min(center - radius, total - size));
  return { lo, hi: Math.min(total, lo + size) };
}

/**
 * Whether the window must move for slide `abs`: 'now' when the slide is outside
 * it or on its edge (the next key press would find nothing), 'soon' when close to
 * the edge (moved once the transition has painted), null otherwise.
 */
export function windowNeed(abs: number, w: SlideWindow, total: number, edge = WINDOW_EDGE): 'now' | 'soon' | null {
  if (abs < w.lo || abs >= w.hi) return 'now';
  const roomBack = w.lo > 0 ? abs - w.lo : Infinity;
  const roomAhead = w.hi < total ? w.hi - 1 - abs : Infinity;
  if (roomBack === 0 || roomAhead === 0) return 'now';
  if (roomBack < edge || roomAhead < edge) return 'soon';
  return null;
}

/**
 * Show the sections of window `to` in `el`, which holds those of window `from`. Sections
 * both windows share are kept, elements and all: only the ones leaving go and the ones
 * entering are parsed, and the slide on screen keeps its element (and any transition in
 * flight). Windows that do not overlap (a jump) are replaced whole.
 */
export function shiftSections(el: HTMLElement, slides: Pick<SlideSections, 'slice'>, from: SlideWindow, to: SlideWindow): void {
  const shown = el.querySelectorAll(':scope > section');
  if (to.lo >= from.hi || from.lo >= to.hi || shown.length !== from.hi - from.lo) {
    el.innerHTML = joinSections(slides.slice(to.lo, to.hi));
    return;
  }
  for (let i = from.lo; i < to.lo; i++) shown[i - from.lo]!.remove();
  for (let i = to.hi; i < from.hi; i++) shown[i - from.lo]!.remove();
  if (to.lo < from.lo) el.insertAdjacentHTML('afterbegin', joinSections(slides.slice(to.lo, from.lo)));
  if (from.hi < to.hi) el.insertAdjacentHTML('beforeend', joinSections(slides.slice(from.hi, to.hi)));
}
