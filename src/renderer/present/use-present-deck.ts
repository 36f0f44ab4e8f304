/** Read and parse the deck a presenting route names; the deck text comes from the host like everywhere else. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeckRef } from '../../core/contract';
import { parseDeck, type Deck } from '../../core/deck';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';

export function usePresentDeck(ref: DeckRef): { deck: Deck | null; error: string | null } {
  const { i18n } = useTranslation();
  const [deck, setDeck] = useState<Deck | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    getHost()
      .api.deck.read(ref)
      .then((f) => alive && setDeck(parseDeck(f.text).deck))
      .catch((e) => alive && setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));
    return () => {
      alive = false;
    };
  }, [ref.root, ref.path]); // eslint-disable-line react-hooks/exhaustive-deps
  return { deck, error };
}
