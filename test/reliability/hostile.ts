/**
 * The hostile corpus runner: every case of test/fixtures/bad/manifest.ts through
 * the code a user's file meets — articles and Word files through the importer
 * (importArticleBytes), decks through the parser, the library summary, the slide
 * renderer and the app's sanitiser. A case survives when it ends in a safe import
 * or an accepted ImportError within the time budget, and the checks below find
 * nothing that could run, load or leak.
 *
 * Run in its own process (hostile-child.ts) so that a case that hangs is caught by
 * the parent's watchdog and named, instead of freezing the whole report.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- jsdom is a dev dependency without @types here; only JSDOM's window/document are used.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { BAD_CASES, type BadCase } from '../fixtures/bad/manifest';
import { importArticleBytes, isImportError } from '../../src/core/article';
import { generateDeck, parseDeck, serializeDeck } from '../../src/core/deck';
import { joinSections, sectionHtml, slideParts, type SafeHtml, type SlideParts } from '../../src/core/render/render-slide';
import { sanitizeSlideHtml, type PurifyLike } from '../../src/core/render/sanitize-policy';
import { summarize } from '../../src/node/library';
import { buildHtmlDeck, type DeckHtmlAssets } from '../../src/core/export/html-deck';
import { loadPresentAssets } from '../../src/node/present-assets';

/**
 * CPU time one file may cost. Decks are parsed and rendered on the UI thread, so
 * beyond 1 s the window visibly freezes. Articles and Word files are imported in a
 * Web Worker with a Cancel button (src/renderer/import/import-client.ts): they
 * cannot freeze the window, and get a longer budget for the wait a user accepts.
 */
export const BUDGET_MS = { deck: 1000, import: 5000 } as const;

export interface HostileResult {
  id: string;
  kind: BadCase['kind'];
  ok: boolean;
  outcome: string;
  cpuMs: number;
  wallMs: number;
  bytes: number;
  detail: string;
}

const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as PurifyLike;

/** What sanitised slide HTML must never contain. Returns the problems found. */
export function inspectSanitized(html: string): string[] {
  const doc = new JSDOM(`<!doctype html><body>${html}`).window.document;
  const problems: string[] = [];
  for (const tag of ['script', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form', 'style', 'portal']) {
    if (doc.getElementsByTagName(tag).length) problems.push(`<${tag}> survived`);
  }
  for (const el of Array.from(doc.querySelectorAll('*') as ArrayLike<Element>)) {
    for (const { name, value } of Array.from(el.attributes)) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) problems.push(`${n}= on <${el.localName}>`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(value) && /href|src|action|data/.test(n)) problems.push(`${n}="${value.slice(0, 40)}"`);
      if (n === 'data-background-iframe' || n === 'srcdoc') problems.push(`${n} survived`);
      // Anything fetched without a click must stay on the app's own origin.
      const loaded = n === 'src' || n === 'srcset' || n === 'poster' || n === 'data-src' || n.startsWith('data-background') || n === 'xlink:href';
      if (loaded && /(^|[\s,])(https?:|ftp:|file:|\/\/|\\\\)/i.test(value)) problems.push(`remote ${n}="${value.slice(0, 60)}"`);
      if (loaded && /(^|[\\/])(\.\.|%2e%2e)([\\/]|$)/i.test(value)) problems.push(`climbing ${n}="${value}"`);
      // An href loads on anything but a link (SVG <image>, <use>, <feImage>).
      if (n === 'href' && !['a', 'area'].includes(el.localName) && /^\s*(https?:|ftp:|file:|\/\/|\\\\)/i.test(value)) problems.push(`remote href on <${el.localName}>`);
      if (n === 'style' && /url\s*\(|image-set/i.test(cssPlain(value))) problems.push(`style url() on <${el.localName}>`);
      // reveal.js's notes plugin writes these into the speaker window as HTML or Markdown.
      if (n === 'data-notes' || n === 'data-markdown') problems.push(`${n} survived`);
    }
  }
  return problems;
}

/** A style value as the browser reads it: CSS escapes and comments undone. */
function cssPlain(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16) || 0xfffd, 0x10ffff)))
    .replace(/\\(.)/g, '$1');
}

let presentAssets: Promise<DeckHtmlAssets> | null = null;

/**
 * The standalone HTML export of the deck, as a browser would run it: the page's own
 * sanitiser (its embedded source, over DOMPurify) must leave nothing behind, and its
 * CSP must not let inline script run (issue 17: data-notes ran in the speaker view).
 */
async function exportProblems(deck: ReturnType<typeof parseDeck>['deck']): Promise<string[]> {
  presentAssets ??= loadPresentAssets();
  const html = buildHtmlDeck(deck, await presentAssets, { mode: 'present' });
  const problems: string[] = [];
  const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  if (!scriptSrc || /unsafe-inline|unsafe-eval/.test(scriptSrc)) problems.push(`export CSP lets inline script run: ${scriptSrc.trim().slice(0, 60)}`);
  const source = /var sanitizer = ([\s\S]*?);\n {2}document\.querySelector/.exec(html)?.[1];
  const data = /<script type="application\/json" id="deck-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!source || !data) return [...problems, 'export has no sanitiser or no slide data'];
  const pagePurify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  const sanitizer = new Function('window', `return ${source};`)({ DOMPurify: pagePurify }) as { sanitize(h: string): SafeHtml };
  // What the page inserts: each slide's attributes as given, body and notes through its sanitiser.
  const slides = (JSON.parse(data) as { slides: SlideParts[] }).slides;
  const page = joinSections(slides.map((s) => sectionHtml({ attrs: s.attrs, body: sanitizer.sanitize(s.body), notes: s.notes === null ? null : sanitizer.sanitize(s.notes) })));
  problems.push(...inspectSanitized(page).map((p) => `export: ${p}`));
  return problems;
}

function deepStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) deepStrings(x, out);
  return out;
}

async function runOne(c: BadCase, canary: { url: string; hits: () => number }): Promise<HostileResult> {
  const bytes = await c.bytes({ canaryUrl: canary.url });
  const hitsBefore = canary.hits();
  const problems: string[] = [];
  let outcome = 'import';
  let sanitize: (() => string) | null = null;
  let exported: (() => Promise<string[]>) | null = null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    if (c.kind === 'deck') {
      const text = new TextDecoder('utf-8').decode(bytes);
      summarize(text, c.name);
      const { deck } = parseDeck(text);
      const parts = deck.slides.map((s) => slideParts(s, { notes: true }));
      // Sanitising runs after the clock stops: jsdom's DOM is tens of times slower than
      // Chromium's, where the app sanitises (and e2e/hostile-deck.spec.ts checks it there).
      const clean = (h: string) => sanitizeSlideHtml(purify, h);
      sanitize = () => joinSections(parts.map((p) => sectionHtml({ attrs: p.attrs, body: clean(p.body), notes: p.notes === null ? null : clean(p.notes) })));
      exported = () => exportProblems(deck);
    } else {
      const result = await importArticleBytes(bytes, c.name);
      if (!result.articles.length) problems.push('import produced no article');
      const strings = deepStrings(result.articles);
      if (strings.some((s) => s.includes('\0'))) problems.push('NUL reached the article');
      if (strings.some((s) => /root:.*:0:0:/.test(s))) problems.push('/etc/passwd reached the article (XXE)');
      if (c.generate) {
        // Deck output must grow linearly with the article: at most three times its bytes.
        let deckBytes = 0;
        for (const a of result.articles) deckBytes += new TextEncoder().encode(serializeDeck(generateDeck(a))).length;
        if (deckBytes > 3 * bytes.length) problems.push(`deck of ${deckBytes} bytes for an article of ${bytes.length} (more than 3×)`);
        outcome = 'import';
      }
    }
  } catch (e) {
    if (isImportError(e)) {
      outcome = e.code;
      if (!e.message.zh || !e.message.en) problems.push('error without both languages');
    } else {
      outcome = 'CRASH';
      problems.push(`not an ImportError: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 200));
    }
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (sanitize) {
    try {
      problems.push(...inspectSanitized(sanitize()));
      if (exported) problems.push(...(await exported()));
    } catch (e) {
      problems.push(`sanitiser threw: ${String(e)}`.slice(0, 200));
    }
  }
  // Let any request the importer might have started reach the canary before counting.
  await new Promise((r) => setTimeout(r, 20));
  if (canary.hits() !== hitsBefore) problems.push(`${canary.hits() - hitsBefore} request(s) reached the canary server`);
  if (!(c.accept as string[]).includes(outcome)) problems.push(`outcome ${outcome}, expected ${c.accept.join('|')}`);
  const budget = c.kind === 'deck' ? BUDGET_MS.deck : BUDGET_MS.import;
  if (cpuMs > budget) problems.push(`${cpuMs.toFixed(0)} ms of CPU, budget ${budget} ms`);
  return { id: c.id, kind: c.kind, ok: problems.length === 0, outcome, cpuMs, wallMs, bytes: bytes.length, detail: problems.join('; ') };
}

export async function runHostile(report: (event: { start: string } | { result: HostileResult }) => void, only?: string[]): Promise<void> {
  let hits = 0;
  const canaryServer = http.createServer((_req, res) => {
    hits++;
    res.end('canary');
  });
  await new Promise<void>((r) => canaryServer.listen(0, '127.0.0.1', r));
  const canary = { url: `http://127.0.0.1:${(canaryServer.address() as AddressInfo).port}/`, hits: () => hits };
  try {
    // Warm the lazily loaded readers once (mammoth is imported on first .docx) so
    // module loading is not billed to the first Word case.
    await importArticleBytes(new TextEncoder().encode('预热'), 'warm.txt').catch(() => {});
    await import('../../src/core/article/docx');
    for (const c of BAD_CASES) {
      if (only && !only.includes(c.id)) continue;
      report({ start: c.id });
      report({ result: await runOne(c, canary) });
    }
  } finally {
    canaryServer.close();
  }
}
