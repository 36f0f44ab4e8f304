/**
 * 版记 (GB/T 9704-2012 7.4): 报/送/发 lines and the print run at the foot of the
 * last page, between rules as wide as the text block: the first and the last
 * rule thick (0.35 mm), the ones between thin (0.25 mm), the text one character
 * in from either side. Written as a floating table anchored to the bottom of
 * the text block (w:tblpPr tblpYSpec="bottom" vertAnchor="margin"), so its last
 * rule sits on the text block's bottom edge however much text the page holds;
 * the text flows above it.
 */
import {
  AlignmentType,
  LineRuleType,
  BorderStyle,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Distribution } from './export-options';
import type { DocxStyleSet } from './docx-styles';
import { STYLE } from './docx-paragraphs';

/** Rule widths in eighths of a point: 0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt. */
const THICK = 8;
const THIN = 6;

export function distributionLines(d: Distribution | undefined): Array<{ text: string; right: boolean }> {
  if (!d) return [];
  const lines: Array<{ text: string; right: boolean }> = [];
  if (d.report?.trim()) lines.push({ text: `报：${d.report.trim()}`, right: false });
  if (d.copyTo?.trim()) lines.push({ text: `送：${d.copyTo.trim()}`, right: false });
  if (d.sendTo?.trim()) lines.push({ text: `发：${d.sendTo.trim()}`, right: false });
  if (d.copies) lines.push({ text: `（共印${d.copies}份）`, right: true });
  return lines;
}

export function distributionTable(s: DocxStyleSet, d: Distribution | undefined): Table | null {
  const lines = distributionLines(d);
  if (lines.length === 0) return null;
  const width = s.page.width - s.margin.left - s.margin.right;
  const oneChar = s.distribution.size * 10;
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' });
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rows = lines.map(
    (l, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { left: oneChar, right: oneChar, top: 40, bottom: 40 },
            borders: {
              top: rule(i === 0 ? THICK : THIN),
              bottom: rule(i === lines.length - 1 ? THICK : THIN),
              left: none,
              right: none,
            },
            children: [
              new Paragraph({
                style: STYLE.distribution,
                alignment: l.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
                indent: { left: 0, right: 0 },
                children: [new TextRun(l.text)],
              }),
            ],
          }),
        ],
      }),
  );
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    // Cells' own margins set the one-character inset; the rules run the full width.
    indent: { size: 0, type: WidthType.DXA },
    float: {
      // Measured from the page edge (at the left margin, so Word puts it where a
      // margin anchor would): LibreOffice (7.x) keeps a table as wide as the text
      // block in the flow unless its horizontal anchor is the page, and then
      // leaves it mid-page instead of at the foot.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: s.margin.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      topFromText: 0,
      bottomFromText: 0,
    },
  });
}

/** The paragraph the 版记 is anchored to: one point high, so it never adds a page. */
export function distributionAnchor(): Paragraph {
  return new Paragraph({
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
