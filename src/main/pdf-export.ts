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
import { parseDeck } from '../core/deck';
import { bytesToBase64 } from '../core/base64';
import { buildHtmlDeck, NOTES_PAGE_HEIGHT, type DeckHtmlAssets } from '../core/export/html-deck';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../core/deck/model';
import { pdfPageCount, type DeckImageResolver } from '../node/present-service';
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

async function waitForReady(win: BrowserWindow, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await win.webContents.executeJavaScript('window.__briefingPdfReady === true')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new HostError('PDF_TIMEOUT', { zh: '生成 PDF 超时', en: 'PDF rendering timed out' });
}

export function electronPdfExport(assets: () => Promise<DeckHtmlAssets>, images?: DeckImageResolver, timeoutMs = 60_000) {
  return async (a: OpArgs<'export/pdf'>[0]): Promise<OpResult<'export/pdf'>> => {
    const variant = a.variant ?? 'slides';
    const { deck } = parseDeck(a.text);
    const html = buildHtmlDeck(deck, await assets(), {
      mode: 'print',
      printNotes: variant === 'notes',
      images: a.ref && images ? await images(a.ref, deck) : undefined,
    });
    const dir = await mkdtemp(join(tmpdir(), 'briefing-pdf-'));
    const file = join(dir, 'deck.html');
    await writeFile(file, html, 'utf8');
    const fileUrl = pathToFileURL(file).href;
    const ses = session.fromPartition(`briefing-pdf-${Date.now()}`);
    ses.setPermissionRequestHandler((_wc, _p, cb) => cb(false));
    ses.webRequest.onBeforeRequest((details, cb) => {
      const ok = details.url === fileUrl || details.url.startsWith('data:') || details.url.startsWith('about:');
      cb({ cancel: !ok });
    });
    const { preload: _none, ...prefs } = secureWebPreferences('');
    const win = new BrowserWindow({
      show: false,
      width: SLIDE_WIDTH,
      height: SLIDE_HEIGHT,
      useContentSize: true,
      webPreferences: { ...prefs, session: ses },
    });
    try {
      await win.loadURL(fileUrl);
      await waitForReady(win, timeoutMs);
      const pdf = await win.webContents.printToPDF(printOptions(variant));
      const bytes = new Uint8Array(pdf);
      return { base64: bytesToBase64(bytes), pages: pdfPageCount(bytes) };
    } finally {
      if (!win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}
