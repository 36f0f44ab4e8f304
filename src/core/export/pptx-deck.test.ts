import { describe, expect, it } from 'vitest';
import { wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { slidePicturePng } from '../../../test/fixtures/export/slide-picture';
import { zipNames, zipText } from '../../../test/fixtures/export/ooxml';
import { exportPptx } from './pptx-deck';
import { colourBullets, dropRepeatedParagraphProps, fixPresentationXml } from './pptx-postprocess';
import { parseDeck } from '../deck';
import { readFileSync } from 'node:fs';
import { pptxThemes } from './pptx-theme';

const deck = wujinDeck(1);
deck.slides[3]!.blocks.push({ kind: 'image', alt: '园区示意图', src: 'deck.assets/map.png' });
const bytes = await exportPptx(deck, {}, { assets: (src) => (src === 'deck.assets/map.png' ? slidePicturePng : null) });
const names = await zipNames(bytes);
const slideXml = (n: number): Promise<string> => zipText(bytes, `ppt/slides/slide${n}.xml`);
const texts = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);

describe('exportPptx', () => {
  it('makes one 16:9 slide per deck slide', async () => {
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(deck.slides.length);
    const pres = await zipText(bytes, 'ppt/presentation.xml');
    const [cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(pres)!.slice(1).map(Number);
    expect(cx! / cy!).toBeCloseTo(16 / 9, 2);
  });

  it('writes a slide’s bullets as bullet paragraphs of one text box', async () => {
    const xml = await slideXml(4);
    const list = deck.slides[3]!.blocks.find((b) => b.kind === 'list')!;
    const bodies = [...xml.matchAll(/<p:txBody>[\s\S]*?<\/p:txBody>/g)].map((m) => m[0]);
    const box = bodies.find((b) => b.includes('新的一年'))!;
    expect(box.match(/<a:p>/g)).toHaveLength(list.kind === 'list' ? list.items.length : 0);
    expect(box.match(/<a:buChar /g)).toHaveLength(list.kind === 'list' ? list.items.length : 0);
  });

  it("draws no diamond before a point that carries the author's own number, as the slide CSS", async () => {
    const listDeck = parseDeck('---\ntitle: 列表\n---\n\n## 经济总量、科技创新、民生保障\n\n- 1\\. 经济总量迈上新台阶\n- 2\\. 科技创新实现新突破\n- 3.5万亿元的经济总量\n').deck;
    const xml = await zipText(await exportPptx(listDeck), 'ppt/slides/slide1.xml');
    const box = [...xml.matchAll(/<p:txBody>[\s\S]*?<\/p:txBody>/g)].map((m) => m[0]).find((b) => b.includes('经济总量迈上'))!;
    expect(box.match(/<a:buNone\/>/g)).toHaveLength(2);
    expect(box.match(/<a:buChar /g)).toHaveLength(1);
    expect(texts(box).join('')).toContain('1. 经济总量迈上新台阶');
  });

  it('keeps the title and bullet text, figures in the accent colour, Markdown marks gone', async () => {
    const all = (await Promise.all(deck.slides.map((_, i) => slideXml(i + 1)))).join('');
    expect(texts(all).join('')).not.toMatch(/\*/);
    expect(all).toMatch(new RegExp(`<a:rPr [^>]*b="1"[^>]*>(?:(?!</a:rPr>)[\\s\\S])*?${pptxThemes['party-red'].figure}[\\s\\S]*?<a:t>约5000亩</a:t>`));
  });

  it('sets Chinese fonts in the East Asian slot, on runs and in the theme', async () => {
    const xml = await slideXml(4);
    expect(xml).toContain(`<a:ea typeface="${pptxThemes['party-red'].bodyFont}"`);
    expect(xml).toContain('lang="zh-CN"');
    const theme = await zipText(bytes, 'ppt/theme/theme1.xml');
    expect(theme).toContain(`<a:ea typeface="${pptxThemes['party-red'].headFont}"/>`);
    expect(theme).toContain(`<a:ea typeface="${pptxThemes['party-red'].bodyFont}"/>`);
    expect(theme).toContain(`<a:accent1><a:srgbClr val="${pptxThemes['party-red'].primary}"/></a:accent1>`);
  });

  it('puts the speaker notes in the notes pane', async () => {
    const withNotes = deck.slides.map((s, i) => [s, i] as const).filter(([s]) => s.notes);
    expect(withNotes.length).toBeGreaterThan(3);
    for (const [s, i] of withNotes) {
      const rels = await zipText(bytes, `ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1];
      const notes = texts(await zipText(bytes, `ppt/notesSlides/${target}`)).join('');
      expect(notes).toContain(s.notes!.slice(0, 30));
    }
  });

  it('keeps the deck’s images', async () => {
    expect(names.filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(1);
    expect(await slideXml(4)).toContain('descr="园区示意图"');
  });

  it('keeps one a:pPr per paragraph, before its runs', () => {
    const xml = '<a:p><a:pPr algn="ctr"/><a:r><a:t>一</a:t></a:r><a:pPr algn="ctr"></a:pPr><a:r><a:t>二</a:t></a:r></a:p><a:p><a:endParaRPr/></a:p>';
    expect(dropRepeatedParagraphProps(xml)).toBe('<a:p><a:pPr algn="ctr"/><a:r><a:t>一</a:t></a:r><a:r><a:t>二</a:t></a:r></a:p><a:p><a:endParaRPr/></a:p>');
  });

  it('puts every slide title in a real title placeholder (outline view, accessibility checkers)', async () => {
    for (let i = 1; i <= deck.slides.length; i++) {
      const xml = await slideXml(i);
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/.exec(xml);
      expect(title, `slide ${i}`).not.toBeNull();
      expect(texts(title![0]).join('').length, `slide ${i}`).toBeGreaterThan(0);
    }
  });

  it('puts the footer and the page number on content slides, not on the cover or dividers', async () => {
    const layouts = deck.slides.map((s) => s.attrs.find((a) => a.name === 'class')?.value ?? 'bullets');
    for (let i = 0; i < deck.slides.length; i++) {
      const xml = await slideXml(i + 1);
      const hero = ['cover', 'section', 'closing'].includes(layouts[i]!);
      expect(xml.includes('type="sldNum"'), `slide ${i + 1} ${layouts[i]}`).toBe(!hero);
      expect(texts(xml).includes(deck.meta.title), `slide ${i + 1}`).toBe(!hero && layouts[i] !== 'cover');
    }
  });

  it('gives a divider its large number as a separate shape, its heading text as written', async () => {
    const i = deck.slides.findIndex((s) => s.attrs.some((a) => a.value === 'section'));
    const xml = await slideXml(i + 1);
    expect(xml).toMatch(/name="章节序号"[\s\S]*?<a:t>01<\/a:t>/);
    const heading = deck.slides[i]!.blocks.find((b) => b.kind === 'heading')!;
    expect(texts(xml).join('')).toContain(heading.kind === 'heading' ? heading.text : '');
  });

  it('draws the 数说 slide as figure cards: each figure its own large paragraph', async () => {
    const i = deck.slides.findIndex((s) => s.attrs.some((a) => a.value === 'figures'));
    const xml = await slideXml(i + 1);
    const boxes = [...xml.matchAll(/name="数说"[\s\S]*?<\/p:sp>/g)];
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(xml).toMatch(/<a:p>(?:(?!<\/a:p>)[\s\S])*sz="(\d{4})"[^>]*b="1"(?:(?!<\/a:p>)[\s\S])*<a:t>约5000亩<\/a:t>/);
  });

  it('breaks a long title between words into balanced lines, text unchanged', async () => {
    const d = parseDeck(readFileSync(new URL('../../../test/fixtures/decks/layouts.md', import.meta.url), 'utf8')).deck;
    const out = await exportPptx(d);
    const xml = await zipText(out, 'ppt/slides/slide1.xml');
    const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/.exec(xml)![0];
    const lines = title.split('<a:br>').length > 1 ? title.split(/<a:br>[\s\S]*?<\/a:br>|<a:br\/>/) : title.split(/<a:br\/>/);
    const lineTexts = lines.map((l) => texts(l).join(''));
    expect(lineTexts.join('')).toBe('凝聚起推动武进高质量发展的强大力量');
    expect(lineTexts.length).toBe(2);
    for (const l of lineTexts) expect(l.length).toBeGreaterThan(4);
  });

  it('makes 4:3 slides when the deck says so', async () => {
    const d = parseDeck(readFileSync(new URL('../../../test/fixtures/decks/layouts.md', import.meta.url), 'utf8').replace('theme: party-red', 'theme: study-red\naspect: "4:3"')).deck;
    const pres = await zipText(await exportPptx(d), 'ppt/presentation.xml');
    const [cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(pres)!.slice(1).map(Number);
    expect(cx! / cy!).toBeCloseTo(4 / 3, 2);
  });

  it('colours the bullet diamonds with the accent', () => {
    expect(colourBullets('<a:buSzPct val="100000"/><a:buChar char="&#x25C6;"/>', 'C8102E')).toBe('<a:buClr><a:srgbClr val="C8102E"/></a:buClr><a:buSzPct val="70000"/><a:buChar char="&#x25C6;"/>');
  });

  it('moves notesMasterIdLst where the schema wants it', () => {
    const bad = '<p:presentation><p:sldMasterIdLst><x/></p:sldMasterIdLst><p:sldIdLst/><p:sldSz/><p:notesMasterIdLst><y/></p:notesMasterIdLst></p:presentation>';
    expect(fixPresentationXml(bad)).toBe('<p:presentation><p:sldMasterIdLst><x/></p:sldMasterIdLst><p:notesMasterIdLst><y/></p:notesMasterIdLst><p:sldIdLst/><p:sldSz/></p:presentation>');
  });
});
