/**
 * Colours and fonts of the PowerPoint export, per deck theme (DeckMeta.theme): the
 * same palette as the slide CSS (resources/themes/<theme>.css — pptx-theme.test.ts
 * reads those files and fails when the two drift apart), so a deck looks the same
 * in the editor, the PDF and PowerPoint. Each colour names the CSS variable it
 * mirrors.
 */
import type { BuiltinThemeName, SlideAspect } from '../deck/model';

export interface PptxTheme {
  /** --bg-color: content pages. */
  background: string;
  /** --fg: body text. */
  text: string;
  /** --heading: content slide titles. */
  heading: string;
  /** --rule: the line under titles, the footer rule, column rules. */
  rule: string;
  /** --accent: bullet marks, card edges. */
  accent: string;
  /** --term: quoted terms on content pages. */
  term: string;
  /** --figure: figures on content pages. */
  figure: string;
  /** --muted: footer text, secondary lines. */
  muted: string;
  /** --card-bg: contents and 数说 cards. */
  card: string;
  /** --hero-color: cover, section divider and closing pages. */
  primary: string;
  /** --hero-fg / --hero-muted / --hero-term / --hero-figure: text on those pages. */
  onPrimary: string;
  heroMuted: string;
  heroTerm: string;
  heroFigure: string;
  /** --hero-accent: the bar under a cover title, the rule under a divider heading. */
  heroAccent: string;
  /** --hero-number: a divider's large number. */
  heroNumber: string;
  /** --number-fg: the 01, 02… badges of the contents cards (accent when absent). */
  number?: string;
  /** --footer-number: the page number (muted when absent). */
  footerNumber?: string;
  /** A band behind content titles (study-red): its fill, edge, text and emphasis. */
  titleBand?: { fill: string; edge: string; text: string; term: string };
  /** Quoted terms underlined too (CSS: text-decoration on em). */
  underlineTerms?: boolean;
  /** Body size in CSS px at 1280×720 (--body-size). */
  bodyPx: number;
  /** East Asian fonts (the <a:ea> slot); a Latin font beside them. */
  headFont: string;
  bodyFont: string;
  serifFont: string;
  latinFont: string;
}

const fonts = { headFont: '黑体', bodyFont: '微软雅黑', serifFont: '宋体', latinFont: 'Arial', bodyPx: 34 };

/** The built-in themes; the unit's own theme's palette comes from its colours (pptx-custom.ts). */
export const pptxThemes: Record<BuiltinThemeName, PptxTheme> = {
  'party-red': {
    background: 'FFFAF3', text: '2B1A12', heading: 'A3000B', rule: 'E0A93A', accent: 'C8102E', term: 'A3000B', figure: '8A4B00', muted: '6B5747', card: 'FBEEDD',
    primary: 'B3000C', onPrimary: 'FFF6DC', heroMuted: 'FFE6BF', heroTerm: 'FFE08A', heroFigure: 'FFE08A', heroAccent: 'E0A93A', heroNumber: 'F2C75C',
    ...fonts,
  },
  'study-red': {
    background: 'FFFFFF', text: '1C1C1C', heading: 'B0121A', rule: 'D9A84E', accent: 'C9151E', term: 'B0121A', figure: '8F5A00', muted: '5E4B3C', card: 'FDF3E3',
    primary: 'A80D14', onPrimary: 'FFFFFF', heroMuted: 'FBE6C0', heroTerm: 'FFE29A', heroFigure: 'FFE29A', heroAccent: 'F0CD7A', heroNumber: 'F0CD7A',
    number: 'B0121A', footerNumber: 'B0121A', titleBand: { fill: 'C9151E', edge: 'D9A84E', text: 'FFFFFF', term: 'FFE29A' },
    ...fonts,
  },
  'clean-white': {
    background: 'FFFFFF', text: '1F2328', heading: '111827', rule: 'C9D1D9', accent: '1F6FEB', term: '0B57D0', figure: 'B54708', muted: '57606A', card: 'F2F6FC',
    primary: '1746A2', onPrimary: 'FFFFFF', heroMuted: 'DBE7FF', heroTerm: 'FFE58F', heroFigure: 'FFE58F', heroAccent: '8FB8FF', heroNumber: '8FB8FF',
    number: '0B57D0',
    ...fonts,
  },
  'deep-blue': {
    background: '0B2545', text: 'EEF4FF', heading: 'FFFFFF', rule: '3E7CB1', accent: 'F2C14E', term: '8ECAE6', figure: 'F2C14E', muted: 'A9BCD0', card: '13345E',
    primary: '134074', onPrimary: 'FFFFFF', heroMuted: 'CFE0F3', heroTerm: 'F2C14E', heroFigure: 'F2C14E', heroAccent: 'F2C14E', heroNumber: 'F2C14E',
    ...fonts,
  },
  'high-contrast': {
    background: 'FFFFFF', text: '000000', heading: '000000', rule: '000000', accent: '000000', term: '002C8A', figure: '8A0000', muted: '333333', card: 'F0F0F0',
    primary: '000000', onPrimary: 'FFFFFF', heroMuted: 'FFFFFF', heroTerm: 'FFD400', heroFigure: 'FFD400', heroAccent: 'FFD400', heroNumber: 'FFD400',
    footerNumber: '000000', underlineTerms: true,
    ...fonts,
  },
};

/** 16:9, PowerPoint's "widescreen" size in inches; 4:3 is 10 × 7.5. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;

export function slideInches(aspect: SlideAspect | undefined): { w: number; h: number } {
  return aspect === '4:3' ? { w: 10, h: SLIDE_H } : { w: SLIDE_W, h: SLIDE_H };
}

/** CSS px of the 1280×720 (or 960×720) slide → inches (96 per inch) and points. */
export const px = (v: number): number => v / 96;
export const pt = (v: number): number => Math.round(v * 0.75 * 2) / 2;
