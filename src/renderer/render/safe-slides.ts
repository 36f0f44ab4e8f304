/**
 * The renderer's side of the one render path (core/render/render-slide.ts): the
 * sanitiser core needs a DOM for is DOMPurify over this window, with the app's slide
 * policy. Results are cached per Slide object (edits replace the objects they change),
 * so thumbnails, the canvas and the presenter render an unchanged slide once; and per
 * Block object where that gives the same HTML, so a keystroke in a title re-sanitises
 * the title, not the whole slide (bench: editor.keystroke_p95_ms).
 */
import DOMPurify from 'dompurify';
import type { Block, Deck, Slide } from '../../core/deck';
import { renderSlide, sectionHtml, slideAttrs, type RenderedSlide, type SafeHtml, type SanitizeHtml } from '../../core/render/render-slide';
import { blockHtml, inlineHtml } from '../../core/render/slide-html';
import { slideDecor } from '../../core/render/slide-decor';
import { sanitizeSlideHtml, type PurifyLike } from '../../core/render/sanitize-policy';

export type { RenderedSlide, SafeHtml } from '../../core/render/render-slide';

/** DOMPurify with the app's slide policy (its defaults would let remote images and reveal.js's loading attributes through). */
export const sanitizeHtml: SanitizeHtml = (html) => sanitizeSlideHtml(DOMPurify as unknown as PurifyLike, html);

const rendered = new WeakMap<Slide, RenderedSlide>();
const notes = new WeakMap<Slide, SafeHtml | null>();
const blocks = new WeakMap<Block, SafeHtml>();

/**
 * Whether a block's HTML stands on its own, so sanitising it alone gives what sanitising
 * the whole slide gives for it: the app writes the tags of headings, paragraphs, lists and
 * images, always closed, and Markdown without a "<" adds only tags Marked writes, closed
 * too. Raw Markdown or a hand-typed tag (an unclosed <b> carries into the next block
 * when the slide is parsed whole) keep the whole-slide path.
 */
function standsAlone(b: Block): boolean {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return !b.text.includes('<');
    case 'list':
      return b.items.every((i) => !i.text.includes('<'));
    case 'image':
      return true;
    case 'raw':
      return false;
  }
}

/** The slide's attributes and sanitised body (no notes). */
export function renderedSlide(slide: Slide): RenderedSlide {
  let r = rendered.get(slide);
  if (!r) {
    r = slide.blocks.every(standsAlone)
      ? // Sanitised block by block (cached per Block); joined as renderSlide joins them.
        { attrs: slideAttrs(slide), body: slide.blocks.map(safeBlockHtml).join('\n') as SafeHtml, notes: null }
      : renderSlide(slide, sanitizeHtml);
    rendered.set(slide, r);
  }
  return r;
}

/** The slide's speaker notes, sanitised, or null without notes. */
export function slideNotesHtml(slide: Slide): SafeHtml | null {
  let n = notes.get(slide);
  if (n === undefined) {
    n = renderSlide(slide, sanitizeHtml, { notes: true }).notes;
    notes.set(slide, n);
  }
  return n;
}

/** One block of the slide (the canvas shows raw blocks this way). */
export function safeBlockHtml(block: Block): SafeHtml {
  let html = blocks.get(block);
  if (html === undefined) {
    html = sanitizeHtml(blockHtml(block));
    blocks.set(block, html);
  }
  return html;
}

/** Inline Markdown of one editable field. */
export function safeInlineHtml(markdown: string): SafeHtml {
  return sanitizeHtml(inlineHtml(markdown));
}

/** A slide with nothing on it (the presenter's "next" after the last slide). Fixed markup, nothing to sanitise. */
export const EMPTY_SECTION = '<section></section>' as SafeHtml;

/** The audience sections of a deck, each rendered when first asked for (an array is one too). */
export interface SlideSections {
  readonly length: number;
  at(index: number): SafeHtml | undefined;
  slice(start: number, end: number): SafeHtml[];
}

/**
 * Every slide as a reveal.js <section>, with its place in the deck (footer, page and
 * section numbers); never the notes. Rendered on demand: the audience view shows a
 * window of 25 slides and the presenter two, so starting a show on a 500-slide deck
 * sanitises those, not all 500.
 */
export function slideSections(deck: Deck): SlideSections {
  const decor = slideDecor(deck);
  const done: Array<SafeHtml | undefined> = new Array<SafeHtml | undefined>(deck.slides.length);
  const at = (i: number): SafeHtml | undefined => {
    if (!Number.isInteger(i) || i < 0 || i >= done.length) return undefined;
    return (done[i] ??= sectionHtml(renderedSlide(deck.slides[i]!), decor[i]));
  };
  return {
    length: done.length,
    at,
    slice: (start, end) => {
      const out: SafeHtml[] = [];
      for (let i = Math.max(0, start); i < Math.min(end, done.length); i++) out.push(at(i)!);
      return out;
    },
  };
}

/**
 * Whether any slide may hold reveal.js fragments, read from the deck without rendering
 * it: a fragment is a class, so its word is in the slide's attributes or text.
 */
export function mayHaveFragments(deck: Deck): boolean {
  const has = (t: string) => t.includes('fragment');
  return deck.slides.some((s) => s.attrs.some((a) => has(a.value)) || s.blocks.some((b) => (b.kind === 'list' ? b.items.some((i) => has(i.text)) : b.kind === 'image' ? false : has(b.text))));
}
