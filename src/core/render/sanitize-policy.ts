/**
 * What slide HTML may contain once it reaches a document, as plain data (the way
 * marp-core keeps its HTML allow-list). A deck file is untrusted: it may come from
 * anyone, and reveal.js Markdown passes raw HTML through. Core has no DOM, so the
 * caller hands in its DOMPurify instance (the renderer's window one, one over
 * jsdom in tests, or the standalone HTML export's own copy inside the page).
 *
 * Beyond DOMPurify's defaults (no script, no on* handlers, no javascript: URLs):
 *  - no element that loads or submits anything on its own: iframe, object, embed,
 *    frame, link, meta, base, form, style;
 *  - reveal.js turns some data-* attributes into requests, frames or HTML
 *    (data-background-iframe, data-src, data-notes…): frames and HTML-bearing
 *    attributes are dropped, and any attribute that reveal.js or the browser loads
 *    must name a file of the deck (a relative path) or inline data, never a remote
 *    address. `href` is a link only on <a> and <area>; on SVG <image>, <use> or
 *    <feImage> it loads, so it is held to the same rule;
 *  - inline styles that could load (url(), @import, image-set(), expression()) are
 *    dropped, after CSS escapes and comments are undone (`u\72l(` is `url(`).
 * The CSP and the Electron request filter would stop such requests anyway; this
 * is the layer that keeps them out of the document in the first place.
 *
 * The checks live in one self-contained function, `createSlideSanitizer`, that
 * uses nothing but its arguments: the app calls it directly, and the standalone
 * HTML export embeds its source text, so both apply exactly the same rules.
 */
import type { SafeHtml } from './safe-html';

/** The slice of DOMPurify this module uses. */
export interface PurifyLike {
  sanitize(html: string, config: Record<string, unknown>): unknown;
  addHook(entry: 'uponSanitizeAttribute', hook: (node: unknown, data: { attrName: string; attrValue: string; keepAttr: boolean }) => void): void;
}

export const FORBID_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'style', 'portal', 'noscript'];

/**
 * reveal.js attributes that open frames or previews, or that its notes plugin
 * inserts as HTML into the speaker window (data-notes; data-markdown makes it run
 * notes through marked, which keeps javascript: links): never kept.
 */
export const DROP_ATTRS = [
  'data-background-iframe', 'data-preview-link', 'data-preview-image', 'data-preview-video', 'data-background-interactive',
  'data-notes', 'data-markdown', 'srcdoc', 'ping', 'formaction', 'action',
];

/** Attributes whose value is fetched without a click: must be a deck-relative path or inline data. */
export const LOADED_ATTRS = ['src', 'srcset', 'poster', 'data-src', 'data-srcset', 'data-background', 'data-background-image', 'data-background-video', 'xlink:href', 'background', 'data'];

/** Elements whose href is a link the user clicks; on any other element href loads. */
export const LINK_TAGS = ['a', 'area'];

/** The whole policy as data: lists and regular-expression sources. */
export const SLIDE_POLICY = {
  config: {
    ADD_TAGS: ['aside'],
    ALLOW_DATA_ATTR: true,
    FORBID_TAGS,
    FORBID_ATTR: DROP_ATTRS,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  },
  drop: DROP_ATTRS,
  loaded: LOADED_ATTRS,
  linkTags: LINK_TAGS,
  /** Anything with a scheme, a protocol-relative or UNC prefix, or an absolute path. */
  remoteOrAbsolute: '^\\s*(?:[a-z][a-z0-9+.-]*:|\\/|\\\\)',
  /** A '..' segment, plain or percent-encoded: deck files never need to climb out of their folder. */
  climbs: '(?:^|[\\\\/])(?:\\.|%2e){2}(?:[\\\\/]|%2f|%5c|$)',
  inlineData: '^\\s*(?:data:image\\/(?:png|jpe?g|gif|webp|svg\\+xml)[;,]|blob:)',
  /** Links may point to the web (a click, which Electron refuses anyway), never to script. */
  safeHref: '^\\s*(?:https?:|mailto:|#|[^\\s:]*(?:[/?#]|$))',
  /** CSS that loads or runs, tested after escapes and comments are undone. */
  badStyle: 'url\\s*\\(|@import|expression\\s*\\(|image-set\\s*\\(|image\\s*\\(|element\\s*\\(|src\\s*\\(',
};

export type SlidePolicy = typeof SLIDE_POLICY;

export interface SlideSanitizer {
  /** Sanitise slide HTML (a <section>, its body, or notes). */
  sanitize(html: string): SafeHtml;
  /** Whether one attribute may stay; `tag` is the element's lower-case name. */
  keep(name: string, value: string, tag: string): boolean;
}

/**
 * Build the sanitiser over a DOMPurify instance. SELF-CONTAINED: it refers to
 * nothing outside its parameters (html-deck.ts embeds its source text in the
 * exported page), so no imports, helpers or module constants inside.
 */
export function createSlideSanitizer(purify: PurifyLike | null, policy: SlidePolicy): SlideSanitizer {
  const remote = new RegExp(policy.remoteOrAbsolute, 'i');
  const climbs = new RegExp(policy.climbs, 'i');
  const inline = new RegExp(policy.inlineData, 'i');
  const safeHref = new RegExp(policy.safeHref, 'i');
  const badStyle = new RegExp(policy.badStyle, 'i');
  function cssPlain(css: string): string {
    // CSS escapes (\72 or \r) and comments would hide url( from a plain search.
    return css
      .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
      .replace(/\\([0-9a-f]{1,6})\s?/gi, function (_m: string, hex: string) {
        const code = parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      })
      .replace(/\\(.)/g, '$1');
  }
  function localOrInline(value: string): boolean {
    return inline.test(value) || (!remote.test(value) && !climbs.test(value));
  }
  function keep(name: string, value: string, tag: string): boolean {
    const n = name.toLowerCase();
    if (n.startsWith('on') || policy.drop.indexOf(n) >= 0) return false;
    if (n.endsWith('srcset')) {
      return value.split(',').every(function (part) {
        return !remote.test(part.trim()) && !climbs.test(part);
      });
    }
    if (policy.loaded.indexOf(n) >= 0) return localOrInline(value);
    if (n === 'href') return policy.linkTags.indexOf(tag) >= 0 ? safeHref.test(value) : localOrInline(value);
    if (n === 'style') return !badStyle.test(cssPlain(value));
    return true;
  }
  if (purify) {
    purify.addHook('uponSanitizeAttribute', function (node, data) {
      const tag = String((node as { nodeName?: string }).nodeName || '').toLowerCase();
      if (!keep(data.attrName, data.attrValue, tag)) data.keepAttr = false;
    });
  }
  return {
    keep,
    sanitize: function (html: string): SafeHtml {
      if (!purify) throw new Error('no DOMPurify');
      return String(purify.sanitize(html, Object.assign({}, policy.config))) as SafeHtml;
    },
  };
}

const attributeRules = createSlideSanitizer(null, SLIDE_POLICY);

/** Whether one attribute may stay on slide markup (also used for <section> attributes set directly). */
export function keepSlideAttribute(name: string, value: string, tag = 'section'): boolean {
  return attributeRules.keep(name, value, tag);
}

const sanitizers = new WeakMap<object, SlideSanitizer>();

/** Sanitise slide HTML (a <section> or its body) with the app's policy. */
export function sanitizeSlideHtml(purify: PurifyLike, html: string): SafeHtml {
  let s = sanitizers.get(purify);
  if (!s) {
    s = createSlideSanitizer(purify, SLIDE_POLICY);
    sanitizers.set(purify, s);
  }
  return s.sanitize(html);
}

/** Page-side source: evaluates to a sanitiser over the page's window.DOMPurify. */
export function slideSanitizerSource(purifyExpr: string): string {
  // Some TypeScript runners (tsx, esbuild's keepNames) wrap inner functions in __name(fn, "name")
  // to keep their names: give the page an identity __name so the same text runs there.
  return `(function (__name) { return (${createSlideSanitizer.toString()}); })(function (f) { return f; })(${purifyExpr}, ${JSON.stringify(SLIDE_POLICY)})`;
}
