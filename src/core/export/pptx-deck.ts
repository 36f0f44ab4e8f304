/**
 * Deck → editable PowerPoint (.pptx bytes) through pptxgenjs: one slide per deck
 * slide, 16:9, real text boxes (a slide's bullets are paragraphs of one box, so
 * they edit and reflow like any PowerPoint list), speaker notes in the notes
 * pane, Chinese fonts in the East Asian slot, the deck's images kept.
 * Platform-neutral: write({ outputType: 'uint8array' }) works in the renderer
 * and in Node.
 */
import PptxGenJS from 'pptxgenjs';
import type { Block, Deck, Slide } from '../deck/model';
import { slideParagraphs, slideTitle } from '../deck/operations';
import { getLayout } from '../deck/slide-attrs';
import type { ExportOptionsInput } from './export-options';
import type { ExportResources } from './export-types';
import { imageInfo, imageMime } from './image-size';
import { bytesToBase64 } from '../base64';
import { parseInline, plainText } from '../deck/inline-text';
import { patchPptx } from './pptx-postprocess';
import type { PptxTheme } from './pptx-theme';
import { SLIDE_H, SLIDE_W, pptxThemes } from './pptx-theme';

type TextRun = PptxGenJS.TextProps;
type PSlide = PptxGenJS.Slide;

const LANG = 'zh-CN';
const MARGIN_X = 0.7;

interface Ctx {
  pptx: PptxGenJS;
  t: PptxTheme;
}

/** Inline Markdown → runs; figures and quoted terms in the accent colour. */
function runs(ctx: Ctx, md: string, base: PptxGenJS.TextPropsOptions = {}): TextRun[] {
  return parseInline(md).map((r) => ({
    text: r.text,
    options: {
      ...base,
      fontFace: base.fontFace ?? ctx.t.bodyFont,
      lang: LANG,
      ...(r.bold ? { bold: true, color: ctx.t.accent } : {}),
      ...(r.italic ? { color: ctx.t.accent } : {}),
    },
  }));
}

/**
 * One paragraph. pptxgenjs starts a new paragraph at every run that carries
 * `bullet`, so paragraph options (bullet, level, spacing) go on the first run
 * only; `align` may repeat (it only splits where it changes); a line break
 * after the last run ends the paragraph.
 */
function paragraph(ctx: Ctx, md: string, para: PptxGenJS.TextPropsOptions, run: PptxGenJS.TextPropsOptions = {}): TextRun[] {
  const rs = runs(ctx, md, run);
  if (rs.length === 0) rs.push({ text: '', options: { ...run, lang: LANG } });
  rs[0]!.options = { ...rs[0]!.options, ...para };
  rs[rs.length - 1]!.options = { ...rs[rs.length - 1]!.options, breakLine: true };
  return rs;
}

function addTitle(ctx: Ctx, s: PSlide, text: string): void {
  s.addText(runs(ctx, plainText(text), { fontFace: ctx.t.headFont }), {
    x: MARGIN_X, y: 0.35, w: SLIDE_W - 2 * MARGIN_X, h: 1.0,
    fontSize: 30, color: ctx.t.primary, bold: true, valign: 'middle', fit: 'shrink', objectName: '标题',
  });
}

interface ListItem { text: string; depth: number; ordered: boolean }

function listItems(slide: Slide): ListItem[] {
  return slide.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => ({ ...i, ordered: b.ordered })) : []));
}

function addBullets(ctx: Ctx, s: PSlide, items: ListItem[], box: { x: number; y: number; w: number; h: number }, fontSize: number): void {
  if (items.length === 0) return;
  const text = items.flatMap((it) =>
    paragraph(
      ctx,
      it.text,
      {
        bullet: it.ordered ? { type: 'number' } : { characterCode: '25A0', indent: fontSize * 1.2 },
        indentLevel: it.depth,
        paraSpaceAfter: fontSize * 0.5,
      },
      { color: ctx.t.text },
    ),
  );
  s.addText(text, { ...box, fontSize, valign: 'top', fit: 'shrink', lineSpacingMultiple: 1.15, objectName: '要点' });
}

function addParagraphs(ctx: Ctx, s: PSlide, paras: string[], box: { x: number; y: number; w: number; h: number }, fontSize: number, align: 'left' | 'center' = 'left'): void {
  if (paras.length === 0) return;
  const text = paras.flatMap((p) => paragraph(ctx, p, { paraSpaceAfter: fontSize * 0.4 }, { color: ctx.t.text, align }));
  s.addText(text, { ...box, fontSize, valign: 'top', fit: 'shrink', align });
}

async function loadImages(blocks: Block[], resources: ExportResources): Promise<Array<{ data: string; ratio: number; alt: string }>> {
  const out: Array<{ data: string; ratio: number; alt: string }> = [];
  for (const b of blocks) {
    if (b.kind !== 'image' || !resources.assets) continue;
    const bytes = await resources.assets(b.src);
    const info = bytes ? imageInfo(bytes) : null;
    if (!bytes || !info || !info.width || !info.height) continue;
    out.push({ data: `${imageMime(info.format)};base64,${bytesToBase64(bytes)}`, ratio: info.height / info.width, alt: b.alt });
  }
  return out;
}

/** Fit an image of the given aspect ratio into a box, centred. */
function fitBox(ratio: number, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  let w = box.w;
  let h = w * ratio;
  if (h > box.h) {
    h = box.h;
    w = h / ratio;
  }
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

async function addSlide(ctx: Ctx, deck: Deck, slide: Slide, resources: ExportResources): Promise<void> {
  const { pptx, t } = ctx;
  const layout = getLayout(slide);
  const title = slideTitle(slide) ?? '';
  const paras = slideParagraphs(slide);
  const items = listItems(slide);
  const raws = slide.blocks.flatMap((b) => (b.kind === 'raw' ? [b.text] : []));
  const images = await loadImages(slide.blocks, resources);
  const fullW = SLIDE_W - 2 * MARGIN_X;

  if (layout === 'cover' || layout === 'section' || layout === 'closing') {
    const s = pptx.addSlide({ masterName: 'BANNER' });
    const big = layout === 'section' ? 40 : 44;
    s.addText(runs(ctx, plainText(title || deck.meta.title), { fontFace: t.headFont, color: t.onPrimary }), {
      x: MARGIN_X, y: layout === 'closing' ? 2.6 : 2.0, w: fullW, h: 1.6,
      fontSize: big, bold: true, align: 'center', valign: 'middle', fit: 'shrink', objectName: '标题',
    });
    const sub = layout === 'cover' && paras.length === 0 && deck.meta.byline ? [deck.meta.byline] : paras;
    if (sub.length) {
      s.addText(sub.flatMap((p) => paragraph(ctx, p, {}, { color: t.onPrimary, align: 'center' })), {
        x: MARGIN_X, y: 3.9, w: fullW, h: 1.4, fontSize: 22, align: 'center', valign: 'top', fit: 'shrink', objectName: '副标题',
      });
    }
    if (slide.notes) s.addNotes(plainText(slide.notes));
    return;
  }

  const s = pptx.addSlide({ masterName: 'CONTENT' });
  addTitle(ctx, s, title);
  const body = { x: MARGIN_X, y: 1.55, w: fullW, h: SLIDE_H - 1.55 - 0.7 };
  // Figures slides are few words with big numbers: larger type.
  const bodySize = layout === 'figures' ? 26 : 22;

  if (layout === 'quote') {
    addParagraphs(ctx, s, [...paras, ...items.map((i) => i.text), ...raws], { ...body, x: body.x + 1, w: body.w - 2 }, 28, 'center');
  } else if (layout === 'two-column' && items.length > 1) {
    const half = Math.ceil(items.length / 2);
    const colW = (fullW - 0.4) / 2;
    addParagraphs(ctx, s, paras, { ...body, h: 1 }, bodySize);
    const y = paras.length ? body.y + 1.1 : body.y;
    addBullets(ctx, s, items.slice(0, half), { x: body.x, y, w: colW, h: body.h - (y - body.y) }, bodySize);
    addBullets(ctx, s, items.slice(half), { x: body.x + colW + 0.4, y, w: colW, h: body.h - (y - body.y) }, bodySize);
  } else {
    const textW = images.length ? fullW * 0.55 : fullW;
    let y = body.y;
    if (paras.length || raws.length) {
      const h = items.length ? 1.2 : body.h;
      addParagraphs(ctx, s, [...paras, ...raws], { x: body.x, y, w: textW, h }, bodySize);
      y += h + 0.1;
    }
    addBullets(ctx, s, items, { x: body.x, y, w: textW, h: body.h - (y - body.y) }, bodySize);
  }
  if (images.length) {
    const area = { x: MARGIN_X + fullW * 0.58, y: body.y, w: fullW * 0.42, h: body.h / images.length };
    images.forEach((img, i) => {
      s.addImage({ data: img.data, altText: img.alt, ...fitBox(img.ratio, { ...area, y: area.y + i * area.h, h: area.h - 0.1 }) });
    });
  }
  if (slide.notes) s.addNotes(plainText(slide.notes));
}

function defineMasters(ctx: Ctx): void {
  const { pptx, t } = ctx;
  pptx.defineSlideMaster({
    title: 'CONTENT',
    background: { color: t.background },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_W, h: 0.12, fill: { color: t.primary } } },
      { rect: { x: MARGIN_X, y: 1.38, w: SLIDE_W - 2 * MARGIN_X, h: 0.03, fill: { color: t.accent } } },
    ],
    slideNumber: { x: SLIDE_W - 1.2, y: SLIDE_H - 0.5, w: 0.8, h: 0.3, fontSize: 12, color: t.muted, fontFace: t.latinFont },
  });
  pptx.defineSlideMaster({
    title: 'BANNER',
    background: { color: t.primary },
    objects: [{ rect: { x: 0, y: SLIDE_H - 0.5, w: SLIDE_W, h: 0.5, fill: { color: t.accent } } }],
  });
}

/** The deck as .pptx bytes. Options are accepted for symmetry with exportDocx (the theme comes from the deck). */
export async function exportPptx(deck: Deck, _options?: ExportOptionsInput, resources: ExportResources = {}): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.meta.title;
  pptx.author = deck.meta.byline ?? '简报工坊';
  pptx.company = '简报工坊';
  pptx.theme = { headFontFace: pptxThemes[deck.meta.theme]?.latinFont ?? 'Arial', bodyFontFace: 'Arial' };
  const t = pptxThemes[deck.meta.theme] ?? pptxThemes['party-red'];
  const ctx: Ctx = { pptx, t };
  defineMasters(ctx);
  for (const slide of deck.slides) await addSlide(ctx, deck, slide, resources);
  // Stored, not deflated: patchPptx rewrites the package and compresses it once.
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return patchPptx(bytes, t);
}
