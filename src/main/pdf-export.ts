/**
 * 'export/pdf' in Electron: the deck's print page (core buildHtmlDeck, mode
 * 'print') loaded in a hidden window and printed with webContents.printToPDF.
 * The page is written to a temporary file and shown in a separate in-memory
 * session that may load that one file and nothing else, so the app's CSP (which
 * forbids the page's inline scripts) is left untouched and nothing reaches a network.
 */
import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OpArgs, OpResult } from '../core/contract';
import { HostError } from '../core/contract';
import { bytesToBase64 } from '../core/base64';
import { NOTES_PAGE_HEIGHT } from '../core/export/html-deck';
import type { JobContext } from '../core/contract-jobs';
import { throwIfCancelled } from '../core/jobs';
import { renderDeckHtml, type RenderDeck } from '../node/deck-render';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../core/deck/model';
import { imagesForRef, pdfPageCount, type CustomCssFor, type DeckImageResolver } from '../node/present-service';
import { secureWebPreferences } from './security';

const PX_PER_INCH = 96;

/**
 * printToPDF options for a variant. Paper sizes are given portrait-wise with a
 * landscape flag, the way printers take them (A4 + landscape); the CSS @page
 * size the print page sets is preferred anyway, so either convention yields the
 * same 16:9 pages.
 */
export function printOptions(variant: 'slides' | 'notes'): Electron.PrintToPDFOptions {
  const w = SLIDE_WIDTH / PX_PER_INCH;
  const h = (variant === 'notes' ? NOTES_PAGE_HEIGHT : SLIDE_HEIGHT) / PX_PER_INCH;
  return {
    landscape: variant === 'slides',
    pageSize: variant === 'slides' ? { width: h, height: w } : { width: w, height: h },
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

async function waitForReady(win: BrowserWindow, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    throwIfCancelled(signal);
    if (await win.webContents.executeJavaScript('window.__briefingPdfReady === true')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new HostError('PDF_TIMEOUT', { zh: '生成 PDF 超时', en: 'PDF rendering timed out' });
}

export interface ElectronPdfOptions {
  themesDir?: string;
  images?: DeckImageResolver;
  timeoutMs?: number;
  /** Deck text → print page; a worker thread by default (tests pass an inline one). */
  render?: RenderDeck;
  /** The unit's own theme's CSS for a deck that names it (services' customCss). */
  customCss?: CustomCssFor;
}

export function electronPdfExport(o: ElectronPdfOptions = {}) {
  const render = o.render ?? renderDeckHtml;
  return async (a: OpArgs<'export/pdf'>[0], job?: JobContext): Promise<OpResult<'export/pdf'>> => {
    const variant = a.variant ?? 'slides';
    const page = await render({ text: a.text, mode: 'print', printNotes: variant === 'notes', themesDir: o.themesDir, customCss: o.customCss ? await o.customCss(a.text) : null }, imagesForRef(a.ref, o.images), job);
    throwIfCancelled(job?.signal);
    const dir = await mkdtemp(join(tmpdir(), 'briefing-pdf-'));
    let win: BrowserWindow | null = null;
    // Cancelling destroys the hidden window: whatever it was doing fails, and the finally below cleans up.
    const onAbort = () => {
      if (win && !win.isDestroyed()) win.destroy();
    };
    job?.signal.addEventListener('abort', onAbort, { once: true });
    try {
      const file = join(dir, 'deck.html');
      await writeFile(file, page.html, 'utf8');
      throwIfCancelled(job?.signal);
      const fileUrl = pathToFileURL(file).href;
      const ses = session.fromPartition(`briefing-pdf-${Date.now()}`);
      ses.setPermissionRequestHandler((_wc, _p, cb) => cb(false));
      ses.webRequest.onBeforeRequest((details, cb) => {
        const ok = details.url === fileUrl || details.url.startsWith('data:') || details.url.startsWith('about:');
        cb({ cancel: !ok });
      });
      const { preload: _none, ...prefs } = secureWebPreferences('');
      win = new BrowserWindow({
        show: false,
        width: SLIDE_WIDTH,
        height: SLIDE_HEIGHT,
        useContentSize: true,
        webPreferences: { ...prefs, session: ses },
      });
      job?.progress({ phase: 'print', done: 0, total: page.slides });
      await win.loadURL(fileUrl);
      await waitForReady(win, o.timeoutMs ?? 60_000, job?.signal);
      const pdf = await win.webContents.printToPDF(printOptions(variant));
      throwIfCancelled(job?.signal);
      job?.progress({ phase: 'print', done: page.slides, total: page.slides });
      const bytes = new Uint8Array(pdf);
      return { base64: bytesToBase64(bytes), pages: pdfPageCount(bytes) };
    } catch (e) {
      throwIfCancelled(job?.signal);
      throw e;
    } finally {
      job?.signal.removeEventListener('abort', onAbort);
      if (win && !win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
