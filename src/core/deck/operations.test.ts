import { describe, expect, it } from 'vitest';
import { importText } from '../article/index';
import sample from '../../../test/fixtures/articles/wujin-articles.txt?raw';
import { generateDeck } from './generate';
import { parseDeck, serializeDeck } from './deck-markdown';
import {
  blankSlide,
  deleteSlide,
  duplicateSlide,
  insertSlide,
  moveSlide,
  setBullets,
  setLayout,
  setNotes,
  setTitle,
  slideBullets,
  slideTitle,
} from './operations';
import { getAttr, getLayout } from './slide-attrs';
import { coverage } from './text-coverage';

const article = importText(sample, 'wujin-articles.txt').articles[1]!;
const deck = generateDeck(article);
const frozen = JSON.stringify(deck);

describe('edit operations', () => {
  it('insert, duplicate, move and delete slides without touching the input', () => {
    let d = insertSlide(deck, 1, blankSlide('新的一页'));
    expect(slideTitle(d.slides[1]!)).toBe('新的一页');
    d = duplicateSlide(d, 1);
    expect(d.slides[2]).toEqual(d.slides[1]);
    expect(d.slides[2]).not.toBe(d.slides[1]);
    d = moveSlide(d, 2, 0);
    expect(slideTitle(d.slides[0]!)).toBe('新的一页');
    d = deleteSlide(deleteSlide(d, 0), 1);
    expect(d.slides).toEqual(deck.slides);
    expect(JSON.stringify(deck)).toBe(frozen);
    expect(() => deleteSlide(deck, deck.slides.length)).toThrow(RangeError);
    expect(insertSlide(deck, deck.slides.length).slides).toHaveLength(deck.slides.length + 1);
  });

  it('set title, bullets, notes and layout, and the result still round-trips through the file', () => {
    let d = setTitle(deck, 3, '健全 科创\n生态');
    expect(slideTitle(d.slides[3]!)).toBe('健全 科创 生态');
    d = setBullets(d, 3, ['甲', '', { text: '乙', depth: 3 }, '丙']);
    expect(d.slides[3]!.blocks.find((b) => b.kind === 'list')).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        { text: '甲', depth: 0 },
        { text: '乙', depth: 1 },
        { text: '丙', depth: 0 },
      ],
    });
    d = setNotes(d, 3, '先讲背景\n---\nNote: 不是分隔');
    d = setLayout(d, 3, 'two-column');
    expect(getLayout(d.slides[3]!)).toBe('two-column');
    expect(parseDeck(serializeDeck(d)).deck).toEqual(d);
    d = setBullets(d, 3, []);
    expect(slideBullets(d.slides[3]!)).toEqual([]);
    expect(setTitle(setBullets({ ...deck, slides: [blankSlide()] }, 0, ['x']), 0, 'T').slides[0]!.blocks[0]).toEqual({ kind: 'heading', depth: 2, text: 'T' });
  });

});

describe('coverage (the editor view)', () => {
  it('is complete for a generated deck', () => {
    const r = coverage(article, deck);
    expect(r.ratio).toBe(1);
    expect(r.items.length).toBeGreaterThan(20);
  });

  it('reports the sentences lost when a slide and its notes are deleted', () => {
    // Every slide made from the paragraph (its notes are split over them).
    const own = deck.slides.flatMap((s, i) => (getAttr(s, 'data-source') === 's3p1' ? [i] : []));
    expect(slideTitle(deck.slides[own[0]!]!)).toBe('事业发展，关键在人');
    const d = own.reverse().reduce((acc, i) => deleteSlide(acc, i), deck);
    const r = coverage(article, d);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.source === 's3p1' && p.status === 'missing')).toBe(true);
    expect(r.problems[0]!.text).toBe('事业发展，关键在人。');
  });

  it('still finds a sentence on the slides when the notes are cleared', () => {
    const i = deck.slides.findIndex((s) => slideTitle(s) === '健全科创生态系统');
    const r = coverage(article, setNotes(deck, i, null));
    const first = r.items.find((it) => it.source === 's1p1')!;
    expect(first.status).toBe('covered');
    expect(first.where).toBe('slides');
  });

  it('reports moved slides as out of order', () => {
    const i = deck.slides.findIndex((s) => slideTitle(s) === '健全科创生态系统');
    const r = coverage(article, moveSlide(deck, i, deck.slides.length - 1));
    expect(r.problems.some((p) => p.status === 'out-of-order')).toBe(true);
  });
});
