/**
 * The backgrounds of the cover, divider and closing pages in PowerPoint, drawn
 * as the slide CSS draws them (resources/themes/<theme>.css, --hero-bg) rather
 * than as a flat colour: DrawingML's own gradients (radial "path" fills and
 * linear ones with hard stops) on the COVER and SECTION layouts: native, so the
 * pages stay small and editable, and LibreOffice draws them too (poppler's
 * anti-aliasing shows hairline seams between a gradient's steps; `pdftoppm
 * -aaVector no` shows the page as printed). A hard two-colour split (简洁白) is a
 * solid background and a solid polygon: LibreOffice blurred the hard stop away.
 * 党政红's sunburst (repeating-conic-gradient: white at 5% for 4° of every 8°, from
 * a point above the page) is one freeform shape of wedges clipped to the page, on
 * the layout behind the placeholders: vector, a few KB, and PowerPoint, WPS and
 * LibreOffice all draw a transparent solid fill.
 */
import type { ThemeName } from '../deck/model';

type Stop = readonly [pos: number, color: string];
export type HeroGradient =
  | { kind: 'radial'; /** centre, % of width and height */ at: readonly [number, number]; stops: readonly Stop[] }
  | { kind: 'linear'; /** CSS angle (0 = to top, clockwise) */ cssDeg: number; stops: readonly Stop[] }
  /** Two colours meeting on a line: CSS linear-gradient(<cssDeg>, a 0 at%, b at% 100%). */
  | { kind: 'split'; cssDeg: number; at: number; colors: readonly [string, string] };

/** CSS repeating-conic-gradient(from <fromDeg> at <at>, <color> <alpha>% 0 <on>deg, transparent <on>deg <period>deg). */
export interface HeroRays {
  /** centre, % of width and height (may lie outside the page) */
  at: readonly [number, number];
  /** CSS conic angle of the first ray's edge (0 = up, clockwise) */
  fromDeg: number;
  on: number;
  period: number;
  color: string;
  /** opacity, % */
  alpha: number;
}

/** Rays drawn over a theme's hero gradient. */
export const heroRays: Partial<Record<ThemeName, HeroRays>> = {
  // repeating-conic-gradient(from 180deg at 50% -20%, rgba(255, 255, 255, 0.05) 0deg 4deg, transparent 4deg 8deg)
  'party-red': { at: [50, -20], fromDeg: 180, on: 4, period: 8, color: 'FFFFFF', alpha: 5 },
};

/** Mirrors each theme's --hero-bg (see the CSS files; pptx-hero-bg.test.ts checks the colours are there). */
export const heroGradients: Partial<Record<ThemeName, HeroGradient>> = {
  // radial-gradient(ellipse at 50% 0%, #c8101a 0%, #b3000c 55%, #9a0009 100%)
  'party-red': { kind: 'radial', at: [50, 0], stops: [[0, 'C8101A'], [55, 'B3000C'], [100, '9A0009']] },
  // radial-gradient(circle at 50% 30%, #c9151e 0%, #a80d14 60%, #8a070c 100%), inside the gold frames
  'study-red': { kind: 'radial', at: [50, 30], stops: [[0, 'C9151E'], [60, 'A80D14'], [100, '8A070C']] },
  // radial-gradient(circle at 85% 20%, #1d5592 0%, #134074 45%, #0b2545 100%)
  'deep-blue': { kind: 'radial', at: [85, 20], stops: [[0, '1D5592'], [45, '134074'], [100, '0B2545']] },
  // linear-gradient(115deg, #1746a2 0%, #1746a2 62%, #1f56c0 62%, #1f56c0 100%)
  'clean-white': { kind: 'split', cssDeg: 115, at: 62, colors: ['1746A2', '1F56C0'] },
};

const gs = (stops: readonly Stop[]) => `<a:gsLst>${stops.map(([p, c]) => `<a:gs pos="${Math.round(p * 1000)}"><a:srgbClr val="${c}"/></a:gs>`).join('')}</a:gsLst>`;

/** <a:gradFill> for a hero gradient. */
export function gradFillXml(g: Exclude<HeroGradient, { kind: 'split' }>): string {
  if (g.kind === 'linear') {
    // CSS measures from "to top" clockwise; DrawingML from "to the right", clockwise.
    const ang = (((g.cssDeg - 90) % 360) + 360) % 360;
    return `<a:gradFill rotWithShape="1">${gs(g.stops)}<a:lin ang="${ang * 60000}" scaled="0"/></a:gradFill>`;
  }
  // A path gradient runs from the fillToRect (here: the centre point) outwards to the shape's edge.
  const [x, y] = g.at;
  return `<a:gradFill rotWithShape="1">${gs(g.stops)}<a:path path="circle"><a:fillToRect l="${x * 1000}" t="${y * 1000}" r="${(100 - x) * 1000}" b="${(100 - y) * 1000}"/></a:path></a:gradFill>`;
}

/** A COVER or SECTION layout's XML with the theme's hero background: the gradient instead of the flat <p:bg>. */
export function heroLayoutXml(xml: string, theme: ThemeName, size: { cx: number; cy: number }): string {
  const g = heroGradients[theme];
  if (!g) return xml;
  const rays = heroRays[theme];
  // Drawn first in the shape tree: behind everything else on the layout and the slide.
  const behind = (x: string, shapes: string) => (shapes === '' ? x : x.replace(/(<p:spTree>[\s\S]*?<\/p:grpSpPr>)/, `$1${shapes}`));
  if (g.kind === 'split') {
    const bg = xml.replace(/<p:bg>[\s\S]*?<\/p:bg>/, `<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${g.colors[0]}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>`);
    return behind(bg, splitShapeXml(g, size) + (rays ? raysShapeXml(rays, size) : ''));
  }
  return behind(xml.replace(/<p:bg>[\s\S]*?<\/p:bg>/, `<p:bg><p:bgPr>${gradFillXml(g)}<a:effectLst/></p:bgPr></p:bg>`), rays ? raysShapeXml(rays, size) : '');
}

type Pt = [number, number];

/** Sutherland–Hodgman: a convex polygon clipped to the page [0,w]×[0,h]. */
function clipToPage(poly: Pt[], w: number, h: number): Pt[] {
  const edges: Array<(p: Pt) => number> = [(p) => p[0], (p) => w - p[0], (p) => p[1], (p) => h - p[1]];
  let out = poly;
  for (const inside of edges) {
    const input = out;
    out = [];
    input.forEach((c, i) => {
      const n = input[(i + 1) % input.length]!;
      const [dc, dn] = [inside(c), inside(n)];
      if (dc >= 0) out.push(c);
      if (dc >= 0 !== dn >= 0) {
        const t = dc / (dc - dn);
        out.push([c[0] + t * (n[0] - c[0]), c[1] + t * (n[1] - c[1])]);
      }
    });
    if (out.length === 0) break;
  }
  return out;
}

/**
 * The wedges of a repeating conic gradient that fall on the page, each clipped to
 * it. CSS conic angles start at "up" and turn clockwise; y grows downwards.
 */
export function rayWedges(r: HeroRays, w: number, h: number): Pt[][] {
  const c: Pt = [(r.at[0] / 100) * w, (r.at[1] / 100) * h];
  // Far enough that every wedge's outer edge lies beyond the page.
  const far = 2 * (Math.hypot(w, h) + Math.hypot(c[0], c[1]));
  const point = (deg: number): Pt => [c[0] + far * Math.sin((deg * Math.PI) / 180), c[1] - far * Math.cos((deg * Math.PI) / 180)];
  const out: Pt[][] = [];
  for (let a = 0; a < 360; a += r.period) {
    const from = r.fromDeg + a;
    // A wedge wider than a few degrees would bulge past its chord: rays here are 4°.
    const wedge = clipToPage([c, point(from), point(from + r.on)], w, h);
    if (wedge.length >= 3) out.push(wedge);
  }
  return out;
}

function raysShapeXml(r: HeroRays, { cx, cy }: { cx: number; cy: number }): string {
  const paths = rayWedges(r, cx, cy)
    .map((poly) => {
      const pts = poly.map(([x, y]) => `<a:pt x="${Math.round(x)}" y="${Math.round(y)}"/>`);
      return `<a:path w="${cx}" h="${cy}"><a:moveTo>${pts[0]}</a:moveTo>${pts.slice(1).map((p) => `<a:lnTo>${p}</a:lnTo>`).join('')}<a:close/></a:path>`;
    })
    .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="901" name="背景光芒"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>${paths}</a:pathLst></a:custGeom>` +
    `<a:solidFill><a:srgbClr val="${r.color}"><a:alpha val="${r.alpha * 1000}"/></a:srgbClr></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>`
  );
}

/**
 * The far side of a split as a polygon over the slide. CSS puts the gradient line
 * through the centre, as long as the box's projection on it; `at` % along it the
 * colour changes, across a line perpendicular to it.
 */
export function splitPolygon(cssDeg: number, at: number, w: number, h: number): Array<[number, number]> {
  const a = (cssDeg * Math.PI) / 180;
  const d: [number, number] = [Math.sin(a), -Math.cos(a)];
  const len = Math.abs(w * d[0]) + Math.abs(h * d[1]);
  const p = [w / 2 + (at / 100 - 0.5) * len * d[0], h / 2 + (at / 100 - 0.5) * len * d[1]];
  const side = (x: number, y: number) => (x - p[0]!) * d[0] + (y - p[1]!) * d[1];
  const corners: Array<[number, number]> = [[0, 0], [w, 0], [w, h], [0, h]];
  const out: Array<[number, number]> = [];
  corners.forEach((c, i) => {
    const n = corners[(i + 1) % 4]!;
    const [sc, sn] = [side(...c), side(...n)];
    if (sc >= 0) out.push(c);
    if ((sc >= 0) !== (sn >= 0)) {
      const t = sc / (sc - sn);
      out.push([c[0] + t * (n[0] - c[0]), c[1] + t * (n[1] - c[1])]);
    }
  });
  return out;
}

function splitShapeXml(g: Extract<HeroGradient, { kind: 'split' }>, { cx, cy }: { cx: number; cy: number }): string {
  const pts = splitPolygon(g.cssDeg, g.at, cx, cy).map(([x, y]) => `<a:pt x="${Math.round(x)}" y="${Math.round(y)}"/>`);
  const path = `<a:moveTo>${pts[0]}</a:moveTo>${pts.slice(1).map((p) => `<a:lnTo>${p}</a:lnTo>`).join('')}<a:close/>`;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="900" name="背景色块"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${cx}" h="${cy}">${path}</a:path></a:pathLst></a:custGeom>` +
    `<a:solidFill><a:srgbClr val="${g.colors[1]}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>`
  );
}
