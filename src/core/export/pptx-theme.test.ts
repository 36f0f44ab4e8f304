/**
 * The PowerPoint palette is the slide CSS palette (so PowerPoint looks like the
 * editor), and every text colour keeps WCAG AA contrast on the background it is
 * drawn on, in every theme: body text, quoted terms and figures on content pages
 * and cards, the same on the full-colour cover and section pages (issue 11: quoted
 * terms were red on red there), the footer.
 */
import { contrastRatio } from '../theme/contrast';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../deck';
import { pptxThemes, type PptxTheme } from './pptx-theme';

function cssVars(theme: string): Record<string, string> {
  const css = readFileSync(new URL(`../../../resources/themes/${theme}.css`, import.meta.url), 'utf8');
  const block = new RegExp(`\\.deck-theme-${theme}\\s*\\{([^}]*)\\}`).exec(css)![1]!;
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const CSS_OF: Array<[keyof PptxTheme, string]> = [
  ['background', 'bg-color'], ['text', 'fg'], ['heading', 'heading'], ['rule', 'rule'], ['accent', 'accent'], ['term', 'term'], ['figure', 'figure'],
  ['muted', 'muted'], ['card', 'card-bg'], ['primary', 'hero-color'], ['onPrimary', 'hero-fg'], ['heroMuted', 'hero-muted'], ['heroTerm', 'hero-term'],
  ['heroFigure', 'hero-figure'], ['heroAccent', 'hero-accent'], ['heroNumber', 'hero-number'], ['footerNumber', 'footer-number'], ['number', 'number-fg'],
];

/** pptx colours are written without the '#'. */
const contrast = (a: string, b: string): number => contrastRatio(`#${a}`, `#${b}`);

describe.each(THEMES.map((t) => [t]))('theme %s', (name) => {
  const t = pptxThemes[name];
  const vars = cssVars(name);

  it('uses the colours of its slide CSS', () => {
    for (const [key, v] of CSS_OF) {
      if (t[key] === undefined && vars[v] === undefined) continue;
      expect(`#${t[key] as string}`.toLowerCase(), `${key} ↔ --${v}`).toBe(vars[v]?.toLowerCase());
    }
    expect(t.bodyPx).toBe(vars['body-size'] ? parseInt(vars['body-size'], 10) : 34);
  });

  it('keeps every text colour at WCAG AA (4.5:1) on its background', () => {
    const pairs: Array<[string, string, string]> = [
      ['text', t.text, t.background], ['heading', t.heading, t.background], ['term', t.term, t.background], ['figure', t.figure, t.background],
      ['muted', t.muted, t.background], ['page number', t.footerNumber ?? t.muted, t.background],
      ['text on card', t.text, t.card], ['term on card', t.term, t.card], ['figure on card', t.figure, t.card], ['contents number on card', t.number ?? t.accent, t.card],
      ['hero text', t.onPrimary, t.primary], ['hero line', t.heroMuted, t.primary], ['hero term', t.heroTerm, t.primary], ['hero figure', t.heroFigure, t.primary],
    ];
    if (t.titleBand) pairs.push(['band title', t.titleBand.text, t.titleBand.fill], ['band term', t.titleBand.term, t.titleBand.fill]);
    const low = pairs.filter(([, fg, bg]) => contrast(fg, bg) < 4.5).map(([what, fg, bg]) => `${what} ${fg}/${bg} ${contrast(fg, bg).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it('keeps decoration that carries meaning (the divider number) at 3:1, the large-text level', () => {
    expect(contrast(t.heroNumber, t.primary)).toBeGreaterThanOrEqual(3);
  });
});
