/**
 * The one render path: Slide → { attrs, body, notes }, used by the editor canvas and
 * thumbnails, the presenter, the audience view and the HTML/PDF exports.
 *  - `attrs`: the <section>'s attributes, filtered here and nowhere else (slideAttrs):
 *    class, id and data-* only, and only those the slide policy keeps (no frames, no
 *    remote loads; see sanitize-policy.ts);
 *  - `body` and `notes`: HTML sanitised once, by the sanitiser the caller injects (core
 *    has no DOM; the renderer passes DOMPurify over its window, the exported page its own
 *    copy). The result is branded `SafeHtml`: every surface that puts slide HTML into a
 *    document takes that type, so unsanitised text cannot reach one by mistake.
 * Speaker notes are Markdown rendered with one configuration (notesMarkdownHtml).
 */
import type { Slide } from '../deck/model';
import { blockHtml, escapeHtml, markdownHtml } from './slide-html';
import { keepSlideAttribute } from './sanitize-policy';
import { Marked } from 'marked';

import type { SafeHtml, SanitizeHtml } from './safe-html';

export type { SafeHtml, SanitizeHtml } from './safe-html';

/** A slide before its HTML is sanitised: what the exported page receives and sanitises itself. */
export interface SlideParts {
  attrs: Record<string, string>;
  body: string;
  notes: string | null;
}
export interface RenderedSlide {
  attrs: Record<string, string>;
  body: SafeHtml;
  notes: SafeHtml | null;
}

export interface RenderOptions {
  /** Render the speaker notes (presenter, speaker view, notes pages; never the audience). */
  notes?: boolean;
}

/** Attribute names a slide may carry onto its <section>; others stay in the file but are not rendered. */
const SECTION_ATTR = /^(class|id|data-[a-z0-9-]+)$/i;

/** The <section>'s attributes as rendered (names lower-cased): the one attribute filter. */
export function slideAttrs(slide: Slide): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of slide.attrs) {
    if (SECTION_ATTR.test(a.name) && keepSlideAttribute(a.name, a.value)) out[a.name.toLowerCase()] = a.value;
  }
  return out;
}

/**
 * Notes Markdown, one configuration for the presenter, the speaker view and notes pages.
 * breaks: true — notes are typed in a plain text box, where a line break is a line
 * break: a list of points on separate lines, or a pause marked by a new line, must not
 * run together (breaks: false would join Chinese lines with a stray space).
 */
const notesMd = new Marked({ gfm: true, breaks: true, async: false });
export function notesMarkdownHtml(notes: string): string {
  return markdownHtml(notes, notesMd);
}

/** Slide → its attributes, body HTML and notes HTML, not yet sanitised. */
export function slideParts(slide: Slide, opts: RenderOptions = {}): SlideParts {
  return {
    attrs: slideAttrs(slide),
    body: slide.blocks.map(blockHtml).join('\n'),
    notes: opts.notes && slide.notes ? notesMarkdownHtml(slide.notes) : null,
  };
}

/** Slide → attributes filtered, body and notes sanitised (once) with `sanitize`. */
export function renderSlide(slide: Slide, sanitize: SanitizeHtml, opts: RenderOptions = {}): RenderedSlide {
  const p = slideParts(slide, opts);
  return { attrs: p.attrs, body: sanitize(p.body), notes: p.notes === null ? null : sanitize(p.notes) };
}

/**
 * A rendered slide as one reveal.js <section>, with `extra` attributes from the slide's
 * place in the deck (slide-decor.ts) and its notes in <aside class="notes"> if it has
 * them. Safe by construction: attribute names come from slideAttrs or the app, values
 * are escaped, the HTML inside is SafeHtml.
 */
export function sectionHtml(r: RenderedSlide, extra: Record<string, string> = {}): SafeHtml {
  const attrs = Object.entries({ ...r.attrs, ...extra })
    .filter(([k]) => SECTION_ATTR.test(k))
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  const notes = r.notes ? `\n<aside class="notes">${r.notes}</aside>` : '';
  return `<section${attrs}>\n${r.body}${notes}\n</section>` as SafeHtml;
}

/** Sections joined for one reveal.js `.slides` element. */
export function joinSections(sections: readonly SafeHtml[]): SafeHtml {
  return sections.join('\n') as SafeHtml;
}
