/**
 * The unit's own theme: only sound PNG/JPEG pictures within their limits get in
 * (each refusal a typed error in both languages), the schema the host parses with
 * refuses anything else, and the slide CSS and the PowerPoint palette are one
 * palette (as pptx-theme.test.ts keeps them for the built-in themes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CustomThemeSchema, MAX_LOGO_BYTES, STARTER_THEME, ThemeError, checkThemePictures, pictureDataUrl, type CustomTheme } from './custom-theme';
import { customThemeCss, logoSize } from './custom-theme-css';
import { contrastRatio } from './contrast';
import { customPptxTheme } from '../export/pptx-custom';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/theme/${name}`, import.meta.url)));
const logo = pictureDataUrl(fixture('logo.png'), 'logo');
const cover = pictureDataUrl(fixture('photo.jpg'), 'cover');
const section = pictureDataUrl(fixture('section.png'), 'section');
const theme: CustomTheme = { ...STARTER_THEME, colors: { background: '#f7f9fc', text: '#1b2433', accent: '#0b4f8a', emphasis: '#b3261e' }, titleFont: 'kai', bodyFont: 'fangsong', logo, cover, section };

function refusal(bytes: Uint8Array, slot: 'logo' | 'cover' = 'logo'): ThemeError {
  try {
    pictureDataUrl(bytes, slot, 'x');
  } catch (e) {
    return e as ThemeError;
  }
  throw new Error('accepted');
}

describe('pictures of the theme', () => {
  it('takes PNG and JPEG as data: URLs of their own type', () => {
    expect(logo.startsWith('data:image/png;base64,')).toBe(true);
    expect(cover.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('refuses SVG, GIF, a damaged PNG and a picture over the limit, each with its reason in both languages', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0]);
    const damaged = fixture('logo.png').slice(0, 12);
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(fixture('logo.png'));
    expect(refusal(svg).code).toBe('THEME_PICTURE_TYPE');
    expect(refusal(gif).code).toBe('THEME_PICTURE_TYPE');
    expect(refusal(damaged).code).toBe('THEME_PICTURE_BROKEN');
    const tooBig = refusal(big);
    expect(tooBig.code).toBe('THEME_PICTURE_TOO_BIG');
    expect(tooBig.messages.zh).toContain('1 MB');
    expect(tooBig.messages.en).toContain('1 MB');
    expect(refusal(svg).messages.zh).toContain('PNG 或 JPEG');
  });

  it('the host check refuses a picture whose bytes are not what its data: URL says', () => {
    const fake = { ...theme, logo: `data:image/png;base64,${btoa('<svg/>')}` };
    expect(CustomThemeSchema.safeParse(fake).success).toBe(true);
    expect(() => checkThemePictures(fake)).toThrow(ThemeError);
    expect(() => checkThemePictures(theme)).not.toThrow();
  });

  it('the schema refuses an SVG data: URL, a remote URL, a colour that is not #RRGGBB and an unknown font', () => {
    expect(CustomThemeSchema.safeParse(theme).success).toBe(true);
    expect(CustomThemeSchema.safeParse({ ...theme, logo: 'data:image/svg+xml;base64,PHN2Zy8+' }).success).toBe(false);
    expect(CustomThemeSchema.safeParse({ ...theme, cover: 'https://example.com/a.png' }).success).toBe(false);
    expect(CustomThemeSchema.safeParse({ ...theme, colors: { ...theme.colors, accent: 'red' } }).success).toBe(false);
    expect(CustomThemeSchema.safeParse({ ...theme, titleFont: 'Comic Sans' }).success).toBe(false);
  });
});

function cssVars(css: string): Record<string, string> {
  const block = /\.deck-theme-custom\s*\{([^}]*)\}/.exec(css)![1]!;
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the theme as slide CSS and as PowerPoint palette', () => {
  const css = customThemeCss(theme);
  const vars = cssVars(css);
  const t = customPptxTheme(theme);

  it('one palette: every PowerPoint colour is the CSS variable it mirrors', () => {
    const pairs: Array<[string, string]> = [
      [t.background, 'bg-color'], [t.text, 'fg'], [t.heading, 'heading'], [t.rule, 'rule'], [t.accent, 'accent'], [t.term, 'term'], [t.figure, 'figure'],
      [t.muted, 'muted'], [t.card, 'card-bg'], [t.primary, 'hero-color'], [t.onPrimary, 'hero-fg'], [t.heroMuted, 'hero-muted'], [t.heroTerm, 'hero-term'],
      [t.heroFigure, 'hero-figure'], [t.heroAccent, 'hero-accent'], [t.heroNumber, 'hero-number'],
    ];
    for (const [pptx, v] of pairs) expect(`#${pptx}`.toLowerCase(), `--${v}`).toBe(vars[v]);
    expect(vars['bg-color']).toBe('#f7f9fc');
    expect(vars.heading).toBe('#0b4f8a');
    expect(vars.term).toBe('#b3261e');
  });

  it('the chosen faces: CSS stacks with offline fallbacks, their Chinese names in PowerPoint', () => {
    expect(vars['font-title']).toMatch(/^"KaiTi", "楷体".*"Noto Serif CJK SC", serif$/);
    expect(vars['font-sans']).toMatch(/^"FangSong", "仿宋"/);
    expect([t.headFont, t.bodyFont]).toEqual(['楷体', '仿宋']);
    expect(css).not.toMatch(/@import|@font-face|https?:/);
  });

  it('hero text is white on a dark accent and dark on a light one', () => {
    expect(vars['hero-fg']).toBe('#ffffff');
    const light = cssVars(customThemeCss({ ...theme, colors: { ...theme.colors, accent: '#ffd95a' } }));
    expect(light['hero-fg']).toBe('#1a1a1a');
    expect(contrastRatio(light['hero-fg']!, '#ffd95a')).toBeGreaterThan(4.5);
  });

  it('the logo on the cover and in the content footer at its own proportions, the pictures on cover, closing and dividers', () => {
    expect(css.match(new RegExp(logo.slice(0, 60).replace(/[+/]/g, '\\$&'), 'g'))).toHaveLength(2);
    expect(css).toMatch(/section\.cover \{ --hero-bg: url\("data:image\/png;base64,[^"]+"\) no-repeat center top 48px \/ 240px 96px, linear-gradient/);
    expect(css).toMatch(/section\[data-page\] \{ --page-bg: url\("data:image\/png;[^"]+"\) no-repeat left var\(--pad-x\) bottom \d+px \/ 80px 32px; \}/);
    expect(css).toMatch(/section\.closing \{ --hero-bg: linear-gradient\(rgba\([^)]+\), rgba\([^)]+\)\), url\("data:image\/jpeg;/);
    expect(css).toMatch(/section\.section \{ --hero-bg: linear-gradient\(rgba\([^)]+\), rgba\([^)]+\)\), url\("data:image\/png;/);
    expect(logoSize(logo, { maxW: 60, h: 32 })).toEqual({ w: 60, h: 24 });
  });

  it('without pictures: plain colours, no picture rules', () => {
    const plain = customThemeCss({ ...theme, logo: null, cover: null, section: null });
    expect(plain).not.toContain('url(');
    expect(plain).toContain('--hero-bg: none;');
  });
});
