import { describe, expect, it } from 'vitest';
import { antdTheme, effectiveDisplay, stepScale } from './display-model';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const sys = { moreContrast: false, forcedColors: false, reducedMotion: false };
const settings = { uiScale: 'standard', uiContrast: 'standard', slideTransitions: 'auto' } as const;

describe('display settings', () => {
  it('steps the text size and stops at 标准 and 特大', () => {
    expect(stepScale('standard', 1)).toBe('large');
    expect(stepScale('large', 1)).toBe('x-large');
    expect(stepScale('x-large', 1)).toBe('x-large');
    expect(stepScale('large', -1)).toBe('standard');
    expect(stepScale('standard', -1)).toBe('standard');
  });

  it('the system asking for more contrast turns on the high-contrast theme; the setting does too', () => {
    expect(effectiveDisplay(settings, sys).highContrast).toBe(false);
    expect(effectiveDisplay(settings, { ...sys, moreContrast: true }).highContrast).toBe(true);
    expect(effectiveDisplay({ ...settings, uiContrast: 'high' }, sys).highContrast).toBe(true);
  });

  it('reduced motion turns antd animations off', () => {
    expect(antdTheme(effectiveDisplay(settings, sys)).token?.motion).toBe(true);
    expect(antdTheme(effectiveDisplay(settings, { ...sys, reducedMotion: true })).token?.motion).toBe(false);
  });

  it('secondary texts and links meet AA (4.5:1) on white and on the page grey; high contrast meets AAA (7:1)', () => {
    const std = antdTheme(effectiveDisplay(settings, sys)).token!;
    for (const c of [std.colorTextSecondary, std.colorTextDescription, std.colorTextTertiary, std.colorLink, std.colorPrimary]) {
      expect(contrast(c as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c as string, '#f5f5f5')).toBeGreaterThanOrEqual(4.5);
    }
    const high = antdTheme(effectiveDisplay({ ...settings, uiContrast: 'high' }, sys)).token!;
    for (const c of [high.colorText, high.colorTextSecondary, high.colorLink, high.colorPrimary]) {
      expect(contrast(c as string, '#ffffff')).toBeGreaterThanOrEqual(7);
    }
  });
});
