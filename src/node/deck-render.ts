/**
 * Deck text → the HTML page of a PDF or standalone HTML export, rendered in a
 * worker thread (deck-render-worker.ts) so the host keeps answering other requests
 * while a huge deck renders, and a cancelled export stops at once (the thread is
 * terminated). Where no worker thread can start, the page is rendered inline.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { imageSources, parseDeck } from '../core/deck';
import type { SlideAspect } from '../core/deck/model';
import { buildHtmlDeck, type DeckHtmlAssets } from '../core/export/html-deck';
import type { JobContext } from '../core/contract-jobs';
import { cancelledError, throwIfCancelled } from '../core/jobs';
import { loadPresentAssets } from './present-assets';
import type { FromWorker, RenderRequest, ToWorker } from './deck-render-protocol';

export interface RenderedDeck {
  html: string;
  slides: number;
  aspect: SlideAspect | undefined;
}

/** The deck's pictures as data: URIs, by the sources its slides show (none when the deck is not in a library). */
export type ImagesFor = (sources: string[]) => Promise<Record<string, string> | undefined>;

/**
 * The worker: in the Electron bundle, the built entry beside this file. Run from
 * source (tsx, vitest, Playwright's runner) it is the .ts beside this file, loaded
 * through tsx's loader registered inside the thread (a worker ignores `--import` in execArgv).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./deck-render-worker.js', import.meta.url));
  const entry = new URL('./deck-render-worker.ts', import.meta.url).href;
  // tsx's ESM API (its "import" export; require.resolve would pick the CommonJS one).
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

class NoWorker extends Error {}

function inWorker(req: RenderRequest, images: ImagesFor, job?: JobContext): Promise<RenderedDeck> {
  throwIfCancelled(job?.signal);
  let worker: Worker;
  try {
    worker = startWorker();
  } catch (e) {
    return Promise.reject(new NoWorker(String(e)));
  }
  return new Promise<RenderedDeck>((resolve, reject) => {
    let started = false;
    let meta: { slides: number; aspect: SlideAspect | undefined } | null = null;
    const stop = (err: Error | null, value?: RenderedDeck) => {
      job?.signal.removeEventListener('abort', onAbort);
      worker.removeAllListeners();
      // Errors after this point (the thread dying as it is terminated) are nobody's concern.
      worker.on('error', () => {});
      void worker.terminate();
      if (err) reject(err);
      else resolve(value!);
    };
    const onAbort = () => stop(cancelledError());
    job?.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: FromWorker) => {
      started = true;
      if (m.type === 'parsed') {
        meta = { slides: m.slides, aspect: m.aspect };
        job?.progress({ phase: 'slides', done: 0, total: m.slides });
        images(m.sources).then(
          (imgs) => worker.postMessage({ type: 'images', images: imgs } satisfies ToWorker),
          (e: unknown) => stop(e instanceof Error ? e : new Error(String(e))),
        );
      } else if (m.type === 'html') {
        job?.progress({ phase: 'slides', done: meta!.slides, total: meta!.slides });
        stop(null, { html: m.html, ...meta! });
      } else stop(new Error(`deck render worker: ${m.message}`));
    });
    worker.on('error', (e) => stop(started ? e : new NoWorker(e.message)));
    worker.on('exit', (code) => stop(new Error(`deck render worker exited (${code})`)));
    worker.postMessage({ type: 'start', ...req } satisfies ToWorker);
  });
}

/** The same work on this thread: the fallback, and what the CLI (which has nothing else to answer) could use. */
export async function renderInline(req: RenderRequest, images: ImagesFor, job?: JobContext, assets?: DeckHtmlAssets): Promise<RenderedDeck> {
  const { deck } = parseDeck(req.text);
  throwIfCancelled(job?.signal);
  job?.progress({ phase: 'slides', done: 0, total: deck.slides.length });
  const imgs = await images(imageSources(deck));
  const html = buildHtmlDeck(deck, assets ?? (await loadPresentAssets(req.themesDir)), { mode: req.mode, printNotes: req.printNotes, images: imgs, customCss: req.customCss });
  throwIfCancelled(job?.signal);
  job?.progress({ phase: 'slides', done: deck.slides.length, total: deck.slides.length });
  return { html, slides: deck.slides.length, aspect: deck.meta.aspect };
}

export type RenderDeck = typeof renderDeckHtml;

export async function renderDeckHtml(req: RenderRequest, images: ImagesFor, job?: JobContext, log: (line: string) => void = console.warn): Promise<RenderedDeck> {
  job?.progress({ phase: 'prepare', done: 0, total: 1 });
  try {
    return await inWorker(req, images, job);
  } catch (e) {
    if (!(e instanceof NoWorker)) throw e;
    log(`deck render worker unavailable (${e.message}); rendering on the host thread`);
    return renderInline(req, images, job);
  }
}
