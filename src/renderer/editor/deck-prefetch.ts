/**
 * A window that starts on a deck (#/deck/…: a reload, a deck opened in its own window,
 * Electron opening a file) reads the deck file while the app starts up — the settings,
 * the editor's code — instead of after, so its first slide shows sooner (bench:
 * editor.first_slide_ms). The editor's first load of that deck takes the read, once;
 * every other load reads the file itself.
 */
import type { DeckFile, DeckRef } from '../../core/contract';
import { getHost } from '../host';

/** A read older than this is not used: the window sat on something else meanwhile. */
const FRESH_MS = 10_000;

let early: { ref: DeckRef; file: Promise<DeckFile>; at: number } | null = null;

export function prefetchDeck(ref: DeckRef): void {
  const file = getHost().api.deck.read(ref);
  // A failed read is reported by the editor's load, which awaits this same promise.
  file.catch(() => {});
  early = { ref, file, at: performance.now() };
}

export function takePrefetchedDeck(ref: DeckRef): Promise<DeckFile> | null {
  const e = early;
  early = null;
  if (!e || e.ref.root !== ref.root || e.ref.path !== ref.path || performance.now() - e.at > FRESH_MS) return null;
  return e.file;
}
