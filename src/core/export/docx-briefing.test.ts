import { describe, expect, it } from 'vitest';
import { wujinArticles, wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { slidePicturePng } from '../../../test/fixtures/export/slide-picture';
import { styleXml, wordParagraphs, zipNames, zipText } from '../../../test/fixtures/export/ooxml';
import { exportDocx } from './docx-briefing';
import { STYLE } from './docx-paragraphs';
import { gridCharSpace, mm, resolveDocxStyle, textWidthPt } from './docx-styles';

const attr = (xml: string, el: string, name: string): string | undefined =>
  new RegExp(`<${el}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('official layout (GB/T 9704-2012) in the XML', async () => {
  const bytes = await exportDocx(wujinDeck(0), {
    header: { name: '学习简报', issue: 3, unit: '区委办公室', date: '2024-07-01' },
    distribution: { report: '区委、区政府领导', sendTo: '各镇（街道）', copies: 60 },
  });
  const doc = await zipText(bytes, 'word/document.xml');
  const styles = await zipText(bytes, 'word/styles.xml');
  const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(doc)![0];

  it('is A4 with margins 37/35/28/26 mm as integer twips (天头 top, 订口 left)', () => {
    expect(attr(sectPr, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sectPr, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(sectPr, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(sectPr, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(sectPr, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(sectPr, 'w:pgMar', 'w:right')).toBe('1474');
    expect([mm(37), mm(35), mm(28), mm(26)]).toEqual([2098, 1984, 1587, 1474]);
  });

  it('has a 22 × 28 document grid for Word and WPS', () => {
    expect(attr(sectPr, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    expect(attr(sectPr, 'w:docGrid', 'w:linePitch')).toBe('579');
    // Pitch = Normal font size (docDefaults) + charSpace/4096 pt; 28 of them fill the 156 mm text width, 29 do not.
    const base = Number(attr(styles, 'w:sz', 'w:val')) / 2;
    const pitch = base + Number(attr(sectPr, 'w:docGrid', 'w:charSpace')) / 4096;
    const s = resolveDocxStyle('official');
    expect(textWidthPt(s)).toBeCloseTo(442.25, 2);
    expect(Math.floor(textWidthPt(s) / pitch)).toBe(28);
    expect(gridCharSpace(s)).toBe(Number(attr(sectPr, 'w:docGrid', 'w:charSpace')));
    // 22 lines of 28.95 pt fit the 225 mm text block.
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(23 * 579).toBeGreaterThan(16838 - 2098 - 1984);
  });

  it('sets the body in 三号 仿宋 (eastAsia slot, Latin font beside it), exact 28.95 pt lines, two-character indent', () => {
    const body = styleXml(styles, STYLE.body);
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(body, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(body, 'w:rFonts', 'w:hAnsi')).toBe('Times New Roman');
    expect(attr(body, 'w:sz', 'w:val')).toBe('32');
    expect(attr(body, 'w:spacing', 'w:line')).toBe('579');
    expect(attr(body, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(body, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(body, 'w:ind', 'w:firstLine')).toBe('640');
  });

  it('sets the title in 二号 方正小标宋简体, centred; 一、 in 黑体, （一） in 楷体, 三号', () => {
    const title = styleXml(styles, STYLE.title);
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(attr(styleXml(styles, STYLE.heading1), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(styleXml(styles, STYLE.heading1), 'w:sz', 'w:val')).toBe('32');
    expect(attr(styleXml(styles, STYLE.heading2), 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    // The run-in topic sentence (level 2) is a 楷体 run inside a 仿宋 body paragraph, as written (no added （一）).
    expect(doc).toMatch(/w:eastAsia="楷体_GB2312"[^]*?<w:t xml:space="preserve">在万亿之城再出发中提升贡献度。<\/w:t>/);
    // 1. 仿宋 bold, （1） 仿宋.
    expect(attr(styleXml(styles, STYLE.heading3), 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(styleXml(styles, STYLE.heading3)).toMatch(/<w:b\/>/);
    expect(attr(styleXml(styles, STYLE.heading4), 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(styleXml(styles, STYLE.heading4)).not.toMatch(/<w:b\/>/);
  });

  it('numbers pages "— 1 —" in 四号 宋体, odd pages right and even pages left', async () => {
    const settings = await zipText(bytes, 'word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const rels = await zipText(bytes, 'word/_rels/document.xml.rels');
    const footer = async (type: string): Promise<string> => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(sectPr)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return zipText(bytes, `word/${target}`);
    };
    const odd = await footer('default');
    const even = await footer('even');
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    for (const f of [odd, even]) {
      expect(f).toMatch(/— <\/w:t>[^]*PAGE[^]*<w:t xml:space="preserve"> —/);
      expect(f).toContain(`w:pStyle w:val="${STYLE.footer}"`);
    }
    const pn = styleXml(styles, STYLE.footer);
    expect(attr(pn, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
    // The digits are in the footer font too, not in the body's Latin font.
    expect(attr(pn, 'w:rFonts', 'w:ascii')).toBe('宋体');
    expect(attr(pn, 'w:rFonts', 'w:hAnsi')).toBe('宋体');
    expect(attr(pn, 'w:sz', 'w:val')).toBe('28');
  });

  it('turns widow/orphan control off for the whole document, so every page holds 22 lines', () => {
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/>/);
  });

  it('writes LineRuleType.EXACT ("exact"), never the invalid "exactly"', async () => {
    expect(styles + doc).not.toContain('"exactly"');
  });

  it('puts the masthead first: red name, 第3期, unit left and date (2024年7月1日) right, red rule', () => {
    const paras = wordParagraphs(doc);
    expect(paras.slice(0, 3)).toEqual(['学习简报', '第3期', '区委办公室\t2024年7月1日']);
    expect(attr(styleXml(styles, STYLE.mastName), 'w:color', 'w:val')).toBe('E60012');
    expect(doc).toMatch(/<w:bottom [^>]*w:color="E60012"/);
  });

  it('ends with the 版记: 报/发 lines and the print run', () => {
    const paras = wordParagraphs(doc).filter(Boolean);
    expect(paras.slice(-3)).toEqual(['报：区委、区政府领导', '发：各镇（街道）', '（共印60份）']);
  });

  it('contains the article: title, byline, headings 一、二、三、 and every paragraph, plain (no Markdown marks)', () => {
    const text = wordParagraphs(doc).join('\n');
    const a = wujinArticles[0]!;
    expect(text).toContain(a.title);
    expect(text).toContain(a.byline);
    a.sections.forEach((s, i) => expect(text).toContain(`${'一二三'[i]}、${s.heading}`));
    for (const p of a.sections.flatMap((s) => s.paragraphs)) expect(text).toContain(p.slice(-20));
    expect(text).not.toMatch(/\*\*|\*“/);
  });
});

describe('kinds and styles', () => {
  it('key points: headings as written, each point a whole sentence, far shorter than the full text', async () => {
    const deck = wujinDeck(1);
    const text = wordParagraphs(await zipText(await exportDocx(deck, { kind: 'points' }), 'word/document.xml'));
    expect(text[0]).toBe(`${wujinArticles[1]!.title}（要点）`);
    expect(text).toContain('一、多元载体 提升创新之核');
    // The sentence the clause came from, not the clause with an added stop.
    expect(text).toContain('大力拓展空间资源，加强低效用地整治，形成约5000亩工业用地。');
    expect(text).not.toContain('形成约5000亩工业用地。');
    const full = wordParagraphs(await zipText(await exportDocx(deck), 'word/document.xml'));
    const chars = (ps: string[]) => ps.join('').length;
    expect(chars(text)).toBeLessThan(chars(full) / 2);
    // Every point is a whole sentence of the article.
    const article = full.join('');
    for (const t of text.slice(3).filter((x) => /[。！？]$/u.test(x))) expect(article).toContain(t);
  });

  it('handout: one block per slide with its title, numbered bullets and the notes', async () => {
    const deck = wujinDeck(0);
    const text = wordParagraphs(await zipText(await exportDocx(deck, { kind: 'handout' }), 'word/document.xml'));
    deck.slides.forEach((_, i) => expect(text.some((t) => t.startsWith(`第${i + 1}页`))).toBe(true));
    expect(text).toContain('1. 坚持稳中求进、以进促稳、先立后破');
    expect(text.some((t) => t.startsWith('讲稿：坚持稳中求进'))).toBe(true);
  });

  it('handout: puts the supplied slide pictures in', async () => {
    const png = slidePicturePng;
    const deck = wujinDeck(0);
    const bytes = await exportDocx(deck, { kind: 'handout' }, { slidePictures: [png, null, png] });
    expect((await zipNames(bytes)).filter((n) => n.startsWith('word/media/'))).toHaveLength(1); // stored once
    const doc = await zipText(bytes, 'word/document.xml');
    expect(doc.match(/<w:drawing>/g)).toHaveLength(2);
    // Pictures keep their aspect ratio (the fixture is 161 × 90 px).
    const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(doc)!.slice(1).map(Number);
    expect(cx! / cy!).toBeCloseTo(161 / 90, 1);
    const off = await exportDocx(deck, { kind: 'handout', slidePictures: false }, { slidePictures: [png] });
    expect((await zipNames(off)).filter((n) => n.startsWith('word/media/'))).toHaveLength(0);
  });

  it('plain style: no character grid, ordinary margins, emphasis kept as bold, one footer', async () => {
    const bytes = await exportDocx(wujinDeck(1), { style: 'plain', kind: 'handout' });
    const doc = await zipText(bytes, 'word/document.xml');
    expect(doc).not.toContain('linesAndChars');
    expect(attr(doc, 'w:pgMar', 'w:top')).toBe('1440');
    expect(doc).toMatch(/<w:b\/>[^]*?<w:t xml:space="preserve">约5000亩<\/w:t>/);
    expect(await zipText(bytes, 'word/settings.xml')).not.toContain('<w:evenAndOddHeaders/>');
  });

  it('uses the fonts the user chose', async () => {
    const bytes = await exportDocx(wujinDeck(0), { fonts: { body: '仿宋', heading2: '楷体', title: '华文中宋' } });
    const styles = await zipText(bytes, 'word/styles.xml');
    expect(attr(styleXml(styles, STYLE.body), 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(attr(styleXml(styles, STYLE.heading2), 'w:rFonts', 'w:eastAsia')).toBe('楷体');
    expect(attr(styleXml(styles, STYLE.title), 'w:rFonts', 'w:eastAsia')).toBe('华文中宋');
  });

  it('keeps headings as written; numbers bare ones only when asked', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseDeck } = await import('../deck');
    const deck = parseDeck(readFileSync(new URL('../../../slides/01-以实干为民谋福.md', import.meta.url), 'utf8')).deck;
    const plain = wordParagraphs(await zipText(await exportDocx(deck), 'word/document.xml'));
    const on = wordParagraphs(await zipText(await exportDocx(deck, { numberPoints: true }), 'word/document.xml'));
    expect(plain.some((t) => t.startsWith('始终把推动发展作为首要职责'))).toBe(true);
    expect(plain.some((t) => /^[一二三]、|^（[一二三]）/u.test(t))).toBe(false);
    expect(on.some((t) => t.startsWith('一、始终把推动发展作为首要职责'))).toBe(true);
    expect(on.some((t) => t.startsWith('（三）实现富民增收新突破。'))).toBe(true);
    // A topic sentence ending in a quote still gets its full stop back.
    expect(on.some((t) => t.startsWith('（二）调查研究需“真行”。调查研究连着党心与民心'))).toBe(true);
  });
});

describe('full text from a shipped deck', () => {
  it('sets a topic sentence once, as the run-in （一） heading, not again at the start of its paragraph', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseDeck } = await import('../deck');
    const text = readFileSync(new URL('../../../slides/01-以实干为民谋福.md', import.meta.url), 'utf8');
    const bytes = await exportDocx(parseDeck(text).deck);
    const paras = wordParagraphs(await zipText(bytes, 'word/document.xml'));
    const p = paras.find((x) => x.includes('在万亿之城再出发中提升贡献度'));
    expect(p).toMatch(/^在万亿之城再出发中提升贡献度。坚持稳中求进/);
    expect(p!.split('在万亿之城再出发中提升贡献度').length - 1).toBe(1);
  });
});
