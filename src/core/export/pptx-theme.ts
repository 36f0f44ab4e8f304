/**
 * Colours and fonts of the PowerPoint export, per deck theme (DeckMeta.theme).
 * The one place to change how exported slides look.
 */
import type { ThemeName } from '../deck/model';

export interface PptxTheme {
  /** Title text, bars, section backgrounds. */
  primary: string;
  /** Figures and quoted terms. */
  accent: string;
  /** Text on primary backgrounds. */
  onPrimary: string;
  text: string;
  muted: string;
  background: string;
  /** East Asian fonts (the <a:ea> slot); a Latin font beside them. */
  headFont: string;
  bodyFont: string;
  latinFont: string;
}

const fonts = { headFont: '黑体', bodyFont: '微软雅黑', latinFont: 'Arial' };

export const pptxThemes: Record<ThemeName, PptxTheme> = {
  'party-red': { primary: 'B3000C', accent: 'C8161D', onPrimary: 'FFF5D6', text: '222222', muted: '666666', background: 'FFFFFF', ...fonts },
  'clean-white': { primary: '333333', accent: '1F6FD1', onPrimary: 'FFFFFF', text: '222222', muted: '777777', background: 'FFFFFF', ...fonts },
  'deep-blue': { primary: '123B7A', accent: 'D4872C', onPrimary: 'FFFFFF', text: '1C2430', muted: '5A6470', background: 'FFFFFF', ...fonts },
};

/** 16:9, PowerPoint's "widescreen" size in inches. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
