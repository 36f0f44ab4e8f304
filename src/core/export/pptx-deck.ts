/**
 * Deck → editable PowerPoint (.pptx bytes) through pptxgenjs, looking like the
 * editor: the theme's colours, fonts and layouts (pptx-theme.ts mirrors the slide
 * CSS; pptx-layouts.ts draws each layout as base.css does), 16:9 or 4:3 as the deck
 * says, slide titles in real title placeholders (outline view, accessibility
 * checkers), balanced title lines, the footer (deck title, page number) on content
 * pages unless the deck turns it off, the 数说 slide as figure cards, real text boxes
 * (a slide's bullets are paragraphs of one box), speaker notes in the notes pane,
 * Chinese fonts in the East Asian slot, the deck's images kept.
 * Platform-neutral: write({ outputType: 'uint8array' }) works in the renderer and in Node.
 */
import PptxGenJS from 'pptxgenjs';
import type { Block, Deck, Slide } from '../deck/model';
import { footerText, slideDecor } from '../render/slide-decor';
import { slideParagraphs, slideTitle } from '../deck/operations';
import { getLayout } from '../deck/slide-attrs';
import type { ExportOptionsInput } from './export-options';
import type { ExportResources } from './export-types';
import { imageInfo, imageMime } from './image-size';
import { bytesToBase64 } from '../base64';
import { plainText } from '../deck/inline-text';
import { BODY_BOTTOM, BODY_TOP, bullets, contentTitle, contents, cover, figures, footer, paragraphs, section, twoColumns, type Item, type Page } from './pptx-layouts';
import { MASTER, PAD_X, QUOTE_TITLE, defineMasters } from './pptx-masters';
import { patchPptx } from './pptx-postprocess';
import { throwIfCancelled } from '../jobs';
import { pptxThemes, px, slideInches, type PptxTheme } from './pptx-theme';
import { coverLogo, customPptxTheme, footerLogo } from './pptx-custom';
import type { CustomTheme } from '../theme/custom-theme';
import type { BuiltinThemeName } from '../deck/model';

function listItems(slide: Slide): Item[] {
  return slide.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => ({ ...i, ordered: b.ordered })) : []));
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

/** Fit an image of the given aspect ratio into a box (CSS px), centred; inches out. */
function fitBox(ratio: number, box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  let w = box.w;
  let h = w * ratio;
  if (h > box.h) {
    h = box.h;
    w = h / ratio;
  }
  return { x: px(box.x + (box.w - w) / 2), y: px(box.y + (box.h - h) / 2), w: px(w), h: px(h) };
}

interface Ctx {
  pptx: PptxGenJS;
  deck: Deck;
  theme: string;
  t: PptxTheme;
  /** The unit's own theme when the deck names it and the host has it. */
  custom: CustomTheme | null;
  W: number;
  H: number;
}

async function addSlide(ctx: Ctx, slide: Slide, decor: Record<string, string>, resources: ExportResources): Promise<void> {
  const { pptx, deck, W, H } = ctx;
  const t = ctx.t;
  const layout = getLayout(slide);
  const title = slideTitle(slide) ?? '';
  const paras = slideParagraphs(slide);
  const items = listItems(slide);
  const raws = slide.blocks.flatMap((b) => (b.kind === 'raw' ? [b.text] : []));
  const master = layout === 'cover' || layout === 'closing' ? MASTER.cover : layout === 'section' ? MASTER.section : layout === 'quote' ? MASTER.quote : MASTER.content;
  const page: Page = { slide: pptx.addSlide({ masterName: master }), t, theme: ctx.theme, W, H };
  if (slide.notes) page.slide.addNotes(plainText(slide.notes));

  if (layout === 'cover' || layout === 'closing') {
    const sub = layout === 'cover' && paras.length === 0 && deck.meta.byline ? [deck.meta.byline] : paras;
    cover(page, title || deck.meta.title, [...sub, ...items.map((i) => i.text)], layout === 'closing');
    if (layout === 'cover' && ctx.custom) coverLogo(page.slide, ctx.custom, W);
    return;
  }
  if (layout === 'section') {
    section(page, title, decor['data-section-no'] ?? '', [...paras, ...items.map((i) => i.text)]);
    return;
  }
  if (decor['data-page']) footer(page, footerText(deck) ?? '', ctx.custom ? footerLogo(page.slide, ctx.custom, PAD_X, H) : 0);
  const body = { x: PAD_X, y: BODY_TOP, w: W - 2 * PAD_X, h: H - BODY_BOTTOM - BODY_TOP - 8 };

  if (layout === 'quote') {
    contentTitle(page, title, { fontPx: t.bodyPx * 1.45, font: t.serifFont, align: 'center', widthPx: W - 2 * PAD_X - 80, onBand: false });
    const below = { x: PAD_X + 40, y: QUOTE_TITLE.y + QUOTE_TITLE.h + 30, w: W - 2 * PAD_X - 80, h: H - BODY_BOTTOM - (QUOTE_TITLE.y + QUOTE_TITLE.h + 30) - 8 };
    if (items.length) bullets(page, items, below);
    else paragraphs(page, [...paras, ...raws], below, { fontPx: t.bodyPx * 1.1, valign: 'middle' });
    return;
  }
  contentTitle(page, title);
  if (layout === 'contents' && items.length) {
    contents(page, items);
    return;
  }
  if (layout === 'figures' && items.length) {
    figures(page, items);
    return;
  }
  if (layout === 'two-column' && items.length > 1) {
    paragraphs(page, paras, { ...body, h: 90 });
    const y = paras.length ? body.y + 100 : body.y;
    twoColumns(page, items, { ...body, y, h: body.h - (y - body.y) });
    return;
  }
  const images = await loadImages(slide.blocks, resources);
  // Picture + text: the text in the left 58%, the picture on the right (CSS grid 1fr / 42%).
  const textW = images.length ? body.w * 0.58 - 20 : body.w;
  let y = body.y;
  if (paras.length || raws.length) {
    const h = items.length ? 110 : body.h;
    paragraphs(page, [...paras, ...raws], { x: body.x, y, w: textW, h });
    y += h + 10;
  }
  bullets(page, items, { x: body.x, y, w: textW, h: body.h - (y - body.y) }, { spread: images.length === 0 });
  if (images.length) {
    const area = { x: PAD_X + body.w * 0.58 + 20, y: body.y, w: body.w * 0.42 - 20, h: body.h / images.length };
    images.forEach((img, i) => {
      page.slide.addImage({ data: img.data, altText: img.alt, ...fitBox(img.ratio, { ...area, y: area.y + i * area.h, h: area.h - 10 }) });
    });
  }
}

/** The deck as .pptx bytes. Options are accepted for symmetry with exportDocx (the theme comes from the deck). */
export async function exportPptx(deck: Deck, _options?: ExportOptionsInput, resources: ExportResources = {}): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  const size = slideInches(deck.meta.aspect);
  if (deck.meta.aspect === '4:3') pptx.layout = 'LAYOUT_4x3';
  else pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.meta.title;
  pptx.author = deck.meta.byline ?? '简报工坊';
  pptx.company = '简报工坊';
  // The unit's own theme when the host has it; a deck naming one this machine lacks gets the default theme.
  const custom = deck.meta.theme === 'custom' ? (resources.customTheme ?? null) : null;
  const theme = custom ? 'custom' : deck.meta.theme in pptxThemes ? (deck.meta.theme as BuiltinThemeName) : 'party-red';
  const t = custom ? customPptxTheme(custom) : pptxThemes[theme as BuiltinThemeName];
  pptx.theme = { headFontFace: t.latinFont, bodyFontFace: t.latinFont };
  const ctx: Ctx = { pptx, deck, theme, t, custom, W: size.w * 96, H: size.h * 96 };
  defineMasters(pptx, theme, t, ctx.W, ctx.H, custom);
  const decor = slideDecor(deck);
  const total = deck.slides.length;
  const { progress, signal } = resources;
  // About 200 reports whatever the length; each is also a chance to see a cancel and let timers run.
  const step = Math.max(1, Math.floor(total / 200));
  for (let i = 0; i < total; i++) {
    await addSlide(ctx, deck.slides[i]!, decor[i] ?? {}, resources);
    if ((i + 1) % step === 0) {
      progress?.({ phase: 'slides', done: i + 1, total });
      await new Promise((r) => setTimeout(r, 0));
      throwIfCancelled(signal);
    }
  }
  progress?.({ phase: 'slides', done: total, total });
  progress?.({ phase: 'package', done: 0, total });
  // Stored, not deflated: patchPptx rewrites the package and compresses it once.
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  throwIfCancelled(signal);
  // Package progress in slide units, so the bar reads "n of <slides>" throughout.
  return patchPptx(bytes, t, { theme, signal, progress: (done, all) => progress?.({ phase: 'package', done: Math.floor((done / all) * total), total }) });
}
