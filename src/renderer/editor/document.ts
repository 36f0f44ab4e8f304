/**
 * The open document: the deck with its undo history, where it lives, the version
 * read from disk and the text last saved. Pure helpers; the editor store
 * (state/store.ts) holds the value.
 */
import type { DeckRef } from '../../core/contract';
import { blankSlide, parseDeck, parseFrontMatter, parseSlide, splitFrontMatter, splitSlides, type Deck } from '../../core/deck';
import { createHistory, type History } from './history';
import { sameText } from '../../core/deck';
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
  /** The deck as last read or saved (null: never saved). See isDirty. */
  saved: Deck | null;
  draftKey: string;
}

export function docFromFile(ref: DeckRef, text: string, version: string, readOnly: boolean): Doc {
  const deck = parseDeck(text).deck;
  return { hist: createHistory({ deck, at: 0 }), ref, readOnly, version, saved: deck, draftKey: draftKeyOf(ref) };
}

/** A new deck that has never been saved: dirty from the start, so it is autosaved as a draft. */
export function docNew(id: string, deck: Deck): Doc {
  return { hist: createHistory({ deck, at: 0 }), ref: null, readOnly: false, version: null, saved: null, draftKey: newDraftKey(id) };
}

/**
 * Unsaved changes? The same Deck object is clean without serialising anything
 * (opening a 500-slide deck does not pay for it); otherwise the texts decide, so
 * undoing back to the saved state, or typing a word and deleting it, is clean.
 */
export function isDirty(doc: Doc): boolean {
  return doc.saved === null || !sameText(doc.hist.present.deck, doc.saved);
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

/** Just the front matter and the first slide, to show while the whole deck is parsed. */
export function previewOf(text: string): Deck {
  const split = splitFrontMatter(text);
  const meta = split.yaml === null ? { title: '', theme: 'party-red' as const } : parseFrontMatter(split.yaml, 2).meta;
  const first = splitSlides(split.body, split.bodyLine)[0];
  return { meta, slides: first ? [parseSlide(first.text)] : [] };
}
