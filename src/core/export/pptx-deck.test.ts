import { describe, expect, it } from 'vitest';
import { wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { slidePicturePng } from '../../../test/fixtures/export/slide-picture';
import { zipNames, zipText } from '../../../test/fixtures/export/ooxml';
import { exportPptx } from './pptx-deck';
import { dropRepeatedParagraphProps, fixPresentationXml } from './pptx-postprocess';
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

  it('keeps the title and bullet text, figures in the accent colour, Markdown marks gone', async () => {
    const all = (await Promise.all(deck.slides.map((_, i) => slideXml(i + 1)))).join('');
    expect(texts(all).join('')).not.toMatch(/\*/);
    expect(all).toMatch(new RegExp(`<a:rPr [^>]*b="1"[^>]*>(?:(?!</a:rPr>)[\\s\\S])*?${pptxThemes['party-red'].accent}[\\s\\S]*?<a:t>约5000亩</a:t>`));
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

  it('moves notesMasterIdLst where the schema wants it', () => {
    const bad = '<p:presentation><p:sldMasterIdLst><x/></p:sldMasterIdLst><p:sldIdLst/><p:sldSz/><p:notesMasterIdLst><y/></p:notesMasterIdLst></p:presentation>';
    expect(fixPresentationXml(bad)).toBe('<p:presentation><p:sldMasterIdLst><x/></p:sldMasterIdLst><p:notesMasterIdLst><y/></p:notesMasterIdLst><p:sldIdLst/><p:sldSz/></p:presentation>');
  });
});
