import { describe, it, expect } from 'vitest';
import { countChars, countableText, deckFigures, CHARS_PER_MINUTE } from './word-count';
import type { Deck } from '../../core/deck';

describe('countChars', () => {
  it('counts Han characters one each and skips punctuation', () => {
    expect(countChars('坚持稳中求进，以进促稳。')).toBe(10);
  });
  it('counts a run of Latin letters or digits as one word', () => {
    expect(countChars('形成约5000亩 GDP 增长 5.2%')).toBe(3 + 1 + 1 + 1 + 2 + 1);
  });
});

describe('countableText', () => {
  it('drops link targets, tags and comments but keeps the words', () => {
    expect(countChars(countableText('见[通知](https://example.gov.cn/a1)<!-- .slide: class="x" --><br>全文'))).toBe(5);
  });
});

describe('deckFigures', () => {
  it('counts slides and notes, and times the notes where there are some', () => {
    const deck: Deck = {
      meta: { title: 't', theme: 'party-red' },
      slides: [
        { attrs: [], blocks: [{ kind: 'heading', depth: 2, text: '**提升**贡献度' }], notes: '在万亿之城再出发中提升贡献度。' },
        { attrs: [], blocks: [{ kind: 'list', ordered: false, items: [{ text: '持续提升', depth: 0 }] }], notes: null },
      ],
    };
    const f = deckFigures(deck);
    expect(f.chars).toBe(5 + 14 + 4);
    expect(f.minutes).toBeCloseTo((14 + 4) / CHARS_PER_MINUTE);
  });
});
