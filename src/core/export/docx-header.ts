/**
 * The parts of a briefing around its text: the 简报 masthead (red name, 第X期,
 * issuing unit and date, red rule), the 版记 at the end, and the page-number
 * footers.
 */
import { AlignmentType, BorderStyle, Footer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { BriefingHeader, Distribution } from './export-options';
import { formatChineseDate } from './export-options';
import type { DocxStyleSet } from './docx-styles';
import { STYLE } from './docx-paragraphs';

/** Masthead paragraphs, placed at the top of the first page. */
export function mastheadParagraphs(s: DocxStyleSet, h: BriefingHeader): Paragraph[] {
  const textWidth = s.page.width - s.margin.left - s.margin.right;
  const out: Paragraph[] = [
    new Paragraph({
      style: STYLE.mastName,
      // Spread the name over the width the way printed 简报 mastheads are set.
      children: [new TextRun({ text: h.name, characterSpacing: h.name.length <= 4 ? 240 : 0 })],
    }),
  ];
  if (h.issue !== undefined && String(h.issue).trim() !== '') {
    const issue = String(h.issue).trim();
    out.push(new Paragraph({ style: STYLE.mastIssue, children: [new TextRun(/^第.*期$/.test(issue) ? issue : `第${issue}期`)] }));
  }
  const unit = h.unit?.trim() ?? '';
  const date = h.date ? formatChineseDate(h.date) : '';
  out.push(
    new Paragraph({
      style: STYLE.mastMeta,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
      // The red rule under the masthead separates it from the text.
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: s.masthead.rule, space: 4 } },
      children: [new TextRun(unit), new TextRun({ children: ['\t', date] })],
    }),
    new Paragraph({ style: STYLE.body, children: [] }),
  );
  return out;
}

/** 版记: 报/送/发 lines between rules and the print run. Null when there is nothing to say. */
export function distributionParagraphs(s: DocxStyleSet, d: Distribution | undefined): Paragraph[] {
  if (!d) return [];
  const lines: Array<[string, string]> = [];
  if (d.report?.trim()) lines.push(['报：', d.report.trim()]);
  if (d.copyTo?.trim()) lines.push(['送：', d.copyTo.trim()]);
  if (d.sendTo?.trim()) lines.push(['发：', d.sendTo.trim()]);
  if (lines.length === 0 && !d.copies) return [];
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 };
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 };
  const out: Paragraph[] = [new Paragraph({ style: STYLE.body, children: [] })];
  lines.forEach(([label, text], i) => {
    out.push(
      new Paragraph({
        style: STYLE.distribution,
        border: { ...(i === 0 ? { top: thick } : {}), bottom: i === lines.length - 1 && !d.copies ? thick : thin },
        children: [new TextRun(label), new TextRun(text)],
      }),
    );
  });
  if (d.copies) {
    out.push(
      new Paragraph({
        style: STYLE.distribution,
        alignment: AlignmentType.RIGHT,
        border: { ...(lines.length === 0 ? { top: thick } : {}), bottom: thick },
        children: [new TextRun(`（共印${d.copies}份）`)],
      }),
    );
  }
  return out;
}

function pageNumberParagraph(s: DocxStyleSet, side: 'odd' | 'even' | 'center'): Paragraph {
  const oneChar = s.pageNumber.size * 10; // one character of the page-number size, in twips
  const dashes = s.pageNumber.format === 'dashes';
  return new Paragraph({
    style: STYLE.footer,
    alignment: side === 'odd' ? AlignmentType.RIGHT : side === 'even' ? AlignmentType.LEFT : AlignmentType.CENTER,
    // GB/T 9704: 单页码居右空一字，双页码居左空一字.
    indent: side === 'odd' ? { right: oneChar } : side === 'even' ? { left: oneChar } : {},
    children: [new TextRun({ children: dashes ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT] })],
  });
}

/** Footers for the section: odd pages right, even pages left (or centred for the plain style). */
export function pageFooters(s: DocxStyleSet): { default: Footer; even?: Footer } {
  if (!s.pageNumber.oddEven) return { default: new Footer({ children: [pageNumberParagraph(s, 'center')] }) };
  return {
    default: new Footer({ children: [pageNumberParagraph(s, 'odd')] }),
    even: new Footer({ children: [pageNumberParagraph(s, 'even')] }),
  };
}
