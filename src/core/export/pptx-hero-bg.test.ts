/**
 * PowerPoint's cover and divider pages carry the editor's backgrounds: the
 * colours of each theme's --hero-bg, as DrawingML gradients (or a split polygon).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDeck, THEMES } from '../deck';
import { exportPptx } from './pptx-deck';
import { heroGradients, heroRays, rayWedges, splitPolygon } from './pptx-hero-bg';

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

  it('党政红 draws the CSS sunburst: its rays are in --hero-bg, and the cover and divider layouts carry them behind everything', async () => {
    const r = heroRays['party-red']!;
    expect(heroBg('party-red')).toContain(`REPEATING-CONIC-GRADIENT(FROM ${r.fromDeg}DEG AT ${r.at[0]}% ${r.at[1]}%, RGBA(255, 255, 255, ${r.alpha / 100})`);
    expect(heroBg('party-red')).toContain(`0DEG ${r.on}DEG, TRANSPARENT ${r.on}DEG ${r.period}DEG`);
    const deck = layouts();
    deck.meta.theme = 'party-red';
    const zip = await JSZip.loadAsync(await exportPptx(deck));
    const xmls = await Promise.all(Object.keys(zip.files).filter((f) => /slideLayouts\/slideLayout\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    for (const n of ['COVER', 'SECTION']) {
      const xml = xmls.find((x) => x.includes(`<p:cSld name="${n}"`))!;
      // First shape of the tree, so the title and the gold band are drawn over it.
      expect(xml).toMatch(/<\/p:grpSpPr><p:sp><p:nvSpPr><p:cNvPr id="901" name="背景光芒"\/>/);
      expect(xml).toContain('<a:srgbClr val="FFFFFF"><a:alpha val="5000"/></a:srgbClr>');
    }
    expect(xmls.find((x) => x.includes('<p:cSld name="CONTENT"'))).not.toContain('背景光芒');
    // Other themes have no rays.
    deck.meta.theme = 'deep-blue';
    const blue = await JSZip.loadAsync(await exportPptx(deck));
    for (const f of Object.keys(blue.files).filter((f) => /slideLayouts\/slideLayout\d+\.xml$/.test(f))) expect(await blue.file(f)!.async('string')).not.toContain('背景光芒');
  });

  it('the rays fan out from above the page as the browser draws them: 4° of white every 8°, clipped to the page', () => {
    const [w, h] = [1280, 720];
    const wedges = rayWedges(heroRays['party-red']!, w, h);
    for (const poly of wedges) for (const [x, y] of poly) {
      expect(x).toBeGreaterThanOrEqual(-1e-6);
      expect(x).toBeLessThanOrEqual(w + 1e-6);
      expect(y).toBeGreaterThanOrEqual(-1e-6);
      expect(y).toBeLessThanOrEqual(h + 1e-6);
    }
    const inside = (poly: Array<[number, number]>, [px, py]: [number, number]) =>
      poly.every((a, i) => {
        const b = poly[(i + 1) % poly.length]!;
        return (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]) >= 0;
      }) ||
      poly.every((a, i) => {
        const b = poly[(i + 1) % poly.length]!;
        return (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]) <= 0;
      });
    const lit = (p: [number, number]) => wedges.some((poly) => inside(poly, p));
    // Centre (640, -144): straight down is the first ray's edge; 180°–184° (to the left of it) is lit, 176°–180° is not.
    const at = (deg: number): [number, number] => [640 + (h + 144) * Math.tan(((deg - 180) * Math.PI) / 180) * -1, h];
    expect(lit(at(182))).toBe(true);
    expect(lit(at(178))).toBe(false);
    expect(lit(at(190))).toBe(true);
    expect(lit(at(170))).toBe(false);
    // Half the page (by angle) is lit: about as many wedges as the page spans in 8° steps.
    const span = 2 * (Math.atan2(640, 144) * 180) / Math.PI;
    expect(wedges.length).toBeGreaterThanOrEqual(Math.floor(span / 8));
    expect(wedges.length).toBeLessThanOrEqual(Math.ceil(span / 8) + 1);
  });
});
