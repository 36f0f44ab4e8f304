/**
 * Find and replace across a deck's slides and speaker notes, as pure functions
 * (the editor keeps the returned Deck on its undo stack), with what users of
 * Chinese text need:
 *  - full-width and half-width forms as the same character (，/, ０/0 Ａ/A), since
 *    pasted Chinese text mixes them freely;
 *  - case and whole-word options that apply to Latin letters and digits only:
 *    Chinese has no case and no spaces between words, so "whole word" around a
 *    CJK character would never match anything useful;
 *  - replacing one match at a time.
 * Matching works on the Markdown text of each field, so emphasis marks (**…**)
 * split a query that spans them; headings, paragraphs, list items and notes
 * are searched, raw HTML blocks and images are not.
 */
import type { Block, Deck } from './model';

export type FindScope = 'all' | 'slides' | 'notes';

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  /** Treat full-width ASCII forms (，０Ａ) and the ideographic space as their half-width forms. */
  widthInsensitive: boolean;
  scope: FindScope;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, wholeWord: false, widthInsensitive: true, scope: 'all' };

export type FieldKind = 'heading' | 'paragraph' | 'item' | 'notes';

export interface FindMatch {
  slide: number;
  /** Block index, -1 for the notes. */
  block: number;
  /** List item index, -1 outside lists. */
  item: number;
  field: FieldKind;
  start: number;
  end: number;
  /** The field's text, for showing the match in context. */
  text: string;
}

interface Field {
  slide: number;
  block: number;
  item: number;
  field: FieldKind;
  text: string;
}

function fieldsOf(deck: Deck, scope: FindScope): Field[] {
  const out: Field[] = [];
  deck.slides.forEach((s, si) => {
    if (scope !== 'notes') {
      s.blocks.forEach((b, bi) => {
        if (b.kind === 'heading' || b.kind === 'paragraph') out.push({ slide: si, block: bi, item: -1, field: b.kind, text: b.text });
        else if (b.kind === 'list') b.items.forEach((it, ii) => out.push({ slide: si, block: bi, item: ii, field: 'item', text: it.text }));
      });
    }
    if (scope !== 'slides' && s.notes !== null) out.push({ slide: si, block: -1, item: -1, field: 'notes', text: s.notes });
  });
  return out;
}

/**
 * One UTF-16 unit in, one out, so indexes in the folded text are indexes in the
 * original: full-width ASCII U+FF01–FF5E → U+0021–007E, U+3000 → space, and
 * Latin letters lowered when case does not matter.
 */
export function foldText(text: string, o: Pick<FindOptions, 'matchCase' | 'widthInsensitive'>): string {
  let s = text;
  if (o.widthInsensitive) {
    s = s.replace(/[\uff01-\uff5e\u3000]/gu, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  }
  // toLowerCase can change length for a few characters (İ); fold only ASCII to keep indexes aligned.
  if (!o.matchCase) s = s.replace(/[A-Z]/gu, (c) => c.toLowerCase());
  return s;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/u.test(c);

/** Whole word: a match that begins (ends) with a Latin word character may not continue one. */
function atWordBoundaries(folded: string, start: number, end: number): boolean {
  if (isWordChar(folded[start]) && isWordChar(folded[start - 1])) return false;
  if (isWordChar(folded[end - 1]) && isWordChar(folded[end])) return false;
  return true;
}

function matchesIn(text: string, query: string, o: FindOptions): Array<[number, number]> {
  const hay = foldText(text, o);
  const needle = foldText(query, o);
  const out: Array<[number, number]> = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (o.wholeWord && !atWordBoundaries(hay, at, end)) continue;
    out.push([at, end]);
    at = end - 1; // no overlapping matches: replacing them would be ambiguous
  }
  return out;
}

/** Every match in deck order: slide by slide, the slide's blocks before its notes. */
export function findMatches(deck: Deck, query: string, options: FindOptions = DEFAULT_FIND_OPTIONS): FindMatch[] {
  if (query === '') return [];
  return fieldsOf(deck, options.scope).flatMap((f) =>
    matchesIn(f.text, query, options).map(([start, end]) => ({ slide: f.slide, block: f.block, item: f.item, field: f.field, start, end, text: f.text })),
  );
}

function fieldText(deck: Deck, m: Pick<FindMatch, 'slide' | 'block' | 'item'>): string | null {
  const s = deck.slides[m.slide];
  if (!s) return null;
  if (m.block === -1) return s.notes;
  const b = s.blocks[m.block];
  if (!b) return null;
  if (b.kind === 'heading' || b.kind === 'paragraph') return b.text;
  if (b.kind === 'list') return b.items[m.item]?.text ?? null;
  return null;
}

/** A copy of the deck with one field's text replaced by f(text). */
function withField(deck: Deck, at: Pick<FindMatch, 'slide' | 'block' | 'item'>, f: (t: string) => string): Deck {
  const slides = deck.slides.map((s, si) => {
    if (si !== at.slide) return s;
    if (at.block === -1) return { ...s, notes: s.notes === null ? null : f(s.notes) };
    const blocks = s.blocks.map((b, bi): Block => {
      if (bi !== at.block) return b;
      if (b.kind === 'heading' || b.kind === 'paragraph') return { ...b, text: f(b.text) };
      if (b.kind === 'list') return { ...b, items: b.items.map((it, ii) => (ii === at.item ? { ...it, text: f(it.text) } : it)) };
      return b;
    });
    return { ...s, blocks };
  });
  return { ...deck, slides };
}

/** Headings and list items are one line in Markdown: a replacement may not break them. */
const oneLineFor = (field: FieldKind, replacement: string) =>
  field === 'notes' || field === 'paragraph' ? replacement : replacement.replace(/\s*\n\s*/gu, ' ');

/**
 * Replace one match. Returns null when the deck changed so that the match is no
 * longer there (the panel then searches again instead of replacing the wrong text).
 */
export function replaceMatch(deck: Deck, m: FindMatch, replacement: string): Deck | null {
  const current = fieldText(deck, m);
  if (current === null || current !== m.text) return null;
  const rep = oneLineFor(m.field, replacement);
  return withField(deck, m, (t) => t.slice(0, m.start) + rep + t.slice(m.end));
}

/** Replace every match; returns the new deck and the count (the same deck object when there was none). */
export function replaceAllMatches(
  deck: Deck,
  query: string,
  replacement: string,
  options: FindOptions = DEFAULT_FIND_OPTIONS,
): { deck: Deck; count: number } {
  const matches = findMatches(deck, query, options);
  if (matches.length === 0) return { deck, count: 0 };
  let next = deck;
  // Within a field, replace from the end so earlier offsets stay valid.
  for (const m of [...matches].reverse()) {
    const rep = oneLineFor(m.field, replacement);
    next = withField(next, m, (t) => t.slice(0, m.start) + rep + t.slice(m.end));
  }
  return { deck: next, count: matches.length };
}

/** The match with a little text either side, for the result list. */
export function matchContext(m: FindMatch, around = 12): { before: string; match: string; after: string } {
  const before = m.text.slice(Math.max(0, m.start - around), m.start);
  const after = m.text.slice(m.end, m.end + around);
  return {
    before: (m.start > around ? '…' : '') + before.replace(/\s+/gu, ' '),
    match: m.text.slice(m.start, m.end),
    after: after.replace(/\s+/gu, ' ') + (m.end + around < m.text.length ? '…' : ''),
  };
}
