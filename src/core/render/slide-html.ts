/**
 * Slide blocks → HTML, the Markdown half of the one render path (render-slide.ts
 * puts slides together and sanitises them). Inline Markdown goes through `marked`;
 * raw blocks are rendered as Markdown too (raw HTML passes through here and is
 * sanitised by render-slide's injected sanitiser before it reaches a document —
 * core has no DOM).
 */
import { Marked } from 'marked';
import { numberingOf } from '../article/patterns';
import type { Block, ListItem } from '../deck/model';
import { tooDeeplyNested } from '../markdown-nesting';
import { wordBreakHtml } from './title-breaks';

const md = new Marked({ gfm: true, breaks: false, async: false });

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Block Markdown → HTML, unless it nests deeper than any real slide (see
 * markdown-nesting.ts): that is shown as the plain text it is, never parsed.
 */
export function markdownHtml(text: string, parser: Marked = md): string {
  if (tooDeeplyNested(text)) return `<pre class="plain-text">${escapeHtml(text)}</pre>`;
  return parser.parse(text) as string;
}

export function inlineHtml(text: string): string {
  return md.parseInline(text) as string;
}

/**
 * A point that starts with the author's own number ("1. ", "（1）", "①", "（一）", "一、"),
 * by the genre's numbering table (core/article/patterns.ts): it carries its number, so
 * the theme draws no bullet mark before it (a diamond and a number read as two marks).
 * The point is inline Markdown, where a typed "1." is written "1\\.".
 */
export function startsWithOwnNumber(markdown: string): boolean {
  const n = numberingOf(markdown.replace(/^(\d{1,2})\\\./u, '$1.'));
  return n !== null && n.type !== 'part' && n.type !== 'section';
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
    html += `<li${!ordered && startsWithOwnNumber(item.text) ? ' data-own-number' : ''}>${inlineHtml(item.text)}`;
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
