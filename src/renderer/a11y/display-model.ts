/**
 * The interface's display settings as plain data (适老化): text size, contrast,
 * motion. The provider (DisplayProvider.tsx) applies them to the document; the
 * antd theme and the app's CSS read the result.
 */
import type { ThemeConfig } from 'antd';
import type { Settings } from '../../core/contract';

export type UiScale = Settings['uiScale'];
export type UiContrast = Settings['uiContrast'];
export type SlideTransitions = Settings['slideTransitions'];

export const UI_SCALES: readonly UiScale[] = ['standard', 'large', 'x-large'];

/**
 * Zoom factors of the whole interface. 特大 is 1.5× (14 px body text becomes 21 px);
 * the layouts are checked at 1366×768 with it (e2e/a11y-large-text.spec.ts).
 */
export const SCALE_FACTOR: Record<UiScale, number> = { standard: 1, large: 1.25, 'x-large': 1.5 };

/** Ctrl+= / Ctrl+- step through the sizes and stop at the ends. */
export function stepScale(scale: UiScale, dir: 1 | -1): UiScale {
  const i = UI_SCALES.indexOf(scale) + dir;
  return UI_SCALES[Math.max(0, Math.min(UI_SCALES.length - 1, i))]!;
}

/** What the system asks for, read from media queries. */
export interface SystemPrefs {
  moreContrast: boolean;
  forcedColors: boolean;
  reducedMotion: boolean;
}

export interface Display {
  scale: UiScale;
  /** The app's high-contrast theme: chosen in settings, or asked for by the system (prefers-contrast: more). */
  highContrast: boolean;
  forcedColors: boolean;
  reducedMotion: boolean;
  slideTransitions: SlideTransitions;
}

export function effectiveDisplay(s: Pick<Settings, 'uiScale' | 'uiContrast' | 'slideTransitions'>, sys: SystemPrefs): Display {
  return {
    scale: s.uiScale,
    highContrast: s.uiContrast === 'high' || sys.moreContrast,
    forcedColors: sys.forcedColors,
    reducedMotion: sys.reducedMotion,
    slideTransitions: s.slideTransitions,
  };
}

/**
 * The antd theme. Secondary and description greys are darker than antd's defaults
 * (#8c8c8c on white is 3.4:1; these are ≥ 7:1 on white and on the #f5f5f5 page),
 * links are a blue with 5.9:1; the high-contrast theme is black on white with
 * black borders and no translucent greys at all.
 */
export function antdTheme(d: Display): ThemeConfig {
  const base: ThemeConfig['token'] = {
    colorPrimary: '#b3000c',
    borderRadius: 4,
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    colorLink: '#0958d9',
    motion: !d.reducedMotion,
  };
  if (!d.highContrast) return { token: base };
  return {
    token: {
      ...base,
      colorPrimary: '#8a0009',
      colorText: '#000000',
      colorTextHeading: '#000000',
      colorTextSecondary: '#000000',
      colorTextDescription: '#000000',
      colorTextTertiary: '#1f1f1f',
      colorTextPlaceholder: '#333333',
      colorTextDisabled: '#4d4d4d',
      colorBorder: '#000000',
      colorBorderSecondary: '#000000',
      colorSplit: '#000000',
      colorBgLayout: '#ffffff',
      colorLink: '#00008b',
      lineWidth: 2,
    },
  };
}
