/**
 * A study session as the renderer reads it: the session file through the host
 * (session/read), each deck it names through deck/read, and core's sessionDeck
 * making the one deck that is presented and exported. A deck that cannot be read
 * does not stop the session: its divider says which one is missing.
 */
import type { DeckRef } from '../../core/contract';
import { parseDeck, type Deck } from '../../core/deck';
import { parseSession, sessionDeck, type Session, type SessionDiagnostic, type SessionItem } from '../../core/session';
import { getHost } from '../host';

/** The library file a session item names: beside the session, or among the built-in decks. */
export function itemRef(session: DeckRef, item: SessionItem): DeckRef {
  if (item.root === 'builtin') return { root: 'builtin', path: item.path };
  const dir = session.path.includes('/') ? session.path.slice(0, session.path.lastIndexOf('/') + 1) : '';
  return { root: session.root, path: dir + item.path };
}

/** The item for a library deck picked for a session in `session`'s folder (the user library's top level). */
export function itemOf(session: DeckRef | null, deck: DeckRef): SessionItem {
  if (deck.root === 'builtin') return { path: deck.path, root: 'builtin' };
  const dir = session && session.path.includes('/') ? session.path.slice(0, session.path.lastIndexOf('/') + 1) : '';
  return { path: dir && deck.path.startsWith(dir) ? deck.path.slice(dir.length) : deck.path };
}

export interface LoadedSession {
  session: Session;
  diagnostics: SessionDiagnostic[];
  version: string;
  readOnly: boolean;
}

export async function readSession(ref: DeckRef): Promise<LoadedSession> {
  const f = await getHost().api.session.read(ref);
  const { session, diagnostics } = parseSession(f.text);
  return { session, diagnostics, version: f.version, readOnly: f.readOnly };
}

/** Each item's deck, in order; null where it cannot be read. */
export async function readSessionDecks(ref: DeckRef, session: Session): Promise<Array<Deck | null>> {
  const api = getHost().api;
  return Promise.all(
    session.items.map((item) =>
      api.deck
        .read(itemRef(ref, item))
        .then((f) => parseDeck(f.text).deck)
        .catch(() => null),
    ),
  );
}

/** The session's combined deck: what the audience sees and what is exported. */
export async function combinedDeck(ref: DeckRef, session: Session): Promise<Deck> {
  const decks = await readSessionDecks(ref, session);
  return sessionDeck(session, session.items.map((item, i) => ({ item, deck: decks[i] ?? null })));
}
