/**
 * Block-level edits the canvas needs beyond core's slide operations
 * (src/core/deck/operations.ts works on "the" title and "the" list; a cover or a
 * divider has a heading and a paragraph, a slide may hold two lists). Pure: each
 * returns a new Deck and never mutates its input, so the undo history can keep
 * the old value.
 */
import type { Block, Deck, ListItem, Slide } from '../../core/deck';

function withSlide(deck: Deck, index: number, f: (s: Slide) => Slide): Deck {
  const slides = [...deck.slides];
  slides[index] = f(slides[index]!);
  return { ...deck, slides };
}

function withBlock(deck: Deck, si: number, bi: number, f: (b: Block) => Block): Deck {
  return withSlide(deck, si, (s) => {
    const blocks = [...s.blocks];
    blocks[bi] = f(blocks[bi]!);
    return { ...s, blocks };
  });
}

/** A field holds one line of inline Markdown: line breaks typed or pasted become spaces. */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/gu, ' ');

/** Text of a heading or paragraph block. */
export function setBlockText(deck: Deck, si: number, bi: number, text: string): Deck {
  return withBlock(deck, si, bi, (b) => (b.kind === 'heading' || b.kind === 'paragraph' ? { ...b, text: oneLine(text) } : b));
}

/**
 * Items of a list block. Empty items are kept while editing (Enter makes one to type
 * into); `withoutEmptyItems` drops them before the deck is written. An empty list is
 * removed. Depth grows one level at a time, or Markdown would read it differently.
 */
export function setListItems(deck: Deck, si: number, bi: number, items: ListItem[]): Deck {
  const clean = items.map((it) => ({ text: oneLine(it.text), depth: Math.max(0, Math.floor(it.depth)) }));
  clean.forEach((it, i) => (it.depth = Math.min(it.depth, i === 0 ? 0 : clean[i - 1]!.depth + 1)));
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
      const items = b.items.filter((it) => it.text.trim() !== '');
      items.forEach((it, i) => (it.depth = Math.min(it.depth, i === 0 ? 0 : items[i - 1]!.depth + 1)));
      if (items.length > 0) blocks.push({ ...b, items });
    }
    return { ...s, blocks };
  });
  return changed ? { ...deck, slides } : deck;
}

/** Remove several slides at once (indexes in any order). */
export function deleteSlides(deck: Deck, indexes: Iterable<number>): Deck {
  const drop = new Set(indexes);
  return { ...deck, slides: deck.slides.filter((_, i) => !drop.has(i)) };
}

/** Copies of the given slides, inserted as a group right after the last of them. */
export function duplicateSlides(deck: Deck, indexes: Iterable<number>): { deck: Deck; first: number } {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const copies = sorted.map((i) => structuredClone(deck.slides[i]!));
  const at = sorted[sorted.length - 1]! + 1;
  const slides = [...deck.slides];
  slides.splice(at, 0, ...copies);
  return { deck: { ...deck, slides }, first: at };
}
