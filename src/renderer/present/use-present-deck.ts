/**
 * Read and parse the deck a presenting route names; the deck text comes from the host like everywhere else.
 * A study session (学习会) is presented as its combined deck: agenda, each deck behind its divider, closing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeckRef } from '../../core/contract';
import { parseDeck, type Deck } from '../../core/deck';
import { getHost, HostCallError } from '../host';
import { isSessionPath } from '../../core/session';
import { combinedDeck, readSession } from '../session/session-io';
import { messageIn } from '../i18n';

export function usePresentDeck(ref: DeckRef): { deck: Deck | null; error: string | null } {
  const { i18n } = useTranslation();
  const [deck, setDeck] = useState<Deck | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const load = isSessionPath(ref.path)
      ? readSession(ref).then((s) => combinedDeck(ref, s.session))
      : getHost().api.deck.read(ref).then((f) => parseDeck(f.text).deck);
    load
      .then((d) => alive && setDeck(d))
      .catch((e) => alive && setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));
    return () => {
      alive = false;
    };
  }, [ref.root, ref.path]); // eslint-disable-line react-hooks/exhaustive-deps
  return { deck, error };
}
