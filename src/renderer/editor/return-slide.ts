/**
 * The slide a show ended on, for the editor that opens next: 结束放映 returns to the
 * slide that was showing, not to slide 1. Module state, like pending-restore.ts: the
 * show and the editor are screens of the same page, one after the other.
 */
import type { DeckRef } from '../../core/contract';

let pending: { key: string; index: number } | null = null;
const keyOf = (ref: DeckRef) => `${ref.root}/${ref.path}`;

export function rememberShownSlide(ref: DeckRef, index: number): void {
  pending = { key: keyOf(ref), index };
}

/** The slide to show on opening `ref` (once), or 0. */
export function takeShownSlide(ref: DeckRef): number {
  if (!pending || pending.key !== keyOf(ref)) return 0;
  const { index } = pending;
  pending = null;
  return index;
}
