/**
 * The deck vocabulary: pure edit operations the editor calls and the questions
 * every layer asks of a slide (its title, its bullets, its pictures). Each edit
 * takes a Deck and returns a new Deck; the input is never mutated (undo keeps the
 * old value; operations-frozen.test.ts checks this on deeply frozen decks).
 * Slide indexes out of range throw a RangeError: the editor should never ask for them.
 * Block-level edits (setBlockText, setListItems, insertBlock) serve the canvas, where
 * a cover or a divider has a heading and a paragraph and a slide may hold two lists.
 * Find and replace lives in find-replace.ts.
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

/** Remove several slides at once (indexes in any order). */
export function deleteSlides(deck: Deck, indexes: Iterable<number>): Deck {
  const drop = new Set(indexes);
  return { ...deck, slides: deck.slides.filter((_, i) => !drop.has(i)) };
}

/** Copies of the given slides, inserted as a group right after the last of them. */
export function duplicateSlides(deck: Deck, indexes: Iterable<number>): { deck: Deck; first: number } {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  sorted.forEach((i) => check(deck, i));
  const copies = sorted.map((i) => structuredClone(deck.slides[i]!));
  const at = sorted[sorted.length - 1]! + 1;
  const slides = [...deck.slides];
  slides.splice(at, 0, ...copies);
  return { deck: { ...deck, slides }, first: at };
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

/** Every item of every list on the slide, nested ones included, in order (what the exports print). */
export function slideListItems(slide: Slide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
}

/** Body paragraphs of a slide (not its title, not list items). */
export function slideParagraphs(slide: Slide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

/** Every picture the deck shows, each source once, in order. */
export function imageSources(deck: Deck): string[] {
  return [...new Set(deck.slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'image' ? [b.src] : []))))];
}

/** A field holds one line of inline Markdown: line breaks typed or pasted become spaces. */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/gu, ' ');

/** Depth can only grow one level at a time, or Markdown would read the list differently. Returns new items. */
function levelled(items: ListItem[]): ListItem[] {
  const out: ListItem[] = [];
  for (const it of items) out.push({ text: it.text, depth: Math.min(it.depth, out.length === 0 ? 0 : out[out.length - 1]!.depth + 1) });
  return out;
}

/** Set the first heading's text, or add a `##` heading at the top when there is none. */
export function setTitle(deck: Deck, index: number, text: string): Deck {
  const clean = oneLine(text).trim();
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
  const list = levelled(
    items
      .map((it) => (typeof it === 'string' ? { text: it, depth: 0 } : it))
      .map((it) => ({ text: oneLine(it.text).trim(), depth: Math.max(0, Math.floor(it.depth)) }))
      .filter((it) => it.text !== ''),
  );
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
/** Notes as the deck keeps them: trimmed, with lines that would end the slide or open notes escaped. */
export function cleanNotes(notes: string | null): string | null {
  return notes === null ? null : notes.trim().replace(/^(---|notes?:)/gimu, ' $1');
}

export function setNotes(deck: Deck, index: number, notes: string | null): Deck {
  const clean = cleanNotes(notes);
  return withSlide(deck, index, (s) => ({ ...s, notes: clean }));
}

export function setLayout(deck: Deck, index: number, layout: SlideLayout): Deck {
  return withSlide(deck, index, (s) => setSlideLayout(s, layout));
}

function withBlock(deck: Deck, si: number, bi: number, f: (b: Block) => Block): Deck {
  return withSlide(deck, si, (s) => {
    const b = s.blocks[bi];
    if (!b) return s;
    const blocks = [...s.blocks];
    blocks[bi] = f(b);
    return { ...s, blocks };
  });
}

/** Text of a heading or paragraph block. */
export function setBlockText(deck: Deck, si: number, bi: number, text: string): Deck {
  return withBlock(deck, si, bi, (b) => (b.kind === 'heading' || b.kind === 'paragraph' ? { ...b, text: oneLine(text) } : b));
}

/**
 * Items of a list block. Empty items are kept while editing (Enter makes one to type
 * into); `withoutEmptyItems` drops them before the deck is written. An empty list is
 * removed.
 */
export function setListItems(deck: Deck, si: number, bi: number, items: ListItem[]): Deck {
  const clean = levelled(items.map((it) => ({ text: oneLine(it.text), depth: Math.max(0, Math.floor(it.depth)) })));
  return withSlide(deck, si, (s) => {
    const blocks = [...s.blocks];
    const b = blocks[bi];
    if (b?.kind !== 'list') return s;
    if (clean.length === 0) blocks.splice(bi, 1);
    else blocks[bi] = { ...b, items: clean };
    return { ...s, blocks };
  });
}

/** Insert a block at `at` (the end when omitted). */
export function insertBlock(deck: Deck, si: number, block: Block, at?: number): Deck {
  return withSlide(deck, si, (s) => {
    const blocks = [...s.blocks];
    blocks.splice(at ?? blocks.length, 0, block);
    return { ...s, blocks };
  });
}

/** Where a new list goes: after the first heading (and the paragraphs that follow it), else at the end. */
export function listInsertIndex(slide: Slide): number {
  const h = slide.blocks.findIndex((b) => b.kind === 'heading');
  if (h < 0) return slide.blocks.length;
  let i = h + 1;
  while (slide.blocks[i]?.kind === 'paragraph') i++;
  return i;
}

/** Empty bullets are an editing state, not content: drop them (and lists left empty) before saving. */
export function withoutEmptyItems(deck: Deck): Deck {
  let changed = false;
  const slides = deck.slides.map((s) => {
    if (!s.blocks.some((b) => b.kind === 'list' && b.items.some((it) => it.text.trim() === ''))) return s;
    changed = true;
    const blocks: Block[] = [];
    for (const b of s.blocks) {
      if (b.kind !== 'list') {
        blocks.push(b);
        continue;
      }
      // New item objects: the deck given is a value in the undo history and must stay as it is.
      const items = levelled(b.items.filter((it) => it.text.trim() !== ''));
      if (items.length > 0) blocks.push({ ...b, items });
    }
    return { ...s, blocks };
  });
  return changed ? { ...deck, slides } : deck;
}
