/**
 * Deck → PDF with headless Chromium (playwright-core), for the CLI and the
 * browser edition. The page is core's print HTML (buildHtmlDeck mode 'print'):
 * reveal.js's print view puts one slide on each 1280×720 px page (16:9), and the
 * notes variant makes notes pages. Chromium embeds subsets of the fonts it used
 * and writes ToUnicode maps, so Chinese text stays selectable and searchable.
 * Electron uses its own printToPDF on the same page (src/main/pdf-export.ts).
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, LaunchOptions } from 'playwright-core';
import type { Deck } from '../core/deck';
import { buildHtmlDeck, notesPageHeight, type DeckHtmlAssets } from '../core/export/html-deck';
import { slideSize } from '../core/render/slide-decor';
import type { SlideAspect } from '../core/deck/model';
import { HostError } from '../core/contract';
import { throwIfCancelled } from '../core/jobs';
import { CHROMIUM_ARGS } from './chromium-flags';

export type PdfVariant = 'slides' | 'notes';

export interface PdfOptions {
  variant?: PdfVariant;
  /** Image sources → data: URIs (see buildHtmlDeck). */
  images?: Record<string, string>;
  /** The unit's own theme's CSS, for a deck naming it (see buildHtmlDeck). */
  customCss?: string | null;
  /** Reuse a running browser (tests, benchmarks); otherwise one is launched and closed. */
  browser?: Browser;
  timeoutMs?: number;
}

/** Page size of a variant, in CSS pixels (96 per inch). */
export function pdfPageSize(variant: PdfVariant, aspect?: SlideAspect): { width: number; height: number } {
  const size = slideSize(aspect);
  return variant === 'notes' ? { width: size.width, height: notesPageHeight(size) } : size;
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

/**
 * Which Chromium to drive: $BRIEFING_CHROMIUM or $CHROMIUM_PATH, a system
 * Chromium/Chrome/Edge, else an installed Chrome or Edge by channel. Offline
 * machines cannot download Playwright's own browser, so that is never assumed.
 */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions[] {
  const explicit = env.BRIEFING_CHROMIUM ?? env.CHROMIUM_PATH;
  const args = CHROMIUM_ARGS;
  if (explicit) return [{ executablePath: explicit, args }];
  const found = CANDIDATES.filter((p) => existsSync(p)).map((executablePath) => ({ executablePath, args }));
  return [...found, { channel: 'chrome', args }, { channel: 'msedge', args }, { args }];
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  let last: unknown = null;
  for (const opts of chromiumLaunchOptions()) {
    try {
      return await chromium.launch({ headless: true, ...opts });
    } catch (e) {
      last = e;
    }
  }
  throw new HostError('NO_BROWSER', {
    zh: `导出 PDF 需要本机的 Chromium、Chrome 或 Edge 浏览器，未能启动：${String(last).split('\n')[0]}。可用环境变量 BRIEFING_CHROMIUM 指定浏览器路径。`,
    en: `PDF export needs Chromium, Chrome or Edge on this machine and none could be started: ${String(last).split('\n')[0]}. Set BRIEFING_CHROMIUM to the browser's path.`,
  });
}

/** Render the deck to PDF bytes. */
export async function deckToPdf(deck: Deck, assets: DeckHtmlAssets, opts: PdfOptions = {}): Promise<Uint8Array> {
  const variant = opts.variant ?? 'slides';
  const html = buildHtmlDeck(deck, assets, { mode: 'print', printNotes: variant === 'notes', images: opts.images, customCss: opts.customCss });
  return printHtmlToPdf(html, deck.meta.aspect, opts);
}

/**
 * Print a deck's print page (buildHtmlDeck mode 'print') to PDF. `signal` stops it
 * at any point: the page (or the browser this call launched) is closed, so nothing
 * is left running and no bytes come back.
 */
export async function printHtmlToPdf(html: string, aspect: SlideAspect | undefined, opts: PdfOptions & { signal?: AbortSignal } = {}): Promise<Uint8Array> {
  const variant = opts.variant ?? 'slides';
  throwIfCancelled(opts.signal);
  const browser = opts.browser ?? (await launchChromium());
  const size = pdfPageSize(variant, aspect);
  const slide = slideSize(aspect);
  let context: BrowserContext | null = null;
  const onAbort = () => void (opts.browser ? context?.close() : browser.close())?.catch(() => {});
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    throwIfCancelled(opts.signal);
    // The viewport is the slide size so reveal.js's print view computes 1280×720 slides.
    context = await browser.newContext({ viewport: slide, offline: true, javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      // Nothing leaves the machine: every request other than the page itself is refused.
      await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: opts.timeoutMs ?? 60_000 });
      await page.waitForFunction(() => (window as unknown as { __briefingPdfReady?: boolean }).__briefingPdfReady === true, null, {
        timeout: opts.timeoutMs ?? 60_000,
      });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        width: `${size.width}px`,
        height: `${size.height}px`,
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        tagged: false,
        outline: false,
      });
      throwIfCancelled(opts.signal);
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => {});
    }
  } catch (e) {
    throwIfCancelled(opts.signal);
    throw e;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    if (!opts.browser) await browser.close().catch(() => {});
  }
}
