/**
 * What the briefings print once, whatever the slide order: a paragraph shown on
 * a slide and its （续） slides, a heading, a speaker's passage. And the closing
 * block (附件, 署名, 成文日期, 附注) where GB/T 9704 puts it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck';
import type { Deck } from '../deck/model';
import { generateDeck } from '../deck/generate';
import { importText } from '../article/index';
import { wordParagraphDetails, wordParagraphs, zipText } from '../../../test/fixtures/export/ooxml';
import { exportDocx } from './docx-briefing';
import { STYLE } from './docx-paragraphs';

const shipped = parseDeck(readFileSync(new URL('../../../slides/01-以实干为民谋福.md', import.meta.url), 'utf8')).deck;

const sourceOf = (s: Deck['slides'][number]) => s.attrs.find((a) => a.name === 'data-source')?.value;

/** The deck with the second slide of a paragraph (its continuation) moved to just before the closing slide. */
function continuationMovedAway(deck: Deck): { deck: Deck; source: string; whole: string } {
  const slides = [...deck.slides];
  const seen = new Set<string>();
  const i = slides.findIndex((s) => {
    const src = sourceOf(s);
    if (!src || !/^s\d+p\d+$/u.test(src)) return false;
    if (seen.has(src)) return true;
    seen.add(src);
    return false;
  });
  const source = sourceOf(slides[i]!)!;
  const whole = deck.slides.filter((s) => sourceOf(s) === source).map((s) => s.notes ?? '').join('');
  const [moved] = slides.splice(i, 1);
  slides.splice(slides.length - 1, 0, moved!);
  return { deck: { ...deck, slides }, source, whole };
}

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
const paragraphs = async (deck: Deck, kind: 'full' | 'points' | 'handout'): Promise<string[]> =>
  wordParagraphs(await zipText(await exportDocx(deck, { kind }), 'word/document.xml'));

describe('printed once, whatever the slide order', () => {
  const { deck, source, whole } = continuationMovedAway(shipped);

  it('full text: a paragraph whose continuation slide was moved away is printed once, whole', async () => {
    const text = (await paragraphs(deck, 'full')).join('\n');
    expect(count(text, whole.slice(-30))).toBe(1);
    expect(count(text, whole.slice(0, 30))).toBe(1);
    expect(text).toEqual((await paragraphs(shipped, 'full')).join('\n'));
  });

  it('key points: its heading or sentence is printed once', async () => {
    const before = await paragraphs(shipped, 'points');
    expect(await paragraphs(deck, 'points')).toEqual(before);
  });

  it('handout: a passage carried by a slide and its continuation is printed once, the other points to it', async () => {
    // A deck made before the notes were split repeats the whole paragraph on every slide of it.
    const repeated: Deck = { ...deck, slides: deck.slides.map((s) => (sourceOf(s) === source ? { ...s, notes: whole } : s)) };
    const text = (await paragraphs(repeated, 'handout')).join('\n');
    expect(count(text, whole.slice(-30))).toBe(1);
    expect(text).toMatch(/讲稿：见第\d+页。/u);
    const split = (await paragraphs(deck, 'handout')).join('\n');
    expect(count(split, whole.slice(-30))).toBe(1);
  });
});

describe('key points are shorter than the full text', () => {
  it.each([0, 1])('shipped deck %i: points hold less than half the characters', async (i) => {
    const file = ['01-以实干为民谋福.md', '02-武进国家高新区.md'][i]!;
    const deck = parseDeck(readFileSync(new URL(`../../../slides/${file}`, import.meta.url), 'utf8')).deck;
    const chars = (ps: string[]) => ps.join('').length;
    expect(chars(await paragraphs(deck, 'points'))).toBeLessThan(chars(await paragraphs(deck, 'full')) / 2);
  });
});

const NOTICE = `关于开展学习活动的通知

各镇人民政府（街道办事处），区各有关部门：

为推动理论学习走深走实，经研究，决定开展学习活动。现将有关事项通知如下：

一、活动时间

2024年3月至12月。

二、工作要求

1.加强组织领导。各单位要高度重视，明确专人负责。

2.注重学用结合。要把学习成效转化为推动工作的实际成果。

附件：1.学习活动安排表
2.学习情况统计表

中共常州市武进区委宣传部
2024年2月26日

（此件公开发布）`;

describe('the closing block of a notice', async () => {
  const article = importText(NOTICE, 'notice.txt').articles[0]!;
  const deck = generateDeck(article);
  const xml = await zipText(await exportDocx(deck), 'word/document.xml');
  const details = wordParagraphDetails(xml);
  const texts = details.map((d) => d.text);

  it('travels in the front matter', () => {
    expect(deck.meta.closing).toEqual([
      { kind: 'attachment', text: '附件：1.学习活动安排表' },
      { kind: 'attachment', text: '2.学习情况统计表' },
      { kind: 'signature', text: '中共常州市武进区委宣传部' },
      { kind: 'date', text: '2024年2月26日' },
      { kind: 'note', text: '（此件公开发布）' },
    ]);
  });

  it('is printed after the text in GB/T 9704 order: 附件, 署名 over 成文日期, 附注', () => {
    const at = (t: string) => texts.indexOf(t);
    expect(at('附件：1.学习活动安排表')).toBeGreaterThan(texts.findIndex((t) => t.startsWith('2.注重学用结合')));
    expect(at('2.学习情况统计表')).toBe(at('附件：1.学习活动安排表') + 1);
    expect(at('中共常州市武进区委宣传部')).toBeGreaterThan(at('2.学习情况统计表'));
    expect(at('2024年2月26日')).toBe(at('中共常州市武进区委宣传部') + 1);
    expect(at('（此件公开发布）')).toBe(at('2024年2月26日') + 1);
  });

  it('sets 署名 and 日期 right-aligned: the date four characters from the margin, the 署名 centred on it', () => {
    const para = (t: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(`>${t}<`))!;
    const right = (p: string) => Number(/<w:ind [^>]*w:right="(\d+)"/.exec(p)![1]);
    const sig = para('中共常州市武进区委宣传部');
    const date = para('2024年2月26日');
    expect(sig).toContain('<w:jc w:val="right"/>');
    expect(date).toContain('<w:jc w:val="right"/>');
    // 12 characters of signature, 6.5 of date (digits are half width): 4 characters = 1280 twips at 三号.
    expect(right(date)).toBe(1280);
    expect(right(sig)).toBe(Math.round((4 - (12 - 6.5) / 2) * 320));
  });

  it('keeps the headings as written, in their level’s style', () => {
    const headings = details.filter((d) => d.style.startsWith('BriefHeading')).map((d) => [d.style, d.text]);
    expect(headings).toEqual([
      [STYLE.heading1, '一、活动时间'],
      [STYLE.heading1, '二、工作要求'],
    ]);
    const runIn = details.find((d) => d.text.startsWith('1.加强组织领导。'))!;
    expect(runIn.style).toBe(STYLE.body);
    expect(runIn.firstRun).toEqual({ font: '仿宋_GB2312', bold: true, text: '1.加强组织领导。' });
  });
});

describe('typesetting', async () => {
  const bytes = await exportDocx(generateDeck(importText(NOTICE, 'notice.txt').articles[0]!), {
    header: { name: '学习简报', issue: 3, unit: '区委办公室', date: '2024-07-01' },
    distribution: { report: '区委领导', copyTo: '区人大', sendTo: '各镇（街道）', copies: 60 },
  });
  const doc = await zipText(bytes, 'word/document.xml');
  const styles = await zipText(bytes, 'word/styles.xml');

  it('puts the 版记 in a table as wide as the text block, floated to the bottom of the text block, thick first and last rules', () => {
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(tbl).toMatch(/<w:tblpPr [^>]*w:tblpYSpec="bottom"[^>]*w:vertAnchor="margin"/);
    // Horizontally from the page edge at the left margin: LibreOffice floats it only with a page anchor.
    expect(tbl).toMatch(/<w:tblpPr [^>]*w:horzAnchor="page"/);
    expect(tbl).toMatch(/<w:tblpPr [^>]*w:tblpX="1587"/);
    expect(tbl).toContain('<w:tblW w:type="dxa" w:w="8845"/>');
    const rows = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.map((r) => wordParagraphs(r).join(''))).toEqual(['报：区委领导', '送：区人大', '发：各镇（街道）', '（共印60份）']);
    const sz = (r: string, side: string) => Number(new RegExp(`<w:${side} w:val="single"[^>]*w:sz="(\\d+)"`).exec(r)![1]);
    expect(sz(rows[0]!, 'top')).toBe(8);
    expect(sz(rows[0]!, 'bottom')).toBe(6);
    expect(sz(rows[3]!, 'bottom')).toBe(8);
  });

  it('turns off the gaps Word puts between Chinese and digits or Latin letters', () => {
    expect(styles).toMatch(/<w:pPrDefault><w:pPr>[^]*<w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
    expect(/<w:style [^>]*w:styleId="BriefBody"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('<w:autoSpaceDE w:val="0"/>');
  });

  it('breaks a long title at a word boundary into balanced lines', async () => {
    const deck = generateDeck(importText(NOTICE.replace('关于开展学习活动的通知', '武进国家高新区：为万亿之城再出发贡献硬核力量'), 'n.txt').articles[0]!);
    const xml = await zipText(await exportDocx(deck), 'word/document.xml');
    const title = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('BriefTitle'))!;
    expect(title).toMatch(/武进国家高新区：<\/w:t>[\s\S]*<w:br\/>[\s\S]*为万亿之城再出发贡献硬核力量/);
  });
});
