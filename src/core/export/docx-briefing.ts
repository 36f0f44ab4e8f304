/**
 * Deck → Word briefing (.docx bytes): 全文简报 (full), 要点简报 (points) and
 * 讲稿/讲义 (handout), in the GB/T 9704-2012 layout or the plain one.
 * Platform-neutral: docx's Packer.pack(…, 'uint8array') runs in the renderer and
 * in Node alike (Packer.toBuffer would need Node's Buffer).
 */
import { AlignmentType, Document, DocumentGridType, ImageRun, LineRuleType, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';
import type { Deck } from '../deck/model';
import { chineseNumber } from '../deck/chinese-numbers';
import type { OutlineArticle, OutlineParagraph } from './deck-to-outline';
import { deckToOutline, stripNumbering } from './deck-to-outline';
import { slideListItems, slideParagraphs, slideTitle } from '../deck/operations';
import { getLayout } from '../deck/slide-attrs';
import { patchDocx } from './docx-postprocess';
import { distributionParagraphs, mastheadParagraphs, pageFooters } from './docx-header';
import { STYLE, docxStyles, offGridStyleIds, styledRun, textRuns } from './docx-paragraphs';
import type { DocxStyleSet } from './docx-styles';
import { gridCharSpace, resolveDocxStyle } from './docx-styles';
import type { ExportOptions, ExportOptionsInput } from './export-options';
import { resolveExportOptions } from './export-options';
import type { ExportResources } from './export-types';
import { imageInfo } from './image-size';
import { plainText } from '../deck/inline-text';

interface Ctx {
  s: DocxStyleSet;
  o: ExportOptions;
}

function body(ctx: Ctx, md: string): Paragraph {
  return new Paragraph({ style: STYLE.body, children: textRuns(ctx.s, md) });
}

function articleHead(ctx: Ctx, a: OutlineArticle, first: boolean, suffix = ''): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ style: STYLE.title, pageBreakBefore: !first, children: textRuns(ctx.s, a.title + suffix) }),
  ];
  if (a.subtitle) out.push(new Paragraph({ style: STYLE.byline, children: textRuns(ctx.s, a.subtitle) }));
  if (a.byline) out.push(new Paragraph({ style: STYLE.byline, children: textRuns(ctx.s, a.byline) }));
  // GB/T 9704 leaves one blank line between the title block and the text.
  out.push(new Paragraph({ style: STYLE.body, children: [] }));
  return out;
}

function heading1(ctx: Ctx, n: number, text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, children: textRuns(ctx.s, `${chineseNumber(n)}、${stripNumbering(plainText(text))}`) });
}

/** "（一）" for the nth level-2 section, or nothing when the user turned numbering off. */
function pointLabel(ctx: Ctx, n: number): string {
  return ctx.o.numberPoints ? `（${chineseNumber(n)}）` : '';
}

/** A topic sentence set inline ends with a full stop, as it did in the article. */
function asSentence(text: string): string {
  // A closing quote ends a sentence only after a stop: 理论学习当“笃行” needs its 。.
  return /(?:[。！？]|[。！？]”)$/.test(text) ? text : `${text}。`;
}

function proseTexts(paras: OutlineParagraph[]): string[] {
  return paras.filter((p) => !p.derived).flatMap((p) => p.text);
}

/**
 * Full text: the article as written. Level-1 headings 一、 in 黑体; a level-2
 * section （一） in 楷体, set inline at the start of its first paragraph when it
 * is a topic sentence; paragraphs from the notes; summary slides left out.
 */
function fullArticle(ctx: Ctx, a: OutlineArticle, first: boolean): Paragraph[] {
  const out = articleHead(ctx, a, first);
  for (const t of proseTexts(a.lead)) out.push(body(ctx, t));
  let h1 = 0;
  let h2 = 0;
  for (const sec of a.sections) {
    const texts = proseTexts(sec.paragraphs);
    if (sec.level === 1) {
      h1++;
      h2 = 0;
      out.push(heading1(ctx, h1, sec.heading));
    } else if (sec.inline) {
      h2++;
      const [firstText, ...rest] = texts;
      const lead = asSentence(sec.heading);
      // The notes hold the whole source paragraph, topic sentence included: set it once, as the run-in heading.
      const after = firstText?.startsWith(lead) ? firstText.slice(lead.length) : (firstText ?? '');
      out.push(
        new Paragraph({
          style: STYLE.body,
          children: [styledRun(ctx.s, ctx.s.heading2, pointLabel(ctx, h2) + lead), ...textRuns(ctx.s, after)],
        }),
      );
      for (const t of rest) out.push(body(ctx, t));
      continue;
    } else {
      h2++;
      out.push(new Paragraph({ style: STYLE.heading2, children: textRuns(ctx.s, pointLabel(ctx, h2) + stripNumbering(plainText(sec.heading))) }));
    }
    for (const t of texts) out.push(body(ctx, t));
  }
  return out;
}

/** A bullet as a short paragraph, closed with a full stop when it has no final punctuation. */
function bulletSentence(md: string): string {
  // A closing quote ends the sentence only when a stop precedes it ("…强产业。”").
  return /(?:[。！？；…]|[。！？]”)$/.test(plainText(md).trim()) ? md : `${md}。`;
}

/**
 * Key points: the same skeleton, each slide's bullets as short paragraphs. A
 * slide whose title is not a heading (an ordinary paragraph's opening words)
 * leads its first bullet, so the point still reads as a sentence.
 */
function pointsArticle(ctx: Ctx, a: OutlineArticle, first: boolean): Paragraph[] {
  const out = articleHead(ctx, a, first, '（要点）');
  const points = (paras: OutlineParagraph[], titled: boolean): void => {
    paras.forEach((p, i) => {
      if (p.derived) return;
      const bullets = [...p.bullets];
      if (!(titled && i === 0) && p.title && bullets.length) bullets[0] = `${p.title}，${bullets[0]}`;
      else if (!(titled && i === 0) && p.title) bullets.push(p.title);
      for (const b of bullets) out.push(body(ctx, bulletSentence(b)));
    });
  };
  points(a.lead, false);
  let h1 = 0;
  let h2 = 0;
  for (const sec of a.sections) {
    if (sec.level === 1) {
      h1++;
      h2 = 0;
      out.push(heading1(ctx, h1, sec.heading));
    } else {
      h2++;
      out.push(new Paragraph({ style: STYLE.heading2, children: textRuns(ctx.s, pointLabel(ctx, h2) + stripNumbering(plainText(sec.heading))) }));
    }
    points(sec.paragraphs, sec.inline);
  }
  return out;
}

function pictureParagraph(ctx: Ctx, bytes: Uint8Array): Paragraph | null {
  const info = imageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0) return null;
  // 80 % of the text width, in 96-dpi pixels (twips / 15).
  const width = Math.round(((ctx.s.page.width - ctx.s.margin.left - ctx.s.margin.right) / 15) * 0.8);
  const height = Math.round((width * info.height) / info.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // An exact line pitch would crop the picture to one line.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 120 },
    children: [new ImageRun({ type: info.format, data: bytes, transformation: { width, height } })],
  });
}

/** Handout: one block per slide — its title, bullets as 1. 2. …, then the notes. */
function handout(ctx: Ctx, deck: Deck, pictures: ExportResources['slidePictures']): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ style: STYLE.title, children: textRuns(ctx.s, deck.meta.title) }),
    new Paragraph({ style: STYLE.byline, children: [new TextRun('（讲稿）')] }),
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
  deck.slides.forEach((slide, i) => {
    const layout = getLayout(slide);
    const title = plainText(slideTitle(slide) ?? '') || (layout === 'cover' ? deck.meta.title : '');
    // Kept with what follows (the picture, the first bullet) even in the official style.
    out.push(new Paragraph({ style: STYLE.heading1, keepNext: true, children: [new TextRun(`第${i + 1}页\u3000${title}`)] }));
    const pic = ctx.o.slidePictures ? pictures?.[i] : null;
    const picPara = pic ? pictureParagraph(ctx, pic) : null;
    if (picPara) out.push(picPara);
    for (const text of slideParagraphs(slide)) out.push(body(ctx, text));
    // Numbered 1. 2. … unless the items carry their own numbers (一、 in a contents slide).
    const bullets = slideListItems(slide);
    const numbered = bullets.some((b) => stripNumbering(plainText(b)) !== plainText(b));
    bullets.forEach((b, k) => out.push(body(ctx, numbered ? b : `${k + 1}. ${b}`)));
    const notes = (slide.notes ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, '').trim())
      .filter(Boolean);
    notes.forEach((n, k) => {
      out.push(
        new Paragraph({
          style: STYLE.body,
          children: [...(k === 0 ? [styledRun(ctx.s, ctx.s.heading2, '讲稿：')] : []), ...textRuns(ctx.s, n)],
        }),
      );
    });
  });
  return out;
}

export function buildBriefingDocument(deck: Deck, o: ExportOptions, resources: ExportResources = {}): Document {
  const s = resolveDocxStyle(o.style, o.fonts);
  const ctx: Ctx = { s, o };
  const children: Paragraph[] = [];
  if (o.header) children.push(...mastheadParagraphs(s, o.header));
  if (o.kind === 'handout') {
    children.push(...handout(ctx, deck, resources.slidePictures));
  } else {
    const outline = deckToOutline(deck);
    outline.articles.forEach((a, i) => {
      children.push(...(o.kind === 'points' ? pointsArticle(ctx, a, i === 0) : fullArticle(ctx, a, i === 0)));
    });
  }
  children.push(...distributionParagraphs(s, o.distribution));

  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: s.page.width, height: s.page.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...s.margin, gutter: 0 },
      },
      ...(s.grid && s.lineExact !== null
        ? { grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: s.lineExact, charSpace: gridCharSpace(s) } }
        : {}),
    },
    footers: pageFooters(s),
    children,
  };
  return new Document({
    creator: '简报工坊',
    title: deck.meta.title,
    styles: docxStyles(s),
    evenAndOddHeaderAndFooters: s.pageNumber.oddEven,
    sections: [section],
  });
}

/** The briefing as .docx bytes. */
export async function exportDocx(deck: Deck, options?: ExportOptionsInput, resources?: ExportResources): Promise<Uint8Array> {
  const o = resolveExportOptions({ ...options, format: 'docx' });
  const s = resolveDocxStyle(o.style, o.fonts);
  const bytes = await Packer.pack(buildBriefingDocument(deck, o, resources), 'uint8array');
  return s.grid ? patchDocx(bytes, { offGridStyleIds: offGridStyleIds(s), widowControlOff: true }) : bytes;
}
