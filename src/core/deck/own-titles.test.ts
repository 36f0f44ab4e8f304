import { describe, expect, it } from 'vitest';
import { importText } from '../article/index';
import { generateDeck } from './generate';
import { getAttr } from './slide-attrs';
import { slideBullets, slideTitle } from './operations';
import { plainText } from './text-coverage';
import { DENSITIES } from './statements';
import { isFragmentTitle } from './slide-title';
import notice from '../../../test/fixtures/articles/portal-meta-title-only.txt?raw';
import news from '../../../test/fixtures/articles/news-two-line-title.txt?raw';

/** Content slides: those made from a paragraph (data-source l3, s2p1). */
const contentSlides = (text: string, name: string, density: (typeof DENSITIES)[number]) => {
  const [article] = importText(text, name).articles;
  const deck = generateDeck(article!, { density });
  return { deck, slides: deck.slides.filter((s) => /p\d+$|^l\d+$/u.test(getAttr(s, 'data-source') ?? '')) };
};
const squeeze = (s: string) => plainText(s).replace(/[\s\p{P}\p{S}]+/gu, '');

describe('a content slide is titled from its own text, never with the deck’s title', () => {
  for (const [name, text] of [
    ['portal-meta-title-only.txt', notice],
    ['news-two-line-title.txt', news],
  ] as const) {
    for (const density of DENSITIES) {
      it(`${name}, ${density}`, () => {
        const { deck, slides } = contentSlides(text, name, density);
        expect(slides.length).toBeGreaterThan(0);
        for (const s of slides) {
          const title = plainText(slideTitle(s) ?? '');
          expect(squeeze(title), title).not.toBe(squeeze(deck.meta.title));
          // Its own text: what the title says is in the passage the slide's notes carry.
          // (An enumeration may be shortened to its first item: "A、B、C等" → "A等".)
          const notes = squeeze(s.notes ?? '');
          for (const part of title.split('等')) expect(notes, title).toContain(squeeze(part));
        }
      });
    }
  }

  it('states a one-sentence paragraph with no shorter title as its title (the notice’s closing request)', () => {
    const { slides } = contentSlides(notice, 'portal-meta-title-only.txt', 'standard');
    const last = slides.at(-1)!;
    expect(slideTitle(last)).toBe('请各镇、街道于每季度末前将改造进展情况报送区住房城乡建设局');
    expect(slideBullets(last)).toEqual([]);
    expect(last.notes).toBe('请各镇、街道于每季度末前将改造进展情况报送区住房城乡建设局。');
  });

  it('shortens an enumeration closed by 等 to its first item for a key phrase', () => {
    const { slides } = contentSlides(news, 'news-two-line-title.txt', 'standard');
    expect(slides.map((s) => slideTitle(s))).toContain('此次签约项目涵盖新能源汽车核心零部件等领域');
  });

  it('a document title (关于…的通知) is a whole phrase, not an opening clause', () => {
    expect(isFragmentTitle('关于印发《武进区老旧小区改造三年行动计划》的通知')).toBe(false);
    expect(isFragmentTitle('关于全区安全生产形势')).toBe(true);
  });
});
