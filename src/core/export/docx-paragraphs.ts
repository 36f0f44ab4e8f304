/**
 * Paragraph building blocks for the Word briefings: named styles (so a user can
 * restyle the whole document in Word by editing one style) and helpers that
 * turn text into runs.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx';
import type { IParagraphStyleOptions, IRunOptions, IStylesOptions } from 'docx';
import type { DocxStyleSet, TextStyle } from './docx-styles';
import { GRID_BASE_SIZE } from './docx-styles';
import { parseInline } from '../deck/inline-text';

export const STYLE = {
  title: 'BriefTitle',
  byline: 'BriefByline',
  body: 'BriefBody',
  heading1: 'BriefHeading1',
  heading2: 'BriefHeading2',
  heading3: 'BriefHeading3',
  heading4: 'BriefHeading4',
  footer: 'BriefPageNumber',
  mastName: 'BriefMastheadName',
  mastIssue: 'BriefMastheadIssue',
  mastMeta: 'BriefMastheadMeta',
  distribution: 'BriefDistribution',
} as const;

/** East Asian font in the eastAsia slot, a Latin font for digits and Latin letters. */
export function runFont(s: DocxStyleSet, t: TextStyle): IRunOptions['font'] {
  return { eastAsia: t.font, ascii: s.latin, hAnsi: s.latin, cs: s.latin };
}

function runProps(s: DocxStyleSet, t: TextStyle): IParagraphStyleOptions['run'] {
  return { font: runFont(s, t), size: t.size, bold: t.bold ?? false, ...(t.color ? { color: t.color } : {}) };
}

/** Line spacing: the official grid's exact pitch, or the plain style's multiple. */
export function lineSpacing(s: DocxStyleSet, after = s.paragraphAfter): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType]; before: number; after: number } {
  return s.lineExact !== null
    ? { line: s.lineExact, lineRule: LineRuleType.EXACT, before: 0, after }
    : { line: s.lineAuto, lineRule: LineRuleType.AUTO, before: 0, after };
}

export function docxStyles(s: DocxStyleSet): IStylesOptions {
  const spacing = lineSpacing(s);
  // firstLine (twips) beside firstLineChars: Word and WPS use the character
  // count, LibreOffice only the twips.
  const indent = { firstLineChars: s.firstLineChars, firstLine: Math.round((s.firstLineChars / 100) * s.body.size * 10) };
  const style = (
    id: string,
    name: string,
    t: TextStyle,
    paragraph: IParagraphStyleOptions['paragraph'],
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    // Larger type (title, masthead) stays off the character grid: in LibreOffice
    // a 22 pt character would take two 16 pt cells and the title would spread out.
    run: { ...runProps(s, t), ...(t.size > s.body.size ? { snapToGrid: false } : {}) },
    paragraph: { spacing, ...paragraph },
  });
  return {
    default: {
      // docDefaults carry the grid's base size (see gridBaseSize): Word measures
      // the grid's character pitch from it; every paragraph we write has a style
      // with its own size.
      document: {
        run: { font: runFont(s, s.body), size: s.grid ? GRID_BASE_SIZE : s.body.size },
        paragraph: { spacing },
      },
    },
    paragraphStyles: [
      style(STYLE.title, '简报标题', s.title, { alignment: AlignmentType.CENTER, keepNext: true }),
      style(STYLE.byline, '简报署名', s.byline, { alignment: AlignmentType.CENTER, keepNext: true }),
      // Widow/orphan control off: with it Word moves lines and a page no longer
      // holds the 22 lines GB/T 9704 asks for.
      style(STYLE.body, '简报正文', s.body, { alignment: AlignmentType.JUSTIFIED, indent }),
      style(STYLE.heading1, '一级标题（一、）', s.heading1, { indent, keepNext: s.keepHeadingsWithNext, outlineLevel: 0 }),
      style(STYLE.heading2, '二级标题（（一））', s.heading2, { indent, keepNext: s.keepHeadingsWithNext, outlineLevel: 1 }),
      style(STYLE.heading3, '三级标题（1.）', s.heading3, { indent, keepNext: s.keepHeadingsWithNext, outlineLevel: 2 }),
      style(STYLE.heading4, '四级标题（（1））', s.heading4, { indent, keepNext: s.keepHeadingsWithNext, outlineLevel: 3 }),
      // The page number's digits in the footer font too (GB/T 9704: 4号半角宋体阿拉伯数字).
      { ...style(STYLE.footer, '页码', s.pageNumber, { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } }), run: { ...runProps(s, s.pageNumber), font: { eastAsia: s.pageNumber.font, ascii: s.pageNumber.font, hAnsi: s.pageNumber.font, cs: s.pageNumber.font } } },
      style(STYLE.mastName, '报头名称', s.masthead.name, {
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      }),
      style(STYLE.mastIssue, '期号', s.masthead.issue, { alignment: AlignmentType.CENTER }),
      style(STYLE.mastMeta, '编发单位与日期', s.masthead.meta, {}),
      style(STYLE.distribution, '版记', s.distribution, {
        indent: { left: 280, right: 280 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      }),
    ],
  };
}

/**
 * Runs for inline Markdown text. The official layout is plain, so emphasis marks
 * are dropped there; the plain style keeps them as bold.
 */
export function textRuns(s: DocxStyleSet, md: string, extra: IRunOptions = {}): TextRun[] {
  return parseInline(md).map(
    (r) => new TextRun({ ...extra, text: r.text, ...(s.keepEmphasis && (r.bold || r.italic) ? { bold: true } : {}) }),
  );
}

export function para(style: string, children: TextRun[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({ style, children, ...extra });
}

/** A run in another level's font, for "（一）lead sentence." inside a body paragraph. */
export function styledRun(s: DocxStyleSet, t: TextStyle, text: string): TextRun {
  return new TextRun({ text, font: runFont(s, t), size: t.size, ...(t.bold ? { bold: true } : {}) });
}

/**
 * Styles kept off the character grid: type larger than the body (it would take
 * two cells a character), and the masthead line, page furniture and 版记, whose
 * dates and numbers would otherwise sit a grid cell apart ("2024 年7 月").
 */
export function offGridStyleIds(s: DocxStyleSet): string[] {
  const big: Array<[string, TextStyle]> = [
    [STYLE.title, s.title],
    [STYLE.mastName, s.masthead.name],
  ];
  return [...big.filter(([, t]) => t.size > s.body.size).map(([id]) => id), STYLE.mastIssue, STYLE.mastMeta, STYLE.distribution];
}
