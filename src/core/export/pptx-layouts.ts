/**
 * The layouts of the PowerPoint export, drawn the way resources/themes/base.css
 * draws them: cover and closing, section divider with its large number, contents
 * cards, bullets spread over the page, 数说 figure cards, quote, two columns,
 * picture + text. Geometry in CSS px of the slide (px() → inches, pt() → points).
 */
import type PptxGenJS from 'pptxgenjs';
import { parseInline } from '../deck/inline-text';
import { BODY_BOTTOM, BODY_TOP, COVER_TITLE, FOOTER_RULE, HERO_PAD, PAD_X, SECTION_TITLE } from './pptx-masters';
import type { PptxTheme } from './pptx-theme';
import { pt, px } from './pptx-theme';
import { LANG, paragraph, runs, titleRuns, type Ink, type TextRun } from './pptx-text';
import { textWidth } from '../render/title-breaks';
import { startsWithOwnNumber } from '../render/slide-html';

type PSlide = PptxGenJS.Slide;

export interface Page {
  slide: PSlide;
  t: PptxTheme;
  theme: string;
  W: number;
  H: number;
}

export interface Item {
  text: string;
  depth: number;
  ordered: boolean;
}

export const contentInk = (t: PptxTheme): Ink => ({ text: t.text, term: t.term, figure: t.figure, font: t.bodyFont, underlineTerms: t.underlineTerms });
export const heroInk = (t: PptxTheme): Ink => ({ text: t.heroMuted, term: t.heroTerm, figure: t.heroFigure, font: t.bodyFont });
const titleInk = (t: PptxTheme, onBand: boolean): Ink =>
  t.titleBand && onBand ? { text: t.titleBand.text, term: t.titleBand.term, figure: t.titleBand.term, font: t.headFont } : { text: t.heading, term: t.term, figure: t.figure, font: t.headFont };

function box(p: Page, x: number, y: number, w: number, h: number, fill: string): void {
  p.slide.addShape('rect', { x: px(x), y: px(y), w: px(w), h: px(h), fill: { color: fill }, line: { type: 'none' } });
}

/** The slide title in the master's title placeholder, broken into balanced lines. */
export function contentTitle(p: Page, md: string, opts: { fontPx?: number; font?: string; align?: 'left' | 'center'; widthPx?: number; onBand?: boolean } = {}): void {
  const fontPx = opts.fontPx ?? p.t.bodyPx * 1.3;
  const ink = { ...titleInk(p.t, opts.onBand !== false), ...(opts.font ? { font: opts.font } : {}) };
  p.slide.addText(titleRuns(md, ink, fontPx, opts.widthPx ?? p.W - 2 * PAD_X, { fontSize: pt(fontPx), bold: true }), {
    placeholder: 'title',
    fontSize: pt(fontPx),
    align: opts.align ?? 'left',
    fit: 'shrink',
  });
}

/** Footer on a content page: rule, deck title, page number field (as the CSS footer); `shift` px right of a logo. */
export function footer(p: Page, deckTitle: string, shift = 0): void {
  const size = pt(p.theme === 'high-contrast' ? 22 : 18);
  box(p, PAD_X, p.H - FOOTER_RULE, p.W - 2 * PAD_X, 1, p.t.rule);
  p.slide.addText([{ text: deckTitle, options: { lang: LANG, fontFace: p.t.bodyFont } }], {
    x: px(PAD_X + shift), y: px(p.H - 48), w: px((p.W - 2 * PAD_X) * 0.7 - shift), h: px(34), fontSize: size, color: p.t.muted, valign: 'middle', margin: 0, objectName: '页脚',
  });
  p.slide.slideNumber = { x: px(p.W - PAD_X - 120), y: px(p.H - 48), w: px(120), h: px(34), fontSize: size, bold: true, color: p.t.footerNumber ?? p.t.muted, fontFace: p.t.latinFont, align: 'right', valign: 'middle', margin: 0 } as PptxGenJS.SlideNumberProps;
}

/** Lines a paragraph takes at `fontPx` in a box `widthPx` wide. */
function linesOf(md: string, fontPx: number, widthPx: number): number {
  const text = parseInline(md).map((r) => r.text).join('');
  return Math.max(1, Math.ceil(textWidth(text) / Math.max(1, Math.floor(widthPx / fontPx))));
}

/** Bullets spread over the box like the CSS (space-evenly): the free height shared out as paragraph spacing. */
export function bullets(p: Page, items: Item[], area: { x: number; y: number; w: number; h: number }, opts: { spread?: boolean } = {}): void {
  if (items.length === 0) return;
  const fontPx = p.t.bodyPx;
  const lineH = fontPx * 1.5;
  const textW = area.w - fontPx * 1.15 - 10;
  const used = items.reduce((n, it) => n + linesOf(it.text, fontPx * (it.depth ? 0.85 : 1), textW) * lineH, 0);
  const gap = opts.spread === false ? 12 : Math.max(8, Math.min(60, (area.h - used) / (items.length + 1)));
  const text = items.flatMap((it, i) =>
    paragraph(
      it.text,
      contentInk(p.t),
      {
        // As the slide CSS: a point carrying the author's own number gets no diamond.
        bullet: it.ordered ? { type: 'number' } : startsWithOwnNumber(it.text) ? false : { characterCode: '25C6', indent: pt(fontPx * 1.15) },
        indentLevel: it.depth,
        paraSpaceBefore: i === 0 ? 0 : pt(gap),
        lineSpacingMultiple: 1.25,
      },
      { fontSize: pt(fontPx * (it.depth ? 0.85 : 1)) },
    ),
  );
  p.slide.addText(text, { x: px(area.x), y: px(area.y), w: px(area.w), h: px(area.h), valign: opts.spread === false ? 'top' : 'middle', fit: 'shrink', margin: 0, objectName: '要点' });
}

export function paragraphs(p: Page, paras: string[], area: { x: number; y: number; w: number; h: number }, opts: { fontPx?: number; align?: 'left' | 'center'; ink?: Ink; valign?: 'top' | 'middle' } = {}): void {
  if (paras.length === 0) return;
  const fontPx = opts.fontPx ?? p.t.bodyPx;
  const text = paras.flatMap((s) => paragraph(s, opts.ink ?? contentInk(p.t), { paraSpaceAfter: pt(fontPx * 0.4), align: opts.align ?? 'left' }, { fontSize: pt(fontPx) }));
  p.slide.addText(text, { x: px(area.x), y: px(area.y), w: px(area.w), h: px(area.h), valign: opts.valign ?? 'top', fit: 'shrink', margin: 0 });
}

/** Cover and closing: title in the placeholder, a short bar, the lines under it. */
export function cover(p: Page, title: string, sub: string[], closing: boolean): void {
  const fontPx = p.t.bodyPx * (closing ? 2.2 : 1.9);
  p.slide.addText(titleRuns(title, { text: p.t.onPrimary, term: p.t.heroTerm, figure: p.t.heroFigure, font: p.t.headFont }, fontPx, p.W + COVER_TITLE.w, { fontSize: pt(fontPx), bold: true }), {
    placeholder: 'title',
    fontSize: pt(fontPx),
    align: 'center',
    fit: 'shrink',
  });
  box(p, (p.W - 160) / 2, COVER_TITLE.y + COVER_TITLE.h + 18, 160, 6, p.t.heroAccent);
  paragraphs(p, sub, { x: HERO_PAD, y: COVER_TITLE.y + COVER_TITLE.h + 50, w: p.W - 2 * HERO_PAD, h: 170 }, { fontPx: p.t.bodyPx * 0.8, align: 'center', ink: heroInk(p.t) });
}

/** Section divider: the large number (decoration, not text of the heading), heading as written, rule, subtitle. */
export function section(p: Page, title: string, number: string, sub: string[]): void {
  const ring = p.theme === 'study-red';
  if (ring) p.slide.addShape('ellipse', { x: px(HERO_PAD), y: px(100), w: px(220), h: px(220), fill: { type: 'none' } as unknown as PptxGenJS.ShapeFillProps, line: { color: p.t.heroNumber, width: 4.5 } });
  p.slide.addText(number, {
    x: px(HERO_PAD), y: px(ring ? 100 : 110), w: px(ring ? 220 : 480), h: px(ring ? 220 : 210),
    fontSize: pt(ring ? 120 : 190), bold: true, fontFace: p.t.latinFont, color: p.t.heroNumber, align: ring ? 'center' : 'left', valign: ring ? 'middle' : 'bottom', margin: 0, objectName: '章节序号',
  });
  const fontPx = p.t.bodyPx * 1.6;
  p.slide.addText(titleRuns(title, { text: p.t.onPrimary, term: p.t.heroTerm, figure: p.t.heroFigure, font: p.t.headFont }, fontPx, p.W + SECTION_TITLE.w, { fontSize: pt(fontPx), bold: true }), {
    placeholder: 'title',
    fontSize: pt(fontPx),
    align: 'left',
    fit: 'shrink',
  });
  box(p, HERO_PAD, SECTION_TITLE.y + SECTION_TITLE.h + 8, p.W - 2 * HERO_PAD, 5, p.t.heroAccent);
  paragraphs(p, sub, { x: HERO_PAD, y: SECTION_TITLE.y + SECTION_TITLE.h + 34, w: p.W - 2 * HERO_PAD, h: 110 }, { fontPx: p.t.bodyPx * 0.85, ink: heroInk(p.t) });
}

/** Contents: one card per entry with a 01, 02… badge (CSS counter), centred in the body. */
export function contents(p: Page, items: Item[]): void {
  const fontPx = p.t.bodyPx * 0.95;
  const cardH = fontPx * 1.5 + 24;
  const gap = 18;
  const total = items.length * cardH + (items.length - 1) * gap;
  const bodyH = p.H - BODY_BOTTOM - BODY_TOP;
  let y = BODY_TOP + Math.max(0, (bodyH - total) / 2);
  const w = p.W - 2 * PAD_X;
  const scale = total > bodyH ? bodyH / total : 1;
  items.forEach((it, i) => {
    const h = cardH * scale;
    box(p, PAD_X, y, w, h, p.t.card);
    box(p, PAD_X, y, 8, h, p.theme === 'study-red' ? p.t.rule : p.t.accent);
    const badge: TextRun = { text: String(i + 1).padStart(2, '0') + '  ', options: { fontFace: p.t.latinFont, bold: true, color: p.t.number ?? p.t.accent, fontSize: pt(fontPx * 1.3) } };
    p.slide.addText([badge, ...runs(it.text, contentInk(p.t), { fontSize: pt(fontPx) })], {
      x: px(PAD_X + 36), y: px(y), w: px(w - 56), h: px(h), valign: 'middle', margin: 0, fit: 'shrink',
    });
    y += h + gap * scale;
  });
}

/** 数说: each point a card, its figures large on their own line (CSS: strong as a block). */
export function figures(p: Page, items: Item[]): void {
  const w = p.W - 2 * PAD_X;
  const cols = Math.max(1, Math.min(items.length, Math.floor((w + 22) / (300 + 22))));
  const rows = Math.ceil(items.length / cols);
  const cardW = (w - (cols - 1) * 22) / cols;
  const bodyH = p.H - BODY_BOTTOM - BODY_TOP;
  const cardH = Math.min(230, (bodyH - (rows - 1) * 22) / rows);
  const top = BODY_TOP + (bodyH - rows * cardH - (rows - 1) * 22) / 2;
  const fontPx = p.t.bodyPx * 0.8;
  const ink = contentInk(p.t);
  items.forEach((it, i) => {
    const x = PAD_X + (i % cols) * (cardW + 22);
    const y = top + Math.floor(i / cols) * (cardH + 22);
    box(p, x, y, cardW, cardH, p.t.card);
    box(p, x, y, cardW, 6, p.theme === 'study-red' ? p.t.rule : p.t.accent);
    // Split the point at its figures: text, FIGURE, text — one paragraph each.
    const lines: TextRun[] = [];
    let pending: TextRun[] = [];
    const flush = () => {
      if (pending.length) {
        pending[pending.length - 1]!.options = { ...pending[pending.length - 1]!.options, breakLine: true };
        lines.push(...pending);
      }
      pending = [];
    };
    for (const r of parseInline(it.text)) {
      if (r.bold) {
        flush();
        lines.push({ text: r.text, options: { bold: true, color: ink.figure, fontFace: p.t.latinFont, fontSize: pt(fontPx * 1.8), lang: LANG, breakLine: true } });
      } else pending.push({ text: r.text, options: { color: ink.text, bold: r.italic, ...(r.italic ? { color: ink.term } : {}), fontFace: p.t.bodyFont, fontSize: pt(fontPx), lang: LANG } });
    }
    flush();
    p.slide.addText(lines, { x: px(x + 22), y: px(y + 18), w: px(cardW - 44), h: px(cardH - 30), valign: 'middle', margin: 0, fit: 'shrink', objectName: '数说' });
  });
}

export function twoColumns(p: Page, items: Item[], area: { x: number; y: number; w: number; h: number }): void {
  const half = Math.ceil(items.length / 2);
  const colW = (area.w - 64) / 2;
  bullets(p, items.slice(0, half), { ...area, w: colW, y: area.y + 12, h: area.h - 12 }, { spread: false });
  box(p, area.x + colW + 31, area.y + 12, 2, area.h - 12, p.t.rule);
  bullets(p, items.slice(half), { ...area, x: area.x + colW + 64, w: colW, y: area.y + 12, h: area.h - 12 }, { spread: false });
}

export { BODY_BOTTOM, BODY_TOP };
