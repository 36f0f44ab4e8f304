/**
 * Deck → Word briefing (.docx bytes): 全文简报 (full), 要点简报 (points) and
 * 讲稿/讲义 (handout), in the GB/T 9704-2012 layout or the plain one.
 * Platform-neutral: docx's Packer.pack(…, 'uint8array') runs in the renderer and
 * in Node alike (Packer.toBuffer would need Node's Buffer).
 */
import { Document, DocumentGridType, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import { plainText } from '../deck/inline-text';
import { balanceTitle } from './title-breaks';
import { distributionAnchor, distributionTable } from './docx-distribution';
import type { ISectionOptions } from 'docx';
import type { Deck } from '../deck/model';
import { splitSentences } from '../deck/split-clauses';
import type { OutlineArticle, OutlineParagraph } from './deck-to-outline';
import { briefingOutline } from './article-outline';
import { closingParagraphs } from './docx-closing';
import { handout } from './docx-handout';
import { HeadingNumbers, headingParagraph, runInChildren, splitRunIn, styleLevel } from './docx-headings';
import { patchDocx } from './docx-postprocess';
import { sessionBriefingParagraphs } from './docx-session';
import { sessionParts } from '../session/session-deck';
import { mastheadParagraphs, pageFooters } from './docx-header';
import { STYLE, docxStyles, offGridStyleIds, textRuns } from './docx-paragraphs';
import type { DocxStyleSet } from './docx-styles';
import { gridCharSpace, resolveDocxStyle, textWidthPt } from './docx-styles';
import type { ExportOptions, ExportOptionsInput } from './export-options';
import { resolveExportOptions } from './export-options';
import type { ExportResources } from './export-types';

interface Ctx {
  s: DocxStyleSet;
  o: ExportOptions;
  /** A Word template's {{标题}} holds the first article's title: the body starts under it. */
  omitFirstHead?: boolean;
}

function body(ctx: Ctx, md: string): Paragraph {
  return new Paragraph({ style: STYLE.body, children: textRuns(ctx.s, md) });
}

/**
 * The title in balanced lines broken at word boundaries ("武进国家高新区：" /
 * "为万亿之城再出发贡献硬核力量"), not wherever the line happens to fill.
 */
export function titleParagraph(s: DocxStyleSet, title: string, pageBreakBefore = false): Paragraph {
  const perLine = Math.floor(textWidthPt(s) / (s.title.size / 2));
  const lines = balanceTitle(plainText(title), perLine);
  return new Paragraph({
    style: STYLE.title,
    pageBreakBefore,
    children: lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

function articleHead(ctx: Ctx, a: OutlineArticle, first: boolean, suffix = ''): Paragraph[] {
  // Under a template's {{标题}} the subtitle and byline still open the text.
  const omitTitle = first && ctx.omitFirstHead === true;
  const out: Paragraph[] = omitTitle ? [] : [titleParagraph(ctx.s, a.title + suffix, !first)];
  if (a.subtitle) out.push(new Paragraph({ style: STYLE.byline, children: textRuns(ctx.s, a.subtitle) }));
  if (a.byline) out.push(new Paragraph({ style: STYLE.byline, children: textRuns(ctx.s, a.byline) }));
  if (omitTitle && out.length === 0) return out;
  // GB/T 9704 leaves one blank line between the title block and the text.
  out.push(new Paragraph({ style: STYLE.body, children: [] }));
  return out;
}

function proseTexts(paras: OutlineParagraph[]): string[] {
  return paras.filter((p) => !p.derived).flatMap((p) => p.text);
}

/**
 * Full text: the article as written. Headings as the author numbered them, each
 * in its level's font; a topic-sentence section (（一）…。 / 1.…。 / 一是…。)
 * set run-in at the start of its paragraph, once; paragraphs from the notes;
 * summary slides left out.
 */
function fullArticle(ctx: Ctx, a: OutlineArticle, first: boolean): Paragraph[] {
  const out = articleHead(ctx, a, first);
  for (const t of proseTexts(a.lead)) out.push(body(ctx, t));
  const numbers = new HeadingNumbers(ctx.o.numberPoints);
  for (const sec of a.sections) {
    const texts = proseTexts(sec.paragraphs);
    const label = numbers.label(sec);
    if (sec.inline) {
      const [firstText, ...rest] = texts;
      const { lead, after } = splitRunIn(sec.heading, firstText);
      const prefix = label.slice(0, label.length - sec.heading.length);
      out.push(new Paragraph({ style: STYLE.body, children: runInChildren(ctx.s, styleLevel(sec), prefix + lead, after) }));
      for (const t of rest) out.push(body(ctx, t));
      continue;
    }
    out.push(headingParagraph(ctx.s, sec, label));
    for (const t of texts) out.push(body(ctx, t));
  }
  return out;
}

/** The first sentence of a paragraph, whole: a point that reads as a sentence. */
function firstSentence(text: string): string {
  return (splitSentences(text, 1)[0] ?? text).trim();
}

/**
 * Key points: the headings as written, each topic sentence run-in as in the
 * full text, and for every other paragraph its first sentence, whole. Never a
 * clause with an added stop, never longer than the full text.
 */
function pointsArticle(ctx: Ctx, a: OutlineArticle, first: boolean): Paragraph[] {
  const out = articleHead(ctx, a, first, '（要点）');
  const points = (paras: OutlineParagraph[], skipFirst: boolean): void => {
    paras
      .filter((p) => !p.derived)
      .forEach((p, i) => {
        if (skipFirst && i === 0) return;
        const text = p.text[0];
        if (text) out.push(body(ctx, firstSentence(text)));
      });
  };
  points(a.lead, false);
  const numbers = new HeadingNumbers(ctx.o.numberPoints);
  for (const sec of a.sections) {
    const label = numbers.label(sec);
    if (sec.inline) {
      const firstText = proseTexts(sec.paragraphs)[0];
      const { lead } = splitRunIn(sec.heading, firstText);
      const prefix = label.slice(0, label.length - sec.heading.length);
      out.push(new Paragraph({ style: STYLE.body, children: runInChildren(ctx.s, styleLevel(sec), prefix + lead, '') }));
    } else out.push(headingParagraph(ctx.s, sec, label));
    points(sec.paragraphs, sec.inline);
  }
  return out;
}

/**
 * One deck's text in the briefing: its article(s) in the chosen kind, the
 * front matter's 附件, 署名 and 成文日期 after the first. `first`: the deck opens
 * the document (no page break before its title).
 */
export function deckBriefingParagraphs(s: DocxStyleSet, o: ExportOptions, deck: Deck, resources: ExportResources = {}, first = true, omitFirstHead = false): Paragraph[] {
  const ctx: Ctx = { s, o, omitFirstHead };
  if (o.kind === 'handout') return handout(s, o, deck, resources.slidePictures);
  const children: Paragraph[] = [];
  briefingOutline(deck, resources.article).articles.forEach((a, i) => {
    const opens = first && i === 0;
    children.push(...(o.kind === 'points' ? pointsArticle(ctx, a, opens) : fullArticle(ctx, a, opens)));
    // The front matter's 附件, 署名 and 成文日期 close the deck's (first) article.
    if (i === 0) children.push(...closingParagraphs(s, deck.meta.closing));
  });
  return children;
}

/** The document around a briefing's paragraphs: page, grid, footers, styles and the 版记 once at the end. */
export function briefingDocument(s: DocxStyleSet, o: ExportOptions, title: string, children: Paragraph[]): Document {
  const banji = distributionTable(s, o.distribution);
  const body: Array<Paragraph | Table> = [...children];
  // The 版记 floats to the foot of the page its anchor paragraph is on: a
  // hairline paragraph after it, so the anchor adds no line to the last page.
  if (banji) body.push(banji, distributionAnchor());

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
    children: body,
  };
  return new Document({
    creator: '简报工坊',
    title,
    styles: docxStyles(s),
    evenAndOddHeaderAndFooters: s.pageNumber.oddEven,
    sections: [section],
  });
}

/**
 * The briefing's text without masthead, 版记 or page setup: the generated document
 * and a Word template's {{正文}} both take it. `omitFirstHead`: the template's
 * {{标题}} already holds the (single deck's) title.
 */
export function briefingBody(deck: Deck, o: ExportOptions, resources: ExportResources = {}, omitFirstHead = false): Paragraph[] {
  const s = resolveDocxStyle(o.style, o.fonts);
  // A study session's deck (several decks in one) is filed as one 简报 of several items.
  const parts = o.kind === 'handout' ? [] : sessionParts(deck);
  if (parts.length > 0) return sessionBriefingParagraphs(parts, (d, first) => deckBriefingParagraphs(s, o, d, { ...resources, article: null }, first));
  return deckBriefingParagraphs(s, o, deck, resources, true, omitFirstHead);
}

export function buildBriefingDocument(deck: Deck, o: ExportOptions, resources: ExportResources = {}): Document {
  const s = resolveDocxStyle(o.style, o.fonts);
  const children: Paragraph[] = [];
  if (o.header) children.push(...mastheadParagraphs(s, o.header));
  children.push(...briefingBody(deck, o, resources));
  return briefingDocument(s, o, deck.meta.title, children);
}

/** The briefing as .docx bytes. */
export async function exportDocx(deck: Deck, options?: ExportOptionsInput, resources?: ExportResources): Promise<Uint8Array> {
  const o = resolveExportOptions({ ...options, format: 'docx' });
  const s = resolveDocxStyle(o.style, o.fonts);
  const bytes = await Packer.pack(buildBriefingDocument(deck, o, resources), 'uint8array');
  return patchDocx(bytes, { offGridStyleIds: s.grid ? offGridStyleIds(s) : [], widowControlOff: s.grid !== null, autoSpaceOff: true });
}
