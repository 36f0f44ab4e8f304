/**
 * Pure edit operations the editor calls. Each takes a Deck and returns a new Deck
 * (the input is never mutated, so undo is keeping the old value). Indexes out of
 * range throw a RangeError: the editor should never ask for them.
 */
import type { Block, Deck, ListItem, Slide, SlideLayout } from './model';
import { setLayout as setSlideLayout } from './slide-attrs';

function check(deck: Deck, index: number, allowEnd = false): void {
  const max = allowEnd ? deck.slides.length : deck.slides.length - 1;
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new RangeError(`slide ${index} out of range 0…${max}`);
  }
}

function withSlide(deck: Deck, index: number, f: (s: Slide) => Slide): Deck {
  check(deck, index);
  const slides = [...deck.slides];
  slides[index] = f(slides[index]!);
  return { ...deck, slides };
}

export function blankSlide(title = ''): Slide {
  return {
    attrs: [{ name: 'class', value: 'bullets' }],
    blocks: title === '' ? [] : [{ kind: 'heading', depth: 2, text: title }],
    notes: null,
  };
}

/** Insert before `index` (deck.slides.length appends). */
export function insertSlide(deck: Deck, index: number, slide: Slide = blankSlide()): Deck {
  check(deck, index, true);
  const slides = [...deck.slides];
  slides.splice(index, 0, slide);
  return { ...deck, slides };
}

export function deleteSlide(deck: Deck, index: number): Deck {
  check(deck, index);
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

/** The copy goes right after the original. */
export function duplicateSlide(deck: Deck, index: number): Deck {
  check(deck, index);
  return insertSlide(deck, index + 1, JSON.parse(JSON.stringify(deck.slides[index])) as Slide);
}

/** Move the slide at `from` so that it ends up at index `to`. */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  check(deck, from);
  check(deck, to);
  const slides = [...deck.slides];
  const [s] = slides.splice(from, 1);
  slides.splice(to, 0, s!);
  return { ...deck, slides };
}

/** The slide's title: its first heading, if any. */
export function slideTitle(slide: Slide): string | null {
  const h = slide.blocks.find((b) => b.kind === 'heading');
  return h && h.kind === 'heading' ? h.text : null;
}

/** Top-level items of the slide's first list. */
export function slideBullets(slide: Slide): string[] {
  const l = slide.blocks.find((b) => b.kind === 'list');
  return l && l.kind === 'list' ? l.items.filter((i) => i.depth === 0).map((i) => i.text) : [];
}

/** Set the first heading's text, or add a `##` heading at the top when there is none. */
export function setTitle(deck: Deck, index: number, text: string): Deck {
  const clean = text.replace(/\s*\n\s*/gu, ' ').trim();
  return withSlide(deck, index, (s) => {
    const i = s.blocks.findIndex((b) => b.kind === 'heading');
    const blocks = [...s.blocks];
    if (i >= 0) blocks[i] = { ...(blocks[i] as Extract<Block, { kind: 'heading' }>), text: clean };
    else blocks.unshift({ kind: 'heading', depth: 2, text: clean });
    return { ...s, blocks };
  });
}

/**
 * Replace the first list with these items (empty lines dropped); an empty array
 * removes the list. Without a list, one is added after the title.
 */
export function setBullets(deck: Deck, index: number, items: Array<string | ListItem>): Deck {
  const list: ListItem[] = items
    .map((it) => (typeof it === 'string' ? { text: it, depth: 0 } : it))
    .map((it) => ({ text: it.text.replace(/\s*\n\s*/gu, ' ').trim(), depth: Math.max(0, Math.floor(it.depth)) }))
    .filter((it) => it.text !== '');
  // Depth can only grow one level at a time, or Markdown would read it differently.
  list.forEach((it, i) => (it.depth = Math.min(it.depth, i === 0 ? 0 : list[i - 1]!.depth + 1)));
  return withSlide(deck, index, (s) => {
    const blocks = [...s.blocks];
    const i = blocks.findIndex((b) => b.kind === 'list');
    const old = i >= 0 ? blocks[i] : undefined;
    const block: Block = { kind: 'list', ordered: old?.kind === 'list' ? old.ordered : false, items: list };
    if (i >= 0) {
      if (list.length === 0) blocks.splice(i, 1);
      else blocks[i] = block;
    } else if (list.length > 0) {
      const h = blocks.findIndex((b) => b.kind === 'heading');
      blocks.splice(h + 1, 0, block);
    }
    return { ...s, blocks };
  });
}

/** Notes as plain text; null removes the `Note:` part. Lines that would end the notes are indented. */
export function setNotes(deck: Deck, index: number, notes: string | null): Deck {
  const clean =
    notes === null ? null : notes.trim().replace(/^(---|notes?:)/gimu, ' $1');
  return withSlide(deck, index, (s) => ({ ...s, notes: clean }));
}

export function setLayout(deck: Deck, index: number, layout: SlideLayout): Deck {
  return withSlide(deck, index, (s) => setSlideLayout(s, layout));
}

export interface Match {
  slide: number;
  /** Block index, or -1 for the notes. */
  block: number;
  /** List item index inside a list block, else -1. */
  item: number;
  start: number;
  end: number;
}

type Field = { slide: number; block: number; item: number; text: string };

/** Text fields find/replace works on: headings, paragraphs, list items, notes (raw blocks are left alone). */
function fields(deck: Deck): Field[] {
  const out: Field[] = [];
  deck.slides.forEach((s, si) => {
    s.blocks.forEach((b, bi) => {
      if (b.kind === 'heading' || b.kind === 'paragraph') out.push({ slide: si, block: bi, item: -1, text: b.text });
      else if (b.kind === 'list') b.items.forEach((it, ii) => out.push({ slide: si, block: bi, item: ii, text: it.text }));
    });
    if (s.notes !== null) out.push({ slide: si, block: -1, item: -1, text: s.notes });
  });
  return out;
}

/** Every occurrence of `query` (literal, case-sensitive) in slides and notes, in deck order. */
export function findAll(deck: Deck, query: string): Match[] {
  if (query === '') return [];
  const out: Match[] = [];
  for (const f of fields(deck)) {
    for (let at = f.text.indexOf(query); at >= 0; at = f.text.indexOf(query, at + query.length)) {
      out.push({ slide: f.slide, block: f.block, item: f.item, start: at, end: at + query.length });
    }
  }
  return out;
}

/** Replace every occurrence; returns the new deck and how many were replaced. */
export function replaceAll(deck: Deck, query: string, replacement: string): { deck: Deck; count: number } {
  const count = findAll(deck, query).length;
  if (count === 0) return { deck, count };
  const rep = (t: string) => t.split(query).join(replacement);
  const slides = deck.slides.map((s) => ({
    ...s,
    blocks: s.blocks.map((b): Block => {
      if (b.kind === 'heading' || b.kind === 'paragraph') return { ...b, text: rep(b.text) };
      if (b.kind === 'list') return { ...b, items: b.items.map((it) => ({ ...it, text: rep(it.text) })) };
      return b;
    }),
    notes: s.notes === null ? null : rep(s.notes),
  }));
  return { deck: { ...deck, slides }, count };
}
