/**
 * What slide HTML may contain once it reaches a document, as plain data (the way
 * marp-core keeps its HTML allow-list). A deck file is untrusted: it may come from
 * anyone, and reveal.js Markdown passes raw HTML through. Core has no DOM, so the
 * caller hands in its DOMPurify instance (the renderer's window one, or one over
 * jsdom in tests); every surface that shows slides calls sanitizeSlideHtml.
 *
 * Beyond DOMPurify's defaults (no script, no on* handlers, no javascript: URLs):
 *  - no element that loads or submits anything on its own: iframe, object, embed,
 *    frame, link, meta, base, form, style;
 *  - reveal.js turns some data-* attributes into requests or frames
 *    (data-background-iframe, data-src, data-background-image…): frames are
 *    dropped, and any attribute that reveal.js or the browser loads must name a
 *    file of the deck (a relative path) or inline data, never a remote address;
 *  - inline styles with url(), @import or expression() are dropped.
 * The CSP and the Electron request filter would stop such requests anyway; this
 * is the layer that keeps them out of the document in the first place.
 */

/** The slice of DOMPurify this module uses. */
export interface PurifyLike {
  sanitize(html: string, config: Record<string, unknown>): unknown;
  addHook(entry: 'uponSanitizeAttribute', hook: (node: unknown, data: { attrName: string; attrValue: string; keepAttr: boolean }) => void): void;
}

export const FORBID_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'style', 'portal', 'noscript'];

/** reveal.js attributes that open frames or previews: never kept. */
export const DROP_ATTRS = ['data-background-iframe', 'data-preview-link', 'data-preview-image', 'data-preview-video', 'data-background-interactive', 'srcdoc', 'ping', 'formaction', 'action'];

/** Attributes whose value is fetched without a click: must be a deck-relative path or inline data. */
export const LOADED_ATTRS = ['src', 'srcset', 'poster', 'data-src', 'data-srcset', 'data-background', 'data-background-image', 'data-background-video', 'xlink:href', 'background', 'data'];

/** Anything with a scheme, a protocol-relative or UNC prefix, or an absolute path. */
const REMOTE_OR_ABSOLUTE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/|\\)/i;
/** A '..' segment, plain or percent-encoded: deck files never need to climb out of their folder. */
const CLIMBS = /(?:^|[\\/])(?:\.|%2e){2}(?:[\\/]|%2f|%5c|$)/i;
const INLINE_DATA = /^\s*(?:data:image\/(?:png|jpe?g|gif|webp|svg\+xml)[;,]|blob:)/i;
/** Links may point to the web (a click, which Electron refuses anyway), never to script. */
const SAFE_HREF = /^\s*(?:https?:|mailto:|#|[^\s:]*(?:[/?#]|$))/i;

export const SLIDE_SANITIZE_CONFIG = {
  ADD_TAGS: ['aside'],
  ALLOW_DATA_ATTR: true,
  FORBID_TAGS,
  FORBID_ATTR: DROP_ATTRS,
  ALLOW_UNKNOWN_PROTOCOLS: false,
} as const;

/** Whether one attribute may stay on slide markup (also used for <section> attributes set directly). */
export function keepSlideAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on') || DROP_ATTRS.includes(n)) return false;
  if (LOADED_ATTRS.includes(n)) {
    if (n.endsWith('srcset')) return value.split(',').every((part) => !REMOTE_OR_ABSOLUTE.test(part.trim()) && !CLIMBS.test(part));
    if (INLINE_DATA.test(value)) return true;
    return !REMOTE_OR_ABSOLUTE.test(value) && !CLIMBS.test(value);
  }
  if (n === 'href') return SAFE_HREF.test(value);
  if (n === 'style') return !/url\s*\(|@import|expression\s*\(|image-set\s*\(/i.test(value);
  return true;
}

const hooked = new WeakSet<object>();

/** Sanitise slide HTML (a <section> or its body) with the app's policy. */
export function sanitizeSlideHtml(purify: PurifyLike, html: string): string {
  if (!hooked.has(purify)) {
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (!keepSlideAttribute(data.attrName, data.attrValue)) data.keepAttr = false;
    });
    hooked.add(purify);
  }
  return String(purify.sanitize(html, { ...SLIDE_SANITIZE_CONFIG }));
}
