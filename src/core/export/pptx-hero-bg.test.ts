/**
 * PowerPoint's cover and divider pages carry the editor's backgrounds: the
 * colours of each theme's --hero-bg, as DrawingML gradients (or a split polygon).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDeck, THEMES } from '../deck';
import { exportPptx } from './pptx-deck';
import { heroGradients, splitPolygon } from './pptx-hero-bg';

const layouts = () => parseDeck(readFileSync(new URL('../../../test/fixtures/decks/layouts.md', import.meta.url), 'utf8')).deck;
const heroBg = (theme: string) => /--hero-bg:\s*([^;]+);/.exec(readFileSync(new URL(`../../../resources/themes/${theme}.css`, import.meta.url), 'utf8'))![1]!.toUpperCase();

describe('hero backgrounds in PowerPoint', () => {
  it('every colour of a theme gradient is in its CSS --hero-bg', () => {
    for (const [theme, g] of Object.entries(heroGradients)) {
      const colors = g.kind === 'split' ? g.colors : g.stops.map(([, c]) => c);
      for (const c of colors) expect(heroBg(theme), `${theme} ${c}`).toContain(`#${c}`);
    }
  });

  it.each(THEMES.filter((t) => heroGradients[t]))('%s: the cover and divider layouts have the gradient, content pages stay flat', async (theme) => {
    const deck = layouts();
    deck.meta.theme = theme;
    const zip = await JSZip.loadAsync(await exportPptx(deck));
    const layoutsXml = await Promise.all(Object.keys(zip.files).filter((f) => /slideLayouts\/slideLayout\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const named = (n: string) => layoutsXml.find((x) => x.includes(`<p:cSld name="${n}"`))!;
    const g = heroGradients[theme]!;
    for (const n of ['COVER', 'SECTION']) {
      const xml = named(n);
      if (g.kind === 'split') expect(xml).toContain(`<a:srgbClr val="${g.colors[1]}"/></a:solidFill><a:ln><a:noFill/>`);
      else expect(xml).toMatch(/<p:bg><p:bgPr><a:gradFill/);
    }
    expect(named('CONTENT')).not.toContain('gradFill');
  });

  it('the split line runs where the browser draws it (115°, 62%: top x≈1002, bottom x≈666 at 1280×720)', () => {
    const poly = splitPolygon(115, 62, 1280, 720);
    expect(poly[0]![0]).toBeCloseTo(1001.8, 0);
    expect(poly.at(-1)![0]).toBeCloseTo(666, 0);
  });
});
