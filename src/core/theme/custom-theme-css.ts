/**
 * The unit's own theme as slide CSS: the same variables a built-in theme file sets
 * (resources/themes/<name>.css), derived from the four colours the user chose, plus
 * its pictures — the logo on the cover and at the left of the content-page footer,
 * the cover / divider pictures under a veil of the accent colour so titles stay
 * readable. Scoped to .deck-theme-custom like a built-in theme, so the editor, the
 * presenter, thumbnails and the HTML/PDF pages all use this one text. The pptx
 * export takes its palette from the same customPalette() (export/pptx-custom.ts).
 */
import { imageInfo } from '../export/image-size';
import { FONT_FACES, pictureBytes, type CustomTheme } from './custom-theme';
import { contrastRatio } from './contrast';

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hex = (c: Rgb): string => '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
/** `a` moved toward `b` by `t` (0 = a, 1 = b). */
const mix = (a: string, b: string, t: number): string => {
  const x = rgb(a);
  const y = rgb(b);
  return hex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * t) as Rgb);
};

/** Every colour a theme sets, as #rrggbb, by its CSS variable's name. */
export interface CustomPalette {
  'bg-color': string;
  fg: string;
  heading: string;
  rule: string;
  accent: string;
  term: string;
  figure: string;
  muted: string;
  'card-bg': string;
  'hero-color': string;
  'hero-fg': string;
  'hero-muted': string;
  'hero-term': string;
  'hero-figure': string;
  'hero-accent': string;
  'hero-number': string;
}

export function customPalette(theme: CustomTheme): CustomPalette {
  const { background, text, accent, emphasis } = theme.colors;
  // Text on the accent-coloured hero pages: white on a dark accent, near-black on a light one.
  const heroFg = contrastRatio('#ffffff', accent) >= contrastRatio('#1a1a1a', accent) ? '#ffffff' : '#1a1a1a';
  const heroTerm = heroFg === '#ffffff' && contrastRatio('#ffe08a', accent) >= 3 ? '#ffe08a' : heroFg;
  return {
    'bg-color': background,
    fg: text,
    heading: accent,
    rule: mix(accent, background, 0.5),
    accent,
    term: emphasis,
    figure: emphasis,
    muted: mix(text, background, 0.35),
    'card-bg': mix(accent, background, 0.92),
    'hero-color': accent,
    'hero-fg': heroFg,
    'hero-muted': mix(heroFg, accent, 0.15),
    'hero-term': heroTerm,
    'hero-figure': heroTerm,
    'hero-accent': mix(heroFg, accent, 0.3),
    'hero-number': mix(heroFg, accent, 0.3),
  };
}

/** The veil over a background picture: the accent at 55 % (pptx: 45 % transparency). */
export const VEIL_ALPHA = 0.55;
/** Logo boxes in CSS px of the slide: on the cover (top centre) and in the footer (left, before the deck title). */
export const COVER_LOGO = { top: 48, maxW: 420, h: 96 };
export const FOOTER_LOGO = { bottom: 14, maxW: 160, h: 32, gap: 16 };

/** The logo's size in a box of height `h` (narrower if its width would pass `maxW`), from the picture's own ratio. */
export function logoSize(url: string, box: { maxW: number; h: number }): { w: number; h: number } {
  const info = imageInfo(pictureBytes(url));
  const ratio = info && info.height ? info.width / info.height : 1;
  const w = Math.min(box.maxW, box.h * ratio);
  return { w: Math.round(w), h: Math.round(w / ratio) };
}

const cssUrl = (url: string) => `url("${url}")`;

export function customThemeCss(theme: CustomTheme): string {
  const p = customPalette(theme);
  const [r, g, b] = rgb(p['hero-color']);
  const veil = `linear-gradient(rgba(${r}, ${g}, ${b}, ${VEIL_ALPHA}), rgba(${r}, ${g}, ${b}, ${VEIL_ALPHA}))`;
  const picture = (url: string) => `${veil}, ${cssUrl(url)} center / cover no-repeat`;
  const vars = Object.entries(p).map(([k, v]) => `  --${k}: ${v};`);
  const out = [
    `.deck-theme-custom {`,
    ...vars,
    `  --hero-bg: none;`,
    `  --font-sans: ${FONT_FACES[theme.bodyFont].css};`,
    `  --font-title: ${FONT_FACES[theme.titleFont].css};`,
    `}`,
  ];
  const coverLayers: string[] = [];
  if (theme.logo) {
    const s = logoSize(theme.logo, COVER_LOGO);
    coverLayers.push(`${cssUrl(theme.logo)} no-repeat center top ${COVER_LOGO.top}px / ${s.w}px ${s.h}px`);
    const f = logoSize(theme.logo, FOOTER_LOGO);
    out.push(
      `.deck-theme-custom .reveal .slides section[data-page] { --page-bg: ${cssUrl(theme.logo)} no-repeat left var(--pad-x) bottom ${FOOTER_LOGO.bottom + (FOOTER_LOGO.h - f.h) / 2}px / ${f.w}px ${f.h}px; }`,
      `.deck-theme-custom .reveal section[data-deck-title]::before { left: calc(var(--pad-x) + ${f.w + FOOTER_LOGO.gap}px); }`,
    );
  }
  if (theme.cover) coverLayers.push(picture(theme.cover));
  if (coverLayers.length) out.push(`.deck-theme-custom .reveal .slides section.cover { --hero-bg: ${coverLayers.join(', ')}; }`);
  if (theme.cover) out.push(`.deck-theme-custom .reveal .slides section.closing { --hero-bg: ${picture(theme.cover)}; }`);
  if (theme.section) out.push(`.deck-theme-custom .reveal .slides section.section { --hero-bg: ${picture(theme.section)}; }`);
  return out.join('\n') + '\n';
}
