/**
 * Every piece of slide HTML passes DOMPurify before it reaches the document: a deck
 * file is untrusted text (raw blocks may carry HTML), and core's renderer has no DOM
 * to sanitise with. Results are cached by input, since thumbnails re-render often.
 */
import DOMPurify from 'dompurify';
import { blockHtml, slideHtml } from '../../core/render/slide-html';
import type { Block, Slide } from '../../core/deck';
import { sanitizeSlideHtml, keepSlideAttribute, type PurifyLike } from '../../core/render/sanitize-policy';

const slideCache = new WeakMap<Slide, string>();
const blockCache = new WeakMap<Block, string>();

export function cleanHtml(html: string): string {
  // The app's slide policy: DOMPurify's defaults let remote <img>, <style> @import and
  // reveal.js loading attributes through, which would fetch from outside.
  return sanitizeSlideHtml(DOMPurify as unknown as PurifyLike, html);
}

/** Inner HTML of the slide's <section> (attributes are applied by SlideFrame). */
export function safeSlideBody(slide: Slide): string {
  let html = slideCache.get(slide);
  if (html === undefined) {
    const full = slideHtml(slide);
    // slideHtml wraps the body in <section …>…</section>: keep only the body.
    html = cleanHtml(full.replace(/^<section[^>]*>\n?/u, '').replace(/\n?<\/section>$/u, ''));
    slideCache.set(slide, html);
  }
  return html;
}

export function safeBlockHtml(block: Block): string {
  let html = blockCache.get(block);
  if (html === undefined) {
    html = cleanHtml(blockHtml(block));
    blockCache.set(block, html);
  }
  return html;
}

/** The <section>'s attributes as slide-html renders them: class, id and data-* only. */
export function sectionProps(slide: Slide): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of slide.attrs) {
    if (!/^(class|id|data-[a-z0-9-]+)$/i.test(a.name) || !keepSlideAttribute(a.name, a.value)) continue;
    out[a.name.toLowerCase() === 'class' ? 'className' : a.name.toLowerCase()] = a.value;
  }
  return out;
}
