/**
 * The unit's own theme (core/theme/custom-theme.ts) in the PowerPoint export: its
 * palette is the one the slide CSS uses (customPalette), its fonts the East Asian
 * names of the chosen faces, and its pictures travel inside the .pptx — the cover
 * and divider pictures as the background of those masters under the same veil of
 * the accent colour, the logo on the cover and at the left of the content footer
 * (the positions custom-theme-css.ts gives them).
 */
import type PptxGenJS from 'pptxgenjs';
import { FONT_FACES, type CustomTheme } from '../theme/custom-theme';
import { COVER_LOGO, FOOTER_LOGO, VEIL_ALPHA, customPalette, logoSize } from '../theme/custom-theme-css';
import type { PptxTheme } from './pptx-theme';
import { px } from './pptx-theme';

const bare = (c: string) => c.slice(1).toUpperCase();
/** pptxgenjs takes pictures as "image/png;base64,…" (no "data:"). */
export const pptxImageData = (url: string) => url.replace(/^data:/, '');

export function customPptxTheme(theme: CustomTheme): PptxTheme {
  const p = customPalette(theme);
  return {
    background: bare(p['bg-color']), text: bare(p.fg), heading: bare(p.heading), rule: bare(p.rule), accent: bare(p.accent), term: bare(p.term), figure: bare(p.figure), muted: bare(p.muted), card: bare(p['card-bg']),
    primary: bare(p['hero-color']), onPrimary: bare(p['hero-fg']), heroMuted: bare(p['hero-muted']), heroTerm: bare(p['hero-term']), heroFigure: bare(p['hero-figure']), heroAccent: bare(p['hero-accent']), heroNumber: bare(p['hero-number']),
    bodyPx: 34,
    headFont: FONT_FACES[theme.titleFont].pptx,
    bodyFont: FONT_FACES[theme.bodyFont].pptx,
    serifFont: '宋体',
    latinFont: 'Arial',
  };
}

type MasterObjects = NonNullable<PptxGenJS.SlideMasterProps['objects']>;

/** Background and veil of a hero master with a picture (cover and closing: `cover`; divider: `section`). */
export function heroPicture(theme: CustomTheme, which: 'cover' | 'section', W: number, H: number): { background?: PptxGenJS.BackgroundProps; objects: MasterObjects } {
  const url = theme[which];
  if (!url) return { objects: [] };
  const veil = { rect: { x: 0, y: 0, w: px(W), h: px(H), fill: { color: bare(theme.colors.accent), transparency: Math.round((1 - VEIL_ALPHA) * 100) }, line: { type: 'none' } } as PptxGenJS.ShapeProps };
  return { background: { data: pptxImageData(url) }, objects: [veil] };
}

/** The logo on a cover slide (top centre). */
export function coverLogo(slide: PptxGenJS.Slide, theme: CustomTheme, W: number): void {
  if (!theme.logo) return;
  const s = logoSize(theme.logo, COVER_LOGO);
  slide.addImage({ data: pptxImageData(theme.logo), x: px((W - s.w) / 2), y: px(COVER_LOGO.top), w: px(s.w), h: px(s.h), altText: '标志' });
}

/** The logo at the left of a content page's footer; answers how far the footer's deck title moves right. */
export function footerLogo(slide: PptxGenJS.Slide, theme: CustomTheme, padX: number, H: number): number {
  if (!theme.logo) return 0;
  const s = logoSize(theme.logo, FOOTER_LOGO);
  const bottom = FOOTER_LOGO.bottom + (FOOTER_LOGO.h - s.h) / 2;
  slide.addImage({ data: pptxImageData(theme.logo), x: px(padX), y: px(H - bottom - s.h), w: px(s.w), h: px(s.h), altText: '标志' });
  return s.w + FOOTER_LOGO.gap;
}
