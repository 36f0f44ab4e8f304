/**
 * The 'export/pdf' and 'export/html' services (browser edition and CLI; Electron
 * main replaces 'export/pdf' with printToPDF) and the 'present/*' fallbacks for
 * hosts without native windows. Deck text in, base64 bytes out. The page is
 * rendered in a worker thread (deck-render.ts); both take the job's signal and
 * report progress.
 */
import { HostError, type OpArgs, type OpResult } from '../core/contract';
import type { JobContext } from '../core/contract-jobs';
import { throwIfCancelled } from '../core/jobs';
import { bytesToBase64 } from '../core/base64';
import { printHtmlToPdf } from './pdf';
import { renderDeckHtml, type ImagesFor } from './deck-render';
import type { DeckRef } from '../core/contract';

/** Finds the pictures of a library deck by the sources its slides show (see deck-images.ts). */
export type DeckImageResolver = (ref: DeckRef, sources: readonly string[]) => Promise<Record<string, string>>;

/** Pages in a PDF: count of /Type /Page objects (Chromium writes one per page, never compressed away). */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The pictures of the deck a request names, or none. */
export function imagesForRef(ref: DeckRef | undefined, images: DeckImageResolver | undefined): ImagesFor {
  return async (sources) => (ref && images && sources.length ? images(ref, sources) : undefined);
}

/** The unit's own theme's CSS when the deck text names it (`theme: custom`), read from the data folder. */
export type CustomCssFor = (text: string) => Promise<string | null>;
export const customCssFrom =
  (css: () => Promise<string | null>): CustomCssFor =>
  async (text) =>
    /^theme:\s*custom\s*$/m.test(text.slice(0, 4000)) ? css() : null;

export function presentServices(themesDir?: string, images?: DeckImageResolver, customCss: CustomCssFor = async () => null) {
  return {
    'export/pdf': async (a: OpArgs<'export/pdf'>[0], job?: JobContext): Promise<OpResult<'export/pdf'>> => {
      const variant = a.variant ?? 'slides';
      const page = await renderDeckHtml({ text: a.text, mode: 'print', printNotes: variant === 'notes', themesDir, customCss: await customCss(a.text) }, imagesForRef(a.ref, images), job);
      job?.progress({ phase: 'print', done: 0, total: page.slides });
      const bytes = await printHtmlToPdf(page.html, page.aspect, { variant, signal: job?.signal });
      job?.progress({ phase: 'print', done: page.slides, total: page.slides });
      return { base64: bytesToBase64(bytes), pages: pdfPageCount(bytes) };
    },
    'export/html': async (a: OpArgs<'export/html'>[0], job?: JobContext): Promise<OpResult<'export/html'>> => {
      const page = await renderDeckHtml({ text: a.text, mode: 'present', themesDir, customCss: await customCss(a.text) }, imagesForRef(a.ref, images), job);
      throwIfCancelled(job?.signal);
      return { base64: bytesToBase64(new TextEncoder().encode(page.html)), pages: null };
    },
  };
}

/** Presenter windows need a desktop host; the browser edition opens them itself (window.open). */
export function noPresenterWindows(op: string) {
  return async (): Promise<never> => {
    throw new HostError('UNSUPPORTED', {
      zh: `此版本由浏览器自行打开演讲者窗口（${op}）`,
      en: `In this edition the browser opens the presenter window itself (${op})`,
    });
  };
}
