import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../deck/model';
import { multiArticleDeck, wujinArticles, wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import type { OutlineArticle } from './deck-to-outline';
import { deckToOutline } from './deck-to-outline';

/** The article's paragraphs as the full-text briefing writes them (topic sentence put back in front). */
function rebuiltParagraphs(a: OutlineArticle): string[] {
  const out = a.lead.flatMap((p) => p.text);
  for (const s of a.sections) {
    const texts = s.paragraphs.filter((p) => !p.derived).flatMap((p) => p.text);
    if (s.inline) {
      const [first, ...rest] = texts;
      out.push(`${s.heading}。${first ?? ''}`, ...rest);
    } else out.push(...texts);
  }
  return out;
}

const slide = (attrs: Record<string, string>, blocks: Slide['blocks'], notes: string | null = null): Slide => ({
  attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })),
  blocks,
  notes,
});

describe('deckToOutline', () => {
  it.each([0, 1])('rebuilds every paragraph of sample article %i, in order, once', (i) => {
    const { articles } = deckToOutline(wujinDeck(i));
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    const src = wujinArticles[i]!;
    expect(a.title).toBe(src.title);
    expect(a.byline).toBe(src.byline);
    expect(rebuiltParagraphs(a)).toEqual(src.sections.flatMap((s) => s.paragraphs));
    // Headings as the deck writes them, numbering included (the fixture's dividers carry 一、二、三、).
    expect(a.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(src.sections.map((s, k) => `${'一二三四五六七八九十'[k]}、${s.heading}`));
  });

  it('turns topic-sentence paragraphs into inline level-2 sections', () => {
    const a = deckToOutline(wujinDeck(0)).articles[0]!;
    const points = a.sections.filter((s) => s.level === 2);
    expect(points.map((s) => s.heading)).toContain('在万亿之城再出发中提升贡献度');
    expect(points.map((s) => s.heading)).toContain('构建城乡融合新格局');
    expect(points.every((s) => s.inline)).toBe(true);
  });

  it('merges "（续）" slides into their paragraph by data-source, keeping all bullets', () => {
    const deck = wujinDeck(1);
    const bySource = new Map<string, number>();
    for (const s of deck.slides) {
      const src = s.attrs.find((x) => x.name === 'data-source')?.value ?? '';
      if (/^s\d+p\d+$/.test(src)) bySource.set(src, (bySource.get(src) ?? 0) + s.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [])).length);
    }
    expect([...bySource.values()].some((n) => n > 4)).toBe(true); // the fixture has continuation slides
    const paras = deckToOutline(deck).articles[0]!.sections.flatMap((s) => s.paragraphs).filter((p) => !p.derived);
    expect(paras.map((p) => p.source)).toEqual([...bySource.keys()]);
    for (const p of paras) expect(p.bullets.length).toBe(bySource.get(p.source!));
  });

  it('marks the section-level "数说" slide as derived so the text is not repeated', () => {
    const a = deckToOutline(wujinDeck(1)).articles[0]!;
    const derived = a.sections.flatMap((s) => s.paragraphs).filter((p) => p.derived);
    expect(derived.map((p) => p.title)).toEqual(['数说']);
    expect(derived[0]!.text).toEqual([]);
  });

  it('starts a new article at every cover slide', () => {
    const { articles } = deckToOutline(multiArticleDeck(5));
    expect(articles.map((a) => a.title)).toEqual([0, 1, 0, 1, 0].map((i) => wujinArticles[i]!.title));
    expect(articles.map((a) => a.byline)).toEqual([0, 1, 0, 1, 0].map((i) => wujinArticles[i]!.byline));
  });

  it('reads data-level (1–4) and keeps headings exactly as written', () => {
    const deck: Deck = {
      meta: { title: '报告', theme: 'clean-white' },
      slides: [
        slide({ class: 'section', 'data-source': 's1', 'data-level': '1' }, [{ kind: 'heading', depth: 1, text: '一、主要工作' }]),
        slide({ class: 'section', 'data-source': 's2', 'data-level': '2' }, [{ kind: 'heading', depth: 1, text: '（一）加快项目建设' }]),
        slide({ class: 'bullets', 'data-source': 's3p1', 'data-level': '3' }, [{ kind: 'heading', depth: 2, text: '1.重点项目加快推进' }], '1.重点项目加快推进。新开工项目42个。'),
        slide({ class: 'bullets', 'data-source': 's4p1', 'data-level': '4' }, [{ kind: 'heading', depth: 2, text: '（1）产业项目' }], '（1）产业项目。签约项目86个。'),
      ],
    };
    const a = deckToOutline(deck).articles[0]!;
    expect(a.sections.map((s) => [s.level, s.heading, s.inline])).toEqual([
      [1, '一、主要工作', false],
      [2, '（一）加快项目建设', false],
      [3, '1.重点项目加快推进', true],
      [4, '（1）产业项目', true],
    ]);
  });

  it('merges a （续） slide moved away from its first slide into the same paragraph', () => {
    const deck = wujinDeck(1);
    const slides = [...deck.slides];
    const i = slides.findIndex((s) => s.blocks.some((b) => b.kind === 'heading' && b.text.endsWith('（续）')));
    const [moved] = slides.splice(i, 1);
    slides.splice(slides.length - 1, 0, moved!);
    const before = deckToOutline(deck).articles[0]!;
    const after = deckToOutline({ ...deck, slides }).articles[0]!;
    const texts = (a: OutlineArticle) => a.sections.flatMap((s) => s.paragraphs).flatMap((p) => p.text);
    expect(texts(after)).toEqual(texts(before));
  });

  it('keeps lead paragraphs, hand-made slides without data-source, and explicit （一） sections', () => {
    const deck: Deck = {
      meta: { title: '标题', byline: '作者', theme: 'clean-white' },
      slides: [
        slide({ class: 'bullets', 'data-source': 'l1' }, [{ kind: 'heading', depth: 2, text: '导语' }], '导语段落。'),
        slide({ class: 'section', 'data-source': 's1' }, [{ kind: 'heading', depth: 1, text: '一、第一部分' }]),
        slide({ class: 'section', 'data-source': 's2' }, [{ kind: 'heading', depth: 2, text: '（一）小节' }]),
        slide({ class: 'bullets', 'data-source': 's2p1' }, [{ kind: 'heading', depth: 2, text: '要点' }], '小节正文。'),
        slide({ class: 'bullets' }, [{ kind: 'heading', depth: 2, text: '补充' }, { kind: 'list', ordered: false, items: [{ text: '**新增**一点', depth: 0 }] }]),
      ],
    };
    const a = deckToOutline(deck).articles[0]!;
    expect(a.title).toBe('标题');
    expect(a.lead.map((p) => p.text)).toEqual([['导语段落。']]);
    expect(a.sections.map((s) => [s.level, s.heading, s.inline])).toEqual([
      [1, '一、第一部分', false],
      [2, '（一）小节', false],
    ]);
    expect(a.sections[1]!.paragraphs.map((p) => p.text)).toEqual([['小节正文。'], ['新增一点']]);
  });
});
