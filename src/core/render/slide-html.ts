/**
 * Deck → reveal.js <section> HTML. One renderer for the editor canvas, the
 * presenter, the standalone HTML export and the PDF export, so every surface
 * shows the same slide. Inline Markdown goes through `marked`; raw blocks are
 * rendered as Markdown too (raw HTML passes through here and is sanitised by the
 * caller with DOMPurify before it reaches a document — core has no DOM).
 */
import { Marked } from 'marked';
import type { Block, Deck, ListItem, Slide } from '../deck/model';
import { tooDeeplyNested } from '../markdown-nesting';
import { slideDecor } from './slide-decor';
import { wordBreakHtml } from './title-breaks';

const md = new Marked({ gfm: true, breaks: false, async: false });

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Block Markdown → HTML, unless it nests deeper than any real slide (see
 * markdown-nesting.ts): that is shown as the plain text it is, never parsed.
 */
export function markdownHtml(text: string): string {
  if (tooDeeplyNested(text)) return `<pre class="plain-text">${escapeHtml(text)}</pre>`;
  return md.parse(text) as string;
}

export function inlineHtml(text: string): string {
  return md.parseInline(text) as string;
}

function listHtml(items: ListItem[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  let html = '';
  let depth = -1;
  const open: string[] = [];
  for (const item of items) {
    const d = Math.max(0, item.depth);
    if (d > depth) {
      for (let k = depth; k < d; k++) {
        html += `<${tag}>`;
        open.push(tag);
      }
    } else {
      html += '</li>';
      for (let k = depth; k > d; k--) {
        html += `</${open.pop()}></li>`;
      }
    }
    html += `<li>${inlineHtml(item.text)}`;
    depth = d;
  }
  if (depth >= 0) html += '</li>';
  while (open.length) {
    const t = open.pop();
    html += `</${t}>` + (open.length ? '</li>' : '');
  }
  return html;
}

export function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      // Titles break between words only (title-breaks.ts); the text itself is unchanged.
      return `<h${b.depth}>${b.depth <= 2 ? wordBreakHtml(inlineHtml(b.text)) : inlineHtml(b.text)}</h${b.depth}>`;
    case 'paragraph':
      return `<p>${inlineHtml(b.text)}</p>`;
    case 'list':
      return listHtml(b.items, b.ordered);
    case 'image':
      return `<p><img src="${escapeHtml(b.src)}" alt="${escapeHtml(b.alt)}"></p>`;
    case 'raw':
      return markdownHtml(b.text);
  }
}

/** Attribute names a slide may carry onto its <section>; others stay in the file but are not rendered. */
const SAFE_ATTR = /^(class|id|data-[a-z0-9-]+)$/i;

export function sectionAttrs(slide: Slide): string {
  return slide.attrs
    .filter((a) => SAFE_ATTR.test(a.name))
    .map((a) => ` ${a.name.toLowerCase()}="${escapeHtml(a.value)}"`)
    .join('');
}

export interface SlideHtmlOptions {
  /** Include <aside class="notes"> (presenter and speaker view only, never the audience). */
  notes?: boolean;
  /** Attributes from the slide's place in the deck (slide-decor.ts: page number, footer, section number). */
  decor?: Record<string, string>;
}

export function slideHtml(slide: Slide, opts: SlideHtmlOptions = {}): string {
  const body = slide.blocks.map(blockHtml).join('\n');
  const notes = opts.notes && slide.notes ? `\n<aside class="notes">${markdownHtml(slide.notes)}</aside>` : '';
  const decor = Object.entries(opts.decor ?? {})
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<section${sectionAttrs(slide)}${decor}>\n${body}${notes}\n</section>`;
}

export function deckHtml(deck: Deck, opts: SlideHtmlOptions = {}): string {
  const decor = slideDecor(deck);
  return deck.slides.map((s, i) => slideHtml(s, { ...opts, decor: decor[i] })).join('\n');
}
