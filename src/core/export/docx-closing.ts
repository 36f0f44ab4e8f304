/**
 * What closes a document, placed where GB/T 9704-2012 puts it (7.3.5 附件说明,
 * 7.3.5.2 署名 and 成文日期, 7.3.7 附注):
 * - 附件: one blank line under the text, two characters in, "附件：1.……";
 *   further items aligned with the first item's name;
 * - 署名 above 成文日期 (7.3.5.1): the date four characters from the right
 *   margin, the 署名 centred on the date (a 署名 longer than that room allows
 *   ends at the margin);
 * - 附注 "（此件公开发布）" two characters in, on the line under the date;
 * - a commentary's "（作者系……）" as a paragraph of its own after the text.
 */
import { AlignmentType, Paragraph } from 'docx';
import type { ClosingLine } from '../deck/model';
import { STYLE, textRuns } from './docx-paragraphs';
import type { DocxStyleSet } from './docx-styles';

/** Width in body characters: CJK and full-width forms count one, the rest half. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) <= 0xff ? 0.5 : 1;
  return w;
}

const ATTACHMENT_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/u;

export function closingParagraphs(s: DocxStyleSet, closing: readonly ClosingLine[] | undefined): Paragraph[] {
  if (!closing?.length) return [];
  const char = s.body.size * 10; // one body character in twips
  const blank = (): Paragraph => new Paragraph({ style: STYLE.body, children: [] });
  const out: Paragraph[] = [];
  const attachments = closing.filter((c) => c.kind === 'attachment');
  if (attachments.length) {
    out.push(blank());
    // Items after the first align with the first item's name: two characters of
    // indent plus the width of "附件：".
    const label = ATTACHMENT_LABEL.exec(attachments[0]!.text.trim())?.[0] ?? '附件：';
    const hang = Math.round((2 + charWidth(label)) * char);
    attachments.forEach((c, i) => {
      const text = c.text.trim();
      out.push(
        i === 0
          ? new Paragraph({ style: STYLE.body, keepNext: true, indent: { left: hang, hanging: hang - 2 * char, firstLineChars: 0 }, children: textRuns(s, text) })
          : new Paragraph({ style: STYLE.body, keepNext: true, indent: { left: hang, firstLine: 0, firstLineChars: 0 }, children: textRuns(s, text) }),
      );
    });
  }
  const signatures = closing.filter((c) => c.kind === 'signature');
  const authorNotes = signatures.filter((c) => /^[（(]/u.test(c.text.trim()));
  const issuers = signatures.filter((c) => !/^[（(]/u.test(c.text.trim()));
  const dates = closing.filter((c) => c.kind === 'date');
  for (const c of authorNotes) out.push(new Paragraph({ style: STYLE.body, children: textRuns(s, c.text.trim()) }));
  if (issuers.length || dates.length) {
    out.push(blank());
    const widest = (list: ClosingLine[]) => Math.max(0, ...list.map((c) => charWidth(c.text.trim())));
    const sw = widest(issuers);
    const dw = widest(dates);
    // Right indents: the date four characters in, the 署名 centred on it.
    const right = (w: number) => Math.round(Math.max(0, 4 + ((dw || sw) - w) / 2) * char);
    for (const c of issuers) out.push(rightLine(s, c.text.trim(), right(charWidth(c.text.trim())), true));
    for (const c of dates) out.push(rightLine(s, c.text.trim(), right(charWidth(c.text.trim())), false));
  }
  for (const c of closing.filter((x) => x.kind === 'note')) out.push(new Paragraph({ style: STYLE.body, children: textRuns(s, c.text.trim()) }));
  return out;
}

function rightLine(s: DocxStyleSet, text: string, right: number, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    alignment: AlignmentType.RIGHT,
    keepNext,
    indent: { right, firstLine: 0, firstLineChars: 0 },
    children: textRuns(s, text),
  });
}
