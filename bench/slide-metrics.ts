/**
 * What a presenter sees on the content slides of a deck (slides made from a paragraph):
 * how many titles are fragments, how many bullets a slide holds and how long a bullet is.
 * Shared by deck.bench.ts and the README's before/after.
 */
import { isFragmentTitle, plainText, slideBullets, slideTitle, getAttr } from '../src/core/deck/index';
import type { Deck } from '../src/core/deck/index';

export interface SlideMetrics {
  slides: number;
  /** Titles that only open a sentence (今年以来, 站在新的历史起点, 2024年是……) or end mid-quote, with more text following in the notes. */
  fragmentTitles: string[];
  /** Titles that repeat the section's (or the deck's) title. */
  repeatedTitles: string[];
  bulletsPerSlide: number[];
  charsPerBullet: number[];
}

const key = (s: string) => plainText(s).replace(/^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\d+[.、．])/u, '').replace(/[\s\p{P}\p{S}]+/gu, '');

export function slideMetrics(decks: Deck[]): SlideMetrics {
  const m: SlideMetrics = { slides: 0, fragmentTitles: [], repeatedTitles: [], bulletsPerSlide: [], charsPerBullet: [] };
  for (const deck of decks) {
    let section = '';
    for (const s of deck.slides) {
      const source = getAttr(s, 'data-source') ?? '';
      if (/^s\d+$/u.test(source) && s.attrs.some((a) => a.value.split(' ').includes('section'))) section = slideTitle(s) ?? '';
      if (!/p\d+$|^l\d+$/u.test(source)) continue;
      m.slides++;
      const title = plainText(slideTitle(s) ?? '');
      const notes = (s.notes ?? '').replace(/\s+/gu, '');
      const more = notes.length > title.replace(/（续）$/u, '').replace(/\s+/gu, '').length + 1;
      if (isFragmentTitle(title) && more) m.fragmentTitles.push(title);
      if (key(title.replace(/（续）$/u, '')) === key(section) || key(title) === key(deck.meta.title)) m.repeatedTitles.push(title);
      const bullets = slideBullets(s).map(plainText);
      m.bulletsPerSlide.push(bullets.length);
      for (const b of bullets) m.charsPerBullet.push([...b].length);
    }
  }
  return m;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
