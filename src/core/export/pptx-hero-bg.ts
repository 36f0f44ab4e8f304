/**
 * The backgrounds of the cover, divider and closing pages in PowerPoint, drawn
 * as the slide CSS draws them (resources/themes/<theme>.css, --hero-bg) rather
 * than as a flat colour: DrawingML's own gradients (radial "path" fills and
 * linear ones with hard stops) on the COVER and SECTION layouts: native, so the
 * pages stay small and editable, and LibreOffice draws them too (poppler's
 * anti-aliasing shows hairline seams between a gradient's steps; `pdftoppm
 * -aaVector no` shows the page as printed). A hard two-colour split (简洁白) is a
 * solid background and a solid polygon: LibreOffice blurred the hard stop away.
 * 党政红's faint sunburst (white at 5%) is left out.
 */
import type { ThemeName } from '../deck/model';

type Stop = readonly [pos: number, color: string];
export type HeroGradient =
  | { kind: 'radial'; /** centre, % of width and height */ at: readonly [number, number]; stops: readonly Stop[] }
  | { kind: 'linear'; /** CSS angle (0 = to top, clockwise) */ cssDeg: number; stops: readonly Stop[] }
  /** Two colours meeting on a line: CSS linear-gradient(<cssDeg>, a 0 at%, b at% 100%). */
  | { kind: 'split'; cssDeg: number; at: number; colors: readonly [string, string] };

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
  if (g.kind === 'split') {
    const bg = xml.replace(/<p:bg>[\s\S]*?<\/p:bg>/, `<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${g.colors[0]}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>`);
    return bg.replace(/(<p:spTree>[\s\S]*?<\/p:grpSpPr>)/, `$1${splitShapeXml(g, size)}`);
  }
  return xml.replace(/<p:bg>[\s\S]*?<\/p:bg>/, `<p:bg><p:bgPr>${gradFillXml(g)}<a:effectLst/></p:bgPr></p:bg>`);
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
