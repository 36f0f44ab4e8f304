/**
 * The open document: the deck with its undo history, where it lives, the version
 * read from disk and the text last saved. Pure helpers; EditorScreen holds the
 * state.
 */
import type { DeckRef } from '../../core/contract';
import { blankSlide, parseDeck, type Deck } from '../../core/deck';
import { createHistory, type History } from './history';
import { deckText } from './deck-text';
import { draftKeyOf, newDraftKey } from './draft-key';

/** One undo step: the deck, and the slide the change was made on (undo shows it). */
export interface Snapshot {
  deck: Deck;
  at: number;
}

export interface Doc {
  hist: History<Snapshot>;
  ref: DeckRef | null;
  readOnly: boolean;
  version: string | null;
  /** deckText of the deck as last read or saved: dirty = deckText(deck) !== savedText. */
  savedText: string;
  draftKey: string;
}

export function docFromFile(ref: DeckRef, text: string, version: string, readOnly: boolean): Doc {
  const deck = parseDeck(text).deck;
  return { hist: createHistory({ deck, at: 0 }), ref, readOnly, version, savedText: deckText(deck), draftKey: draftKeyOf(ref) };
}

/** A new deck that has never been saved: dirty from the start, so it is autosaved as a draft. */
export function docNew(id: string, deck: Deck): Doc {
  return { hist: createHistory({ deck, at: 0 }), ref: null, readOnly: false, version: null, savedText: '', draftKey: newDraftKey(id) };
}

export function blankDeck(title: string): Deck {
  return {
    meta: { title, theme: 'party-red' },
    slides: [
      { attrs: [{ name: 'class', value: 'cover' }], blocks: [{ kind: 'heading', depth: 1, text: title }], notes: null },
      blankSlide(),
    ],
  };
}

/** A file name from the deck title: characters Windows refuses become spaces. */
export function fileNameFor(title: string): string {
  const n = title.replace(/[\\/:*?"<>|\0]/gu, ' ').replace(/\s+/gu, ' ').trim().slice(0, 60);
  return n === '' ? 'deck' : n;
}
