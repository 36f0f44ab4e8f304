/**
 * A deck in the unit's own theme exported to PowerPoint: the pictures travel inside
 * the file (logo on the cover and every footer, cover / divider pictures as master
 * backgrounds), its colours and fonts are the theme's; on a machine without the
 * theme the same deck comes out in the default theme instead of failing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { zipNames, zipText } from '../../../test/fixtures/export/ooxml';
import { exportPptx } from './pptx-deck';
import { pptxThemes } from './pptx-theme';
import { STARTER_THEME, pictureDataUrl, type CustomTheme } from '../theme/custom-theme';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/theme/${name}`, import.meta.url)));
const theme: CustomTheme = {
  ...STARTER_THEME,
  colors: { background: '#f7f9fc', text: '#1b2433', accent: '#0b4f8a', emphasis: '#b3261e' },
  titleFont: 'kai',
  bodyFont: 'fangsong',
  logo: pictureDataUrl(fixture('logo.png'), 'logo'),
  cover: pictureDataUrl(fixture('cover.png'), 'cover'),
  section: pictureDataUrl(fixture('section.png'), 'section'),
};
const deck = { ...wujinDeck(1), meta: { ...wujinDeck(1).meta, theme: 'custom' as const } };

async function media(bytes: Uint8Array): Promise<Uint8Array[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && !zip.files[n]!.dir).map((n) => zip.file(n)!.async('uint8array')));
}
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

describe('pptx in the unit’s own theme', async () => {
  const bytes = await exportPptx(deck, {}, { customTheme: theme });
  const names = await zipNames(bytes);

  it('carries the logo and both pictures inside the file', async () => {
    const inside = await media(bytes);
    for (const f of ['logo.png', 'cover.png', 'section.png']) expect(inside.some((m) => same(m, fixture(f))), f).toBe(true);
  });

  it('puts the logo on the cover and in the footer of a content page, not on a divider', async () => {
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
    const xml = await Promise.all(Array.from({ length: slides }, (_, i) => zipText(bytes, `ppt/slides/slide${i + 1}.xml`)));
    const withLogo = (x: string) => /<p:pic>[\s\S]*?descr="标志"/.test(x);
    expect(withLogo(xml[0]!)).toBe(true);
    const sectionAt = deck.slides.findIndex((s) => s.attrs.some((a) => a.name === 'class' && a.value === 'section'));
    expect(withLogo(xml[sectionAt]!)).toBe(false);
    const content = deck.slides.findIndex((s, i) => i > sectionAt && s.attrs.some((a) => a.name === 'class' && a.value === 'bullets'));
    expect(withLogo(xml[content]!)).toBe(true);
  });

  it('cover and divider masters have the pictures as background; colours and fonts are the theme’s', async () => {
    const layouts = await Promise.all(names.filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map((n) => zipText(bytes, n)));
    for (const name of ['COVER', 'SECTION']) {
      const l = layouts.find((x) => x.includes(`<p:cSld name="${name}"`))!;
      expect(l, name).toMatch(/<p:bg><p:bgPr><a:blipFill/);
      expect(l, name).toContain('<a:srgbClr val="0B4F8A"><a:alpha val="55000"/>');
    }
    const content = layouts.find((x) => x.includes('<p:cSld name="CONTENT"'))!;
    expect(content).toContain('<a:srgbClr val="F7F9FC"/>');
    const themeXml = await zipText(bytes, 'ppt/theme/theme1.xml');
    expect(themeXml).toMatch(/<a:ea typeface="(楷体|仿宋)"/);
  });

  it('a deck naming the theme where there is none comes out in the default theme', async () => {
    const fallback = await exportPptx(deck, {}, {});
    const layouts = await Promise.all((await zipNames(fallback)).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map((n) => zipText(fallback, n)));
    expect(layouts.find((x) => x.includes('<p:cSld name="CONTENT"'))).toContain(`<a:srgbClr val="${pptxThemes['party-red'].background}"/>`);
    expect(await media(fallback)).toHaveLength(0);
  });
});
