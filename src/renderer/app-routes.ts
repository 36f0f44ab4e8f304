/** The app's hash routes for decks (the presenting ones are in present/routes.ts). */
import type { DeckRef } from '../core/contract';
import type { EditorTarget } from './editor/state/doc-io';

/** "/deck/<root>/<path>" ↔ DeckRef. */
export function refFromRoute(route: string): DeckRef | null {
  const m = /^\/deck\/(builtin|user)\/(.+)$/.exec(route);
  return m ? { root: m[1] as DeckRef['root'], path: m[2]! } : null;
}
export const routeOf = (ref: DeckRef) => `/deck/${ref.root}/${ref.path}`;

/** "/deck/…" opens a file in the editor; "/new/<id>" a deck not saved yet (its draft is "new:<id>"). */
export function editorTarget(route: string): EditorTarget | null {
  const ref = refFromRoute(route);
  if (ref) return { kind: 'deck', ref };
  const m = /^\/new\/([\w-]+)$/.exec(route);
  return m ? { kind: 'new', id: m[1]! } : null;
}

/** The route in the window's address ("#/deck/user/a.md" → "/deck/user/a.md"). */
export const currentRoute = () => decodeURI(window.location.hash.replace(/^#/, '')) || '/';
