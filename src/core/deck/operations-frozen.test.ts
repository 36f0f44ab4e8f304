/**
 * Edits never mutate their input: every deck operation, block edit and
 * find/replace runs on deeply frozen random decks (a write would throw), and the
 * input's JSON is the same afterwards. The editor's undo history keeps old decks
 * by reference, so one mutating edit would silently rewrite history.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { deepFreeze } from '../deep-freeze';
import type { Block, Deck, Slide } from './model';
import { LAYOUTS } from './slide-attrs';
import {
  deleteSlide,
  deleteSlides,
  duplicateSlide,
  duplicateSlides,
  insertBlock,
  insertSlide,
  moveSlide,
  setBlockText,
  setBullets,
  setLayout,
  setListItems,
  setNotes,
  setTitle,
  withoutEmptyItems,
  blankSlide,
} from './operations';
import { replaceAllMatches, replaceMatch, findMatches, DEFAULT_FIND_OPTIONS } from './find-replace';

const text = fc.constantFrom('', ' ', '武进', '高新区', 'AI ai', '**约5000亩**', '第一\n第二', '一、总体');
const item = fc.record({ text, depth: fc.integer({ min: 0, max: 3 }) });
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), depth: fc.constantFrom(1 as const, 2 as const), text }),
  fc.record({ kind: fc.constant('paragraph' as const), text }),
  fc.record({ kind: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(item, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('image' as const), alt: text, src: fc.constant('a.png') }),
  fc.record({ kind: fc.constant('raw' as const), text: fc.constant('<div>x</div>') }),
);
const slide: fc.Arbitrary<Slide> = fc.record({
  attrs: fc.constantFrom([], [{ name: 'class', value: 'bullets' }], [{ name: 'class', value: 'cover x' }, { name: 'data-source', value: 's1p1' }]),
  blocks: fc.array(block, { maxLength: 5 }),
  notes: fc.option(text, { nil: null }),
});
const deck: fc.Arbitrary<Deck> = fc.record({
  meta: fc.constant({ title: '标题', theme: 'party-red' as const }),
  slides: fc.array(slide, { minLength: 1, maxLength: 6 }),
});

type Edit = (d: Deck, a: number, b: number) => unknown;
const at = (d: Deck, n: number) => n % d.slides.length;
const blockAt = (d: Deck, si: number, n: number) => (d.slides[si]!.blocks.length ? n % d.slides[si]!.blocks.length : 0);

const edits: Record<string, Edit> = {
  insertSlide: (d, a) => insertSlide(d, a % (d.slides.length + 1), blankSlide('新')),
  deleteSlide: (d, a) => deleteSlide(d, at(d, a)),
  deleteSlides: (d, a, b) => deleteSlides(d, [at(d, a), at(d, b)]),
  duplicateSlide: (d, a) => duplicateSlide(d, at(d, a)),
  duplicateSlides: (d, a, b) => duplicateSlides(d, [at(d, a), at(d, b)]),
  moveSlide: (d, a, b) => moveSlide(d, at(d, a), at(d, b)),
  setTitle: (d, a) => setTitle(d, at(d, a), '新标题'),
  setBullets: (d, a, b) => setBullets(d, at(d, a), b % 2 ? [] : [{ text: 'x', depth: 0 }, { text: 'y', depth: 3 }]),
  setNotes: (d, a, b) => setNotes(d, at(d, a), b % 2 ? null : 'Note: 讲稿\n---'),
  setLayout: (d, a, b) => setLayout(d, at(d, a), LAYOUTS[b % LAYOUTS.length]!),
  setBlockText: (d, a, b) => setBlockText(d, at(d, a), blockAt(d, at(d, a), b), '一\n二'),
  setListItems: (d, a, b) => setListItems(d, at(d, a), blockAt(d, at(d, a), b), b % 2 ? [] : [{ text: '', depth: 2 }, { text: 'z', depth: 5 }]),
  insertBlock: (d, a) => insertBlock(d, at(d, a), { kind: 'paragraph', text: 'p' }, 0),
  withoutEmptyItems: (d) => withoutEmptyItems(d),
  replaceAllMatches: (d) => replaceAllMatches(d, 'ai', 'AI\n', DEFAULT_FIND_OPTIONS),
  replaceMatch: (d) => {
    const m = findMatches(d, '武进')[0];
    return m ? replaceMatch(d, m, '常州') : null;
  },
};

describe('edits on deeply frozen decks', () => {
  for (const [name, edit] of Object.entries(edits)) {
    it(`${name} leaves its input as it was`, () => {
      fc.assert(
        fc.property(deck, fc.nat(20), fc.nat(20), (d, a, b) => {
          const before = JSON.stringify(d);
          deepFreeze(d);
          edit(d, a, b);
          expect(JSON.stringify(d)).toBe(before);
        }),
        { numRuns: 150 },
      );
    });
  }
});
