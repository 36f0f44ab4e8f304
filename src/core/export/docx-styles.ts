/**
 * The one place for the Word briefing's page geometry, font names and sizes.
 *
 * "official" follows GB/T 9704-2012 (党政机关公文格式): A4; 天头 (top) 37 mm,
 * 订口 (left) 28 mm, and a 156 × 225 mm text block, which leaves 35 mm at the
 * bottom and 26 mm at the right; 22 lines of 28 characters of 三号 (16 pt) text;
 * title 二号 小标宋; 一、 黑体, （一） 楷体, 1. 仿宋 bold, （1） 仿宋; page numbers
 * 四号 宋体 "— 1 —", 7 mm below the text block, odd pages right and even pages
 * left, each one character in from the edge.
 * "plain" is an ordinary Word document for users who do not want that layout.
 */
import type { DocxStyleName, FontOverrides } from './export-options';

/** 1 mm in twips (1/1440 inch), rounded where used so the XML holds integers. */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

/** Chinese size names → half-points (docx `size`). */
export const SIZE = {
  初号: 84,
  小初: 72,
  一号: 52,
  二号: 44,
  三号: 32,
  四号: 28,
  小四: 24,
  五号: 21,
} as const;

export interface TextStyle {
  /** East Asian font (w:eastAsia). */
  font: string;
  /** Half-points. */
  size: number;
  bold?: boolean;
  color?: string;
}

export interface DocxStyleSet {
  name: DocxStyleName;
  page: { width: number; height: number };
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Exact line pitch in twentieths of a point; null = single (auto) spacing × lineAuto. */
  lineExact: number | null;
  /** 240 = single; used when lineExact is null. */
  lineAuto: number;
  /** Document grid (Word/WPS "指定行和字符网格"), null for none. */
  grid: { linesPerPage: number; charsPerLine: number } | null;
  /** Latin font (w:ascii / w:hAnsi) used beside every East Asian font. */
  latin: string;
  /** First-line indent in hundredths of a character (200 = two characters). */
  firstLineChars: number;
  /** Space after headings and paragraphs, twips (0 keeps the official grid). */
  paragraphAfter: number;
  title: TextStyle;
  byline: TextStyle;
  body: TextStyle;
  heading1: TextStyle;
  heading2: TextStyle;
  heading3: TextStyle;
  heading4: TextStyle;
  pageNumber: TextStyle & { format: 'dashes' | 'plain'; oddEven: boolean };
  masthead: { name: TextStyle; issue: TextStyle; meta: TextStyle; rule: string };
  distribution: TextStyle;
  /**
   * Keep headings on the page of the text that follows: no heading alone at a
   * page foot. Word and LibreOffice keep it with the next paragraph's first
   * lines (that paragraph may still break across the page).
   */
  keepHeadingsWithNext: boolean;
  /** Keep Markdown emphasis (figures, quoted terms) as bold in Word. */
  keepEmphasis: boolean;
}

const RED = 'E60012';

const official: DocxStyleSet = {
  name: 'official',
  page: { width: 11906, height: 16838 },
  // 37/35/28/26 mm. The footer sits so the page number's line starts about
  // 7 mm under the text block (35 mm − 7 mm − one 四号 line ≈ 23 mm).
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) },
  // 225 mm text block / 22 lines = 28.95 pt → 579 twentieths (22 × 579 = 12738 ≤ 12756).
  lineExact: 579,
  lineAuto: 240,
  grid: { linesPerPage: 22, charsPerLine: 28 },
  latin: 'Times New Roman',
  firstLineChars: 200,
  paragraphAfter: 0,
  title: { font: '方正小标宋简体', size: SIZE.二号 },
  byline: { font: '楷体_GB2312', size: SIZE.三号 },
  body: { font: '仿宋_GB2312', size: SIZE.三号 },
  heading1: { font: '黑体', size: SIZE.三号 },
  heading2: { font: '楷体_GB2312', size: SIZE.三号 },
  heading3: { font: '仿宋_GB2312', size: SIZE.三号, bold: true },
  heading4: { font: '仿宋_GB2312', size: SIZE.三号 },
  pageNumber: { font: '宋体', size: SIZE.四号, format: 'dashes', oddEven: true },
  masthead: {
    name: { font: '方正小标宋简体', size: SIZE.小初, color: RED },
    issue: { font: '楷体_GB2312', size: SIZE.三号 },
    meta: { font: '仿宋_GB2312', size: SIZE.三号 },
    rule: RED,
  },
  distribution: { font: '仿宋_GB2312', size: SIZE.四号 },
  keepHeadingsWithNext: true,
  keepEmphasis: false,
};

const plain: DocxStyleSet = {
  name: 'plain',
  page: { width: 11906, height: 16838 },
  margin: { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 },
  lineExact: null,
  lineAuto: 360,
  grid: null,
  latin: 'Times New Roman',
  firstLineChars: 200,
  paragraphAfter: 120,
  title: { font: '黑体', size: SIZE.二号, bold: true },
  byline: { font: '楷体', size: SIZE.四号 },
  body: { font: '宋体', size: SIZE.小四 },
  heading1: { font: '黑体', size: SIZE.四号, bold: true },
  heading2: { font: '楷体', size: SIZE.小四, bold: true },
  heading3: { font: '宋体', size: SIZE.小四, bold: true },
  heading4: { font: '宋体', size: SIZE.小四 },
  pageNumber: { font: '宋体', size: SIZE.五号, format: 'plain', oddEven: false },
  masthead: {
    name: { font: '黑体', size: SIZE.一号, color: RED },
    issue: { font: '宋体', size: SIZE.四号 },
    meta: { font: '宋体', size: SIZE.小四 },
    rule: RED,
  },
  distribution: { font: '宋体', size: SIZE.五号 },
  keepHeadingsWithNext: true,
  keepEmphasis: true,
};

export const docxStyleSets: Record<DocxStyleName, DocxStyleSet> = { official, plain };

/** A style set with the user's font names applied. */
export function resolveDocxStyle(name: DocxStyleName, fonts: FontOverrides = {}): DocxStyleSet {
  const base = docxStyleSets[name];
  const withFont = <T extends TextStyle>(s: T, font: string | undefined): T => (font ? { ...s, font } : s);
  return {
    ...base,
    latin: fonts.latin ?? base.latin,
    title: withFont(base.title, fonts.title),
    body: withFont(base.body, fonts.body),
    heading1: withFont(base.heading1, fonts.heading1),
    heading2: withFont(base.heading2, fonts.heading2),
    heading3: withFont(base.heading3, fonts.body),
    heading4: withFont(base.heading4, fonts.body),
    byline: withFont(base.byline, fonts.heading2),
    pageNumber: withFont(base.pageNumber, fonts.pageNumber),
    masthead: {
      ...base.masthead,
      name: withFont(base.masthead.name, fonts.title),
      issue: withFont(base.masthead.issue, fonts.heading2),
      meta: withFont(base.masthead.meta, fonts.body),
    },
    distribution: withFont(base.distribution, fonts.body),
  };
}

/** Text block width in points. */
export function textWidthPt(s: DocxStyleSet): number {
  return (s.page.width - s.margin.left - s.margin.right) / 20;
}

/**
 * The size (half-points) of the Normal font when a grid is used: 11.5 pt, not the
 * 16 pt body size. Word and WPS take the grid's character pitch as "Normal font
 * size + charSpace" and lay 16 pt characters at that pitch, so any base gives 28
 * characters a line. LibreOffice instead adds charSpace to its own 12 pt default
 * (it does not read docDefaults here) and gives each character as many whole
 * grid cells as it needs: from a 16 pt base its cell would be 15.79 pt, every
 * character would take two cells and a line would hold 14. From 11.5 pt the
 * charSpace is +4.29 pt, LibreOffice's cell is 16.29 pt and a line holds 27
 * characters there, while Word and WPS still get 15.79 pt and 28.
 */
export const GRID_BASE_SIZE = 23;

/**
 * w:docGrid charSpace: the difference between the grid's character pitch and the
 * Normal font size, in 1/4096 pt. Rounded down so exactly charsPerLine characters
 * fit the text width (rounding up would make Word and WPS show one fewer).
 */
export function gridCharSpace(s: DocxStyleSet): number {
  if (!s.grid) return 0;
  const pitch = textWidthPt(s) / s.grid.charsPerLine;
  return Math.floor((pitch - GRID_BASE_SIZE / 2) * 4096);
}
