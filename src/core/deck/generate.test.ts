import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importText } from '../article/index';
import type { Article } from '../article/types';
import { generateDeck } from './generate';
import { chineseNumber } from './chinese-numbers';
import { deckFileText, parseDeck, serializeDeck } from './deck-markdown';
import { getAttr, getLayout } from './slide-attrs';
import { slideBullets, slideTitle } from './operations';
import { coverage, deckStreams, plainText } from './text-coverage';
import { wujinArticles } from '../../../test/fixtures/decks/wujin-articles';
import sample from '../../../test/fixtures/articles/wujin-articles.txt?raw';
import type { Deck } from './model';
import { deckToOutline } from '../export/deck-to-outline';
import { splitSentences } from './split-clauses';

const imported = importText(sample, 'wujin-articles.txt').articles;
const [first, second] = imported.map((a) => generateDeck(a));

const titles = (d: Deck) => d.slides.map((s) => slideTitle(s));
const byLayout = (d: Deck, layout: string) => d.slides.filter((s) => getLayout(s) === layout);

describe('the sample articles as decks', () => {
  it('opens with a cover: title, byline, where it ran', () => {
    const cover = first!.slides[0]!;
    expect(getLayout(cover)).toBe('cover');
    expect(cover.blocks[0]).toEqual({ kind: 'heading', depth: 1, text: '以实干为民谋福 用实绩书写答卷' });
    expect(cover.blocks.map((b) => ('text' in b ? b.text : ''))).toContain('区发改局党组书记、局长 祁斌');
    expect(first!.meta).toMatchObject({ title: '以实干为民谋福 用实绩书写答卷', byline: '区发改局党组书记、局长 祁斌', source: 'wujin-articles.txt', theme: 'party-red' });
  });

  it('lists the sections on a contents slide and keeps the headings as the author wrote them (bare)', () => {
    const contents = byLayout(first!, 'contents')[0]!;
    expect(slideBullets(contents)).toEqual(['始终把推动发展作为首要职责', '始终把坚强党性作为鲜明本色', '始终把共同富裕作为最大政绩']);
    const dividers = byLayout(first!, 'section');
    expect(dividers.map(slideTitle)).toEqual(['始终把推动发展作为首要职责', '始终把坚强党性作为鲜明本色', '始终把共同富裕作为最大政绩']);
    expect(dividers[0]!.blocks[1]).toEqual({ kind: 'paragraph', text: '奋力书写好“*乘势而上谋发展*”的新答卷' });
    expect(byLayout(second!, 'section').map(slideTitle)).toEqual(['多元载体 提升创新之核', '项目攻坚 夯实产业之基', '党建引领 澎湃发展之势']);
  });

  it('numbers bare headings only when asked (number: true)', () => {
    const numbered = generateDeck(imported[1]!, { number: true });
    expect(byLayout(numbered, 'section').map(slideTitle)).toEqual(['一、多元载体 提升创新之核', '二、项目攻坚 夯实产业之基', '三、党建引领 澎湃发展之势']);
  });

  it('records the source level beside data-source on dividers and lead-sentence slides', () => {
    const levels = first!.slides.filter((s) => getAttr(s, 'data-level') !== undefined).map((s) => [getAttr(s, 'data-source'), getAttr(s, 'data-level'), slideTitle(s)]);
    expect(levels).toContainEqual(['s1', '1', '始终把推动发展作为首要职责']);
    expect(levels).toContainEqual(['s2p1', '2', '在万亿之城再出发中提升贡献度']);
    // Ordinary paragraph slides carry no level: they are not headings.
    expect(first!.slides.filter((s) => getAttr(s, 'data-source') === 's1p1').every((s) => getAttr(s, 'data-level') === undefined)).toBe(true);
  });

  it('keeps four levels of a report with their numbering exactly (一、 （一） 1. （1） 一是)', () => {
    const text = ['关于全区重点工作推进情况的报告', '', '一、主要工作', '', '（一）加快项目建设，经济运行向好', '', '1.重点项目加快推进。坚持项目为王，新开工项目42个。', '', '（1）产业项目。全年签约项目86个，总投资超过500亿元。', '', '（2）民生项目。新建学校3所，新增学位4500个。', '', '2.营商环境持续优化。深化放管服改革，企业开办压缩至0.5天。', '', '二、存在的问题', '', '一是项目储备不足，后劲有待增强。重大项目偏少。', '', '二是要素保障偏紧，用地指标紧张。需要统筹。'].join('\n');
    const deck = generateDeck(importText(text, 'report.txt').articles[0]!);
    const withLevel = deck.slides.filter((s) => getAttr(s, 'data-level') !== undefined && !/（续）$/u.test(slideTitle(s) ?? ''));
    expect(withLevel.map((s) => `${getAttr(s, 'data-level')} ${(slideTitle(s) ?? '').replace(/\\(.)/gu, '$1')}`)).toEqual([
      '1 一、主要工作',
      '2 （一）加快项目建设，经济运行向好',
      '3 1.重点项目加快推进',
      '4 （1）产业项目',
      '4 （2）民生项目',
      '3 2.营商环境持续优化',
      '1 二、存在的问题',
      '2 一是项目储备不足，后劲有待增强',
      '2 二是要素保障偏紧，用地指标紧张',
    ]);
  });

  it('titles paragraph slides with the lead sentence, lead phrase or key phrase', () => {
    expect(titles(first!)).toContain('在万亿之城再出发中提升贡献度');
    expect(titles(first!)).toContain('理论学习当“*笃行*”');
    expect(titles(second!)).toContain('健全科创生态系统');
    expect(titles(second!)).toContain('事业发展，关键在人');
    const s = first!.slides.find((x) => slideTitle(x) === '在万亿之城再出发中提升贡献度')!;
    expect(slideBullets(s)[0]).toBe('坚持稳中求进、以进促稳、先立后破，持续提升经济运行质效');
    // "站在新的历史起点，……以“三大任务”为突破口，……": the opening clause is no title, the genre's 以…为… phrase is.
    expect(titles(first!)).not.toContain('站在新的历史起点');
    expect(titles(first!)).toContain('以“*三大任务*”为突破口');
    expect(titles(first!).some((t) => t?.startsWith('2024年是'))).toBe(false);
  });

  it('puts the whole paragraph, as plain text, in the notes', () => {
    const s = first!.slides.find((x) => slideTitle(x) === '在万亿之城再出发中提升贡献度')!;
    expect(s.notes).toBe(
      '在万亿之城再出发中提升贡献度。坚持稳中求进、以进促稳、先立后破，持续提升经济运行质效，优化完善经济运行指标体系，更加及时、精准开展经济监测预测预警，确保武进在全市各项指标的贡献份额只升不降，争先进位，在全省、全市“走在前、做示范”中展现新担当新作为。',
    );
    for (const d of [first!, second!]) for (const x of d.slides) expect(x.notes ?? '').not.toMatch(/\*/u);
  });

  it('gives every slide a data-source', () => {
    for (const d of [first!, second!]) {
      for (const s of d.slides) expect(getAttr(s, 'data-source')).toMatch(/^(title|contents|end|banner|l\d+|s\d+(p\d+)?)$/u);
    }
    const s = second!.slides.find((x) => slideTitle(x) === '健全科创生态系统')!;
    expect(getAttr(s, 'data-source')).toBe('s1p1');
  });

  it('continues a long paragraph on slides titled from their own content, its notes split with the bullets', () => {
    for (const d of [first!, second!]) for (const s of d.slides) expect(slideBullets(s).length).toBeLessThanOrEqual(6);
    const p = imported[1]!.sections[0]!.paragraphs[1]!; // 大力拓展空间资源……金梧桐……
    const slides = second!.slides.filter((s) => getAttr(s, 'data-source') === 's1p2');
    expect(slides.length).toBeGreaterThan(1);
    expect(slideTitle(slides[0]!)).toBe('大力拓展空间资源');
    const last = slides.at(-1)!;
    // The slide about the 金梧桐 talent policy is titled from it, not "大力拓展空间资源（续）".
    expect(slideTitle(last)).toMatch(/金梧桐/u);
    for (const s of slides.slice(1)) expect(slideTitle(s)).not.toMatch(/大力拓展空间资源/u);
    // Each slide's notes carry the passage it shows; together they carry the paragraph once.
    expect(slides.map((s) => s.notes).join('')).toBe(p);
    for (const s of slides) {
      const notes = s.notes!;
      for (const b of slideBullets(s)) expect(notes.replace(/\s/gu, '')).toContain(plainText(b).replace(/\s/gu, ''));
    }
  });

  it('marks figures with units and quoted terms', () => {
    const md = serializeDeck(second!) + serializeDeck(first!);
    for (const m of ['**约5000亩**', '**30万平方米**', '**1500套**', '“*拿地即开工*”', '“*一园一湾一谷一舱*”']) expect(md).toContain(m);
  });

  it('adds a 数说 slide where a section has three or more figures', () => {
    const figs = byLayout(second!, 'figures');
    expect(figs).toHaveLength(1);
    expect(slideTitle(figs[0]!)).toBe('数说');
    expect(getAttr(figs[0]!, 'data-source')).toBe('s1');
    expect(slideBullets(figs[0]!).join('\n')).toMatch(/约5000亩[\s\S]*30万平方米[\s\S]*1500套/u);
    expect(byLayout(first!, 'figures')).toHaveLength(0);
  });

  it("lets a speech's closing slide say its last words ('谢谢大家！') instead of a slide of their own, losing nothing", () => {
    const text = '在全区安全生产工作会议上的讲话\n\n区长　张某某\n\n同志们：\n\n今天召开全区安全生产工作会议，部署今年任务。\n\n一、认清形势\n\n去年以来，安全生产形势总体平稳，事故总量持续下降。\n\n同志们，安全生产责任重于泰山，让我们全力以赴抓好各项工作！\n\n谢谢大家！';
    const article = importText(text, 'speech.txt').articles[0]!;
    const deck = generateDeck(article);
    const last = deck.slides.at(-1)!;
    expect(getLayout(last)).toBe('closing');
    expect(slideTitle(last)).toBe('谢谢大家！');
    expect(deck.slides.filter((s) => /谢谢/u.test(slideTitle(s) ?? ''))).toHaveLength(1);
    expect(coverage(article, deck).ratio).toBe(1);
    const outline = deckToOutline(deck).articles[0]!;
    expect(outline.sections.at(-1)!.paragraphs.flatMap((p) => p.text).at(-1)).toBe('谢谢大家！');
    // Without a closing slide, the words keep their own slide.
    expect(generateDeck(article, { closing: false }).slides.some((s) => slideTitle(s)?.startsWith('谢谢大家'))).toBe(true);
  });

  it('closes with the banner when the article has one', () => {
    const last = second!.slides.at(-1)!;
    expect(getLayout(last)).toBe('closing');
    expect(slideTitle(last)).toBe('启航新征程 扬帆再出发');
    expect(getLayout(first!.slides.at(-1)!)).toBe('closing');
  });

  it('makes the same titles from the hand-transcribed article (lead sentences still in the paragraphs)', () => {
    const hand = generateDeck(wujinArticles[0]!);
    for (const t of ['在万亿之城再出发中提升贡献度', '在新能源之都建设中扩大首位度', '理论学习当“*笃行*”', '构建城乡融合新格局']) {
      expect(titles(hand)).toContain(t);
    }
  });
});

describe('options', () => {
  const a = imported[1]!;
  it('详细 (full): bullets are whole sentences, and the slides alone carry every character', () => {
    const d = generateDeck(a, { density: 'full' });
    expect(generateDeck(a, { detail: 'full' })).toEqual(d);
    const bullets = d.slides.flatMap(slideBullets);
    expect(bullets.some((b) => b.endsWith('。'))).toBe(true);
    const letters = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');
    const slidesOnly = letters(deckStreams(d).slides);
    for (const p of a.sections.flatMap((s) => s.paragraphs)) for (const s of splitSentences(p)) expect(slidesOnly).toContain(letters(s));
  });
  it('max bullets, theme, no contents, no closing', () => {
    const d = generateDeck(a, { maxBullets: 3, theme: 'deep-blue', contents: false, closing: false });
    expect(d.meta.theme).toBe('deep-blue');
    for (const s of d.slides) expect(slideBullets(s).length).toBeLessThanOrEqual(3);
    expect(byLayout(d, 'contents')).toHaveLength(0);
    expect(byLayout(d, 'closing')).toHaveLength(0);
  });
});

describe('pieces', () => {
  it('numbers in Chinese', () => {
    expect([1, 3, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual(['一', '三', '十', '十一', '二十', '二十一', '九十九']);
  });
  it('gives a salutation paragraph no slide of its own: it opens the notes of the next slide', () => {
    const d = generateDeck({ ...imported[1]!, lead: ['同志们：', '今天召开全区作风建设推进会，主要任务是总结前一阶段工作，部署下一步任务。'], sections: [] });
    const l = d.slides.filter((s) => /^l\d/u.test(getAttr(s, 'data-source') ?? ''));
    expect(l).toHaveLength(1);
    expect(getAttr(l[0]!, 'data-source')).toBe('l2');
    expect(l[0]!.notes).toMatch(/^同志们：今天召开/u);
    expect(titles(d)).not.toContain('同志们');
  });
});

// ---- nothing lost (property) ----

const sentenceArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'学习贯彻精神推动发展项目园区科创载体中国式现代化建设abc0123456789、“”（）约亩套万平方米%*#<-+'.split('')), minLength: 1, maxLength: 60 }),
    fc.constantFrom('。', '；', '！', '？', '，', ''),
  )
  .map(([t, end]) => t + end);
const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 12 }).map((ss) => ss.join('').trim()).filter((p) => p !== '');
const articleArb: fc.Arbitrary<Article> = fc.record({
  title: fc.option(fc.constantFrom('学习会', '以实干为民谋福 用实绩书写答卷'), { nil: null }),
  subtitle: fc.constant(null),
  byline: fc.option(fc.constant('记者 某某'), { nil: null }),
  lead: fc.array(paragraphArb, { maxLength: 2 }),
  sections: fc.array(
    fc.record({
      heading: fc.constantFrom('多元载体 提升创新之核', '一、学习要求', '在万亿之城再出发中提升贡献度。', '始终把推动发展作为首要职责，奋力书写好“乘势而上谋发展”的新答卷'),
      level: fc.constantFrom(1 as const, 2 as const),
      paragraphs: fc.array(paragraphArb, { maxLength: 4 }),
    }),
    { maxLength: 5 },
  ),
  extras: fc.constant([]),
  sourceName: fc.constant('x.txt'),
  encoding: fc.constant('utf-8'),
});

describe('nothing lost (property)', () => {
  it('every sentence of every paragraph is in the deck file, in order, once in the notes, in every density', () => {
    fc.assert(
      fc.property(articleArb, fc.constantFrom('brief' as const, 'standard' as const, 'full' as const), fc.integer({ min: 1, max: 8 }), (article, density, maxBullets) => {
        const made = generateDeck(article, { density, maxBullets });
        // The import writes decks with deckFileText: the same file as serializeDeck.
        expect(deckFileText(made)).toBe(serializeDeck(made));
        const deck = parseDeck(serializeDeck(made)).deck;
        const report = coverage(article, deck);
        expect(report.problems).toEqual([]);
        for (const s of deck.slides) expect(slideBullets(s).length).toBeLessThanOrEqual(maxBullets);
        // Every paragraph is in the notes exactly once (split over its slides, never repeated).
        const noSpace = (t: string) => t.replace(/\s+/gu, '');
        const notes = noSpace(deckStreams(deck).notes);
        const paragraphs = [...article.lead, ...article.sections.flatMap((x) => x.paragraphs)].map(noSpace).filter((p) => p !== '');
        expect(notes.length).toBeLessThanOrEqual(paragraphs.join('').length + article.sections.reduce((n, x) => n + noSpace(x.heading).length, 0));
        if (density === 'full') {
          // Full detail puts every letter on the slides themselves, notes aside.
          const letters = (t: string) => t.replace(/[\s\p{P}\p{S}]+/gu, '');
          const onSlides = letters(deckStreams(deck).slides);
          for (const p of [...article.lead, ...article.sections.flatMap((x) => x.paragraphs)]) for (const s of splitSentences(p)) expect(onSlides).toContain(letters(s));
        }
      }),
      { numRuns: 200 },
    );
  });
});
