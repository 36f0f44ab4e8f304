import { describe, expect, it } from 'vitest';
import { antdTheme, effectiveDisplay, stepScale } from './display-model';
import { contrastRatio } from '../../core/theme/contrast';

const contrast = contrastRatio;

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
