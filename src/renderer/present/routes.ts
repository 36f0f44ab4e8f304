/**
 * The presenting routes, as hash routes (see use-hash-route.ts):
 *   /present/<root>/<path>?from=<n>   the audience view, starting at slide n (1-based, as shown to users)
 *   /presenter/<root>/<path>?at=<i>   the presenter view, starting at slide index i (0-based, as reveal.js counts);
 *                                     Electron adds &mode=rehearsal when there is one display
 * The editor's F5 / Shift+F5 buttons navigate with presentRoute().
 */
import type { DeckRef } from '../../core/contract';

export type PresentRoute =
  | { kind: 'present'; ref: DeckRef; from: number }
  | { kind: 'presenter'; ref: DeckRef; at: number; rehearsal: boolean };

export function parsePresentRoute(route: string): PresentRoute | null {
  const m = /^\/(present|presenter)\/(builtin|user)\/([^?]+\.md)(?:\?(.*))?$/i.exec(route);
  if (!m) return null;
  const ref: DeckRef = { root: m[2] as DeckRef['root'], path: m[3]! };
  const q = new URLSearchParams(m[4] ?? '');
  const num = (k: string, dflt: number) => {
    const n = Number.parseInt(q.get(k) ?? '', 10);
    return Number.isFinite(n) && n >= 0 ? n : dflt;
  };
  return m[1] === 'present'
    ? { kind: 'present', ref, from: Math.max(1, num('from', 1)) }
    : { kind: 'presenter', ref, at: num('at', 0), rehearsal: q.get('mode') === 'rehearsal' };
}

/** Audience view from slide `from` (1-based). */
export const presentRoute = (ref: DeckRef, from = 1) => `/present/${ref.root}/${ref.path}?from=${from}`;
/** Presenter view at slide index `at` (0-based). */
export const presenterRoute = (ref: DeckRef, at = 0) => `/presenter/${ref.root}/${ref.path}?at=${at}`;
/** Where Esc goes back to: the deck's editor. */
export const deckRoute = (ref: DeckRef) => `/deck/${ref.root}/${ref.path}`;

/** The same deck in another window (the browser edition's presenter window) gets the same channel name. */
export const channelName = (ref: DeckRef) => `briefing-present-${ref.root}/${ref.path}`;
