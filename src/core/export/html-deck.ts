/**
 * Deck → one self-contained HTML file: reveal.js, its notes plugin, DOMPurify and
 * the theme CSS inlined, the slides as JSON that the page sanitises before it
 * inserts them. Two uses:
 *  - 'present': the standalone offline deck. Opens from file:// in any browser,
 *    no server, no network; S opens reveal.js's own speaker view with the notes.
 *  - 'print': the page the PDF exporters (headless Chromium, Electron printToPDF)
 *    load; reveal.js's print view lays one slide on each 16:9 page, and the
 *    'notes' variant turns each page into a notes page (slide on top, notes below).
 * Core cannot read files, so the caller passes the asset texts in (see
 * src/node/present-assets.ts).
 */
import type { Deck, ThemeName } from '../deck/model';
import { escapeHtml } from '../render/slide-html';
import { slideParts, type SlideParts } from '../render/render-slide';
import { slideDecor } from '../render/slide-decor';
import { SLIDE_WIDTH } from '../deck/model';
import { slideSanitizerSource } from '../render/sanitize-policy';
import { scriptHashes, speakerViewScripts } from './script-hashes';
import { slideSize, type SlideSize } from '../render/slide-decor';
import { DEFAULT_THEME } from '../deck/front-matter';

export interface DeckHtmlAssets {
  /** reveal.js UMD build (dist/reveal.js): defines window.Reveal. */
  revealJs: string;
  /** reveal.js core CSS (dist/reveal.css). */
  revealCss: string;
  /** reveal.js notes plugin UMD build (dist/plugin/notes.js): defines window.RevealNotes. */
  notesJs: string;
  /** DOMPurify browser build (dist/purify.min.js): defines window.DOMPurify. */
  purifyJs: string;
  /** resources/themes/base.css. */
  baseCss: string;
  /** resources/themes/<theme>.css, for at least the deck's theme. */
  themeCss: Partial<Record<ThemeName, string>>;
}

export type HtmlDeckMode = 'present' | 'print';

export interface HtmlDeckOptions {
  mode?: HtmlDeckMode;
  /** print only: add a notes area under every slide (notes pages). */
  printNotes?: boolean;
  /** Image sources (as written in the deck) → data: URIs, so pictures travel inside the file. */
  images?: Record<string, string>;
  lang?: string;
  /** The unit's own theme (core/theme/custom-theme-css.ts), for a deck whose theme is 'custom'; its pictures are data: URLs inside it. */
  customCss?: string | null;
}

/** A notes page keeps the slide's width and is as tall as A4 portrait is to its width. */
export const NOTES_PAGE_HEIGHT = Math.round(SLIDE_WIDTH * Math.SQRT2);
export function notesPageHeight(size: SlideSize): number {
  return Math.round(size.width * Math.SQRT2);
}

/** Text that goes inside <script>…</script> must not close the element early. */
function scriptText(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
/** JSON safe inside a <script type="application/json"> element. */
function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A file opened from disk has no server to set a CSP header, so the page carries
 * its own: nothing may be fetched from a network (connect-src 'none', no remote
 * script, style, font or image); frames only for the speaker view, which loads
 * this same file. Scripts run only when their hash is listed: the page's own and
 * the speaker view's (written by the notes plugin into an about:blank window, which
 * inherits this policy). No 'unsafe-inline', so an event handler or javascript: URL
 * that got into a slide or its notes cannot run.
 */
function standaloneCsp(scripts: string[]): string {
  return [
  "default-src 'none'",
  `script-src ${scriptHashes(scripts).join(' ')}`,
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'media-src data: blob:',
  "connect-src 'none'",
  "frame-src 'self' file: about:",
  "child-src 'self' file: about:",
  "base-uri 'none'",
  "form-action 'none'",
  ].join('; ');
}

/** Replace image sources with the data: URIs the caller resolved. */
function inlineImages(html: string, images: Record<string, string> | undefined): string;
function inlineImages(html: string | null, images: Record<string, string> | undefined): string | null;
function inlineImages(html: string | null, images: Record<string, string> | undefined): string | null {
  if (!images || html === null) return html;
  return html.replace(/(<img\b[^>]*\ssrc=")([^"]*)(")/g, (m, a: string, src: string, b: string) => {
    const decoded = src.replace(/&amp;/g, '&');
    const data = images[decoded];
    return data ? `${a}${escapeHtml(data)}${b}` : m;
  });
}

/**
 * The page's start-up script: build the sections, sanitise, start reveal.js. Runs in the browser.
 * It is the sanitise step of the render path (render/render-slide.ts) for the exported
 * deck: core filtered each slide's attributes and rendered its Markdown; here, where
 * there is a DOM, body and notes are sanitised once each before they are inserted.
 */
function bootScript(mode: HtmlDeckMode, printNotes: boolean, size: SlideSize): string {
  const notesH = notesPageHeight(size);
  return `(function () {
  var data = JSON.parse(document.getElementById('deck-data').textContent);
  // The app's own sanitiser (render/sanitize-policy.ts), the same source text the app runs:
  // attribute rules included, data-notes dropped, notes cleaned before the notes plugin reads them.
  var sanitizer = ${slideSanitizerSource('window.DOMPurify')};
  document.querySelector('.reveal .slides').appendChild(sections(data.slides));
  var mode = ${JSON.stringify(mode)};
  var printNotes = ${printNotes ? 'true' : 'false'};
  var config = {
    width: ${size.width}, height: ${size.height}, margin: mode === 'print' ? 0 : 0.04,
    hash: mode === 'present', slideNumber: mode === 'present' ? 'c/t' : false,
    transition: mode === 'print' ? 'none' : 'slide', transitionSpeed: 'fast',
    plugins: mode === 'present' ? [window.RevealNotes] : []
  };
  if (mode === 'print') {
    config.view = 'print';
    config.pdfMaxPagesPerSlide = 1;
    config.pdfSeparateFragments = false;
    config.center = true;
  }
  var deck = new window.Reveal(document.querySelector('.reveal'), config);
  if (mode === 'print') {
    deck.on('pdf-ready', function () {
      if (printNotes) notesPages(deck);
      // The PDF exporters wait for this flag before printing.
      window.__briefingPdfReady = true;
      document.documentElement.setAttribute('data-pdf-ready', '1');
    });
  }
  // A slide with the footer shows its page number; reveal.js's own would repeat it (base.css).
  function pageFlag() {
    var s = deck.getCurrentSlide();
    document.querySelector('.reveal').classList.toggle('slide-paged', !!s && s.hasAttribute('data-page'));
  }
  if (mode === 'present') {
    deck.on('ready', pageFlag);
    deck.on('slidechanged', pageFlag);
  }
  deck.initialize();
  window.briefingDeck = deck;

  // Each slide's <section>: attributes as core filtered them, body and notes sanitised here.
  function sections(slides) {
    var out = document.createDocumentFragment();
    for (var i = 0; i < slides.length; i++) {
      var s = slides[i];
      var section = document.createElement('section');
      for (var name in s.attrs) section.setAttribute(name, s.attrs[name]);
      section.innerHTML = sanitizer.sanitize(s.body);
      if (s.notes !== null) {
        var aside = document.createElement('aside');
        aside.className = 'notes';
        aside.innerHTML = section.briefingNotes = sanitizer.sanitize(s.notes);
        section.appendChild(aside);
      }
      out.appendChild(section);
    }
    return out;
  }

  // Notes pages: each reveal.js print page grows to A4 proportions, the slide
  // keeps its 16:9 box on top (with the theme background) and the notes follow.
  function notesPages(deck) {
    var style = document.createElement('style');
    style.textContent = '@page{size:${size.width}px ${notesH}px;margin:0}';
    document.head.appendChild(style);
    document.body.style.height = '${notesH}px';
    var pages = document.querySelectorAll('.reveal .pdf-page');
    for (var i = 0; i < pages.length; i++) {
      var page = pages[i];
      var slide = page.querySelector('section');
      var box = document.createElement('div');
      box.className = 'notes-page-slide';
      box.style.background = page.style.background;
      page.insertBefore(box, page.firstChild);
      page.style.background = '#fff';
      page.style.height = '${notesH - 1}px';
      var notes = document.createElement('div');
      notes.className = 'notes-page-notes';
      // The notes as sanitised when the slide was built (sections above), not read back from the DOM.
      notes.innerHTML = (slide && slide.briefingNotes) || '';
      page.appendChild(notes);
    }
  }
})();`;
}

/** Print-only layout: the notes box under each slide. */
const printCss = (size: SlideSize) => `
html.print-pdf .notes-page-slide { position: absolute; left: 0; top: 0; width: ${size.width}px; height: ${size.height}px; border-bottom: 2px solid #999; }
html.print-pdf .notes-page-notes { position: absolute; left: 64px; right: 64px; top: ${size.height + 48}px; bottom: 48px; overflow: hidden;
  font-family: var(--font-sans); font-size: 30px; line-height: 1.7; color: #222; text-align: left; }
html.print-pdf .notes-page-notes p { margin: 0 0 16px; text-indent: 2em; }
`;

/** One self-contained HTML document for the deck (see the module comment). */
export function buildHtmlDeck(deck: Deck, assets: DeckHtmlAssets, opts: HtmlDeckOptions = {}): string {
  const mode = opts.mode ?? 'present';
  const printNotes = mode === 'print' && opts.printNotes === true;
  // The standalone deck carries its notes (the notes plugin reads them; reveal.css
  // hides them from the slides); a slides-only PDF must not contain them at all.
  const withNotes = mode === 'present' || printNotes;
  const decor = slideDecor(deck);
  const slides: SlideParts[] = deck.slides.map((slide, i) => {
    const p = slideParts(slide, { notes: withNotes });
    return { attrs: { ...p.attrs, ...decor[i] }, body: inlineImages(p.body, opts.images), notes: inlineImages(p.notes, opts.images) };
  });
  // A deck naming the unit's own theme where the host has none is shown in the default theme.
  const theme = deck.meta.theme === 'custom' && !opts.customCss ? DEFAULT_THEME : deck.meta.theme;
  const size = slideSize(deck.meta.aspect);
  const themeCss = theme === 'custom' ? (opts.customCss ?? '') : (assets.themeCss[theme] ?? '');
  const title = escapeHtml(deck.meta.title || 'Briefing');
  const scripts = [assets.purifyJs, assets.revealJs, ...(mode === 'present' ? [assets.notesJs] : []), bootScript(mode, printNotes, size)].map(scriptText);
  const speaker = mode === 'present' ? speakerViewScripts(assets.notesJs) : [];
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? 'zh-CN')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${standaloneCsp([...scripts, ...speaker])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Briefing Studio">
<title>${title}</title>
<style>${styleText(assets.revealCss)}</style>
<style>${styleText(assets.baseCss)}</style>
<style>${styleText(themeCss)}</style>
${mode === 'print' ? `<style>${printCss(size)}</style>` : ''}
</head>
<body class="deck-theme deck-theme-${escapeHtml(theme)}${deck.meta.aspect === '4:3' ? ' deck-aspect-4x3' : ''}">
<div class="reveal"><div class="slides"></div></div>
<script type="application/json" id="deck-data">${jsonInScript({ slides })}</script>
${scripts.map((js) => `<script>${js}</script>`).join('\n')}
</body>
</html>
`;
}
