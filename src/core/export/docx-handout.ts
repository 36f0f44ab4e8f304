/**
 * 讲稿/讲义: one block per slide — its title, a picture of it when supplied, its
 * bullets as 1. 2. …, then the speaker notes. A paragraph shown on several
 * slides (a slide and its "（续）" slides share one data-source and the whole
 * paragraph as notes) is printed once, under the first of them; the others
 * point back to it. This holds wherever the slides sit in the deck.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Deck } from '../deck/model';
import { plainText } from '../deck/inline-text';
import { slideListItems, slideParagraphs, slideTitle } from '../deck/operations';
import { getAttr, getLayout, parseSource } from '../deck/slide-attrs';
import { stripNumbering } from './deck-to-outline';
import { STYLE, styledRun, textRuns } from './docx-paragraphs';
import type { DocxStyleSet } from './docx-styles';
import type { ExportOptions } from './export-options';
import type { ExportResources } from './export-types';
import { imageInfo } from './image-size';

function pictureParagraph(s: DocxStyleSet, bytes: Uint8Array): Paragraph | null {
  const info = imageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0) return null;
  // 80 % of the text width, in 96-dpi pixels (twips / 15).
  const width = Math.round(((s.page.width - s.margin.left - s.margin.right) / 15) * 0.8);
  const height = Math.round((width * info.height) / info.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // An exact line pitch would crop the picture to one line.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 120 },
    children: [new ImageRun({ type: info.format, data: bytes, transformation: { width, height } })],
  });
}

function notesOf(notes: string | null): string[] {
  return (notes ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
}

export function handout(s: DocxStyleSet, o: ExportOptions, deck: Deck, pictures: ExportResources['slidePictures']): Paragraph[] {
  const body = (md: string) => new Paragraph({ style: STYLE.body, children: textRuns(s, md) });
  const out: Paragraph[] = [
    new Paragraph({ style: STYLE.title, children: textRuns(s, deck.meta.title) }),
    new Paragraph({ style: STYLE.byline, children: [new TextRun('（讲稿）')] }),
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
  /** Page number of the slide that printed a paragraph's notes, by data-source and notes. */
  const printed = new Map<string, number>();
  deck.slides.forEach((slide, i) => {
    const layout = getLayout(slide);
    const title = plainText(slideTitle(slide) ?? '') || (layout === 'cover' ? deck.meta.title : '');
    // Kept with what follows (the picture, the first bullet) even in the official style.
    out.push(new Paragraph({ style: STYLE.heading1, keepNext: true, children: [new TextRun(`第${i + 1}页\u3000${title}`)] }));
    const pic = o.slidePictures ? pictures?.[i] : null;
    const picPara = pic ? pictureParagraph(s, pic) : null;
    if (picPara) out.push(picPara);
    for (const text of slideParagraphs(slide)) out.push(body(text));
    // Numbered 1. 2. … unless the items carry their own numbers (一、 in a contents slide).
    const bullets = slideListItems(slide);
    const numbered = bullets.some((b) => stripNumbering(plainText(b)) !== plainText(b));
    bullets.forEach((b, k) => out.push(body(numbered ? b : `${k + 1}. ${b}`)));
    const notes = notesOf(slide.notes);
    if (notes.length === 0) return;
    const source = getAttr(slide, 'data-source');
    const key = source === undefined || parseSource(source).kind === 'other' ? null : `${source}\n${notes.join('\n')}`;
    const first = key === null ? undefined : printed.get(key);
    if (first !== undefined) {
      out.push(new Paragraph({ style: STYLE.body, children: [styledRun(s, s.heading2, '讲稿：'), new TextRun(`见第${first}页。`)] }));
      return;
    }
    if (key !== null) printed.set(key, i + 1);
    notes.forEach((n, k) => {
      out.push(new Paragraph({ style: STYLE.body, children: [...(k === 0 ? [styledRun(s, s.heading2, '讲稿：')] : []), ...textRuns(s, n)] }));
    });
  });
  return out;
}
