/**
 * Run a core exporter in a Web Worker, or on the main thread where a worker
 * cannot start or cannot load the exporter (a library touching `document` at
 * load time would fail there): the export still happens, only less smoothly.
 * Errors the exporter itself throws are reported, not retried. `signal`
 * cancels: the worker is terminated (or the exporter stops at its next step).
 */
import type { Article } from '../../core/article/types';
import type { Deck } from '../../core/deck';
import type { JobProgress } from '../../core/contract-jobs';
import { JobCancelled } from '../../core/job-client';
import type { ExportFormat, ExportOptions } from '../../core/export';
import type { ExportJob, ExportReply } from './export.worker';
import type { CustomTheme } from '../../core/theme/custom-theme';

let nextId = 1;

class WorkerUnavailable extends Error {}

export interface RunControl {
  /** The chosen Word template's bytes (read through the host beforehand). */
  wordTemplate?: Uint8Array;
  signal?: AbortSignal;
  onProgress?: (p: JobProgress) => void;
  /** The article saved with the deck, when it has one (decks made before it: null). */
  article?: Article | null;
  /** The unit's own slide theme (theme/get), for a deck whose theme is 'custom'. */
  customTheme?: CustomTheme | null;
}

function inWorker(format: ExportFormat, deck: Deck, options: ExportOptions, assets: Record<string, Uint8Array>, control: RunControl): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return Promise.reject(new WorkerUnavailable('no Worker'));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    return Promise.reject(new WorkerUnavailable(String(e)));
  }
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      control.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(new JobCancelled());
    };
    control.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (ev: MessageEvent<ExportReply>) => {
      const r = ev.data;
      if (r.id !== id) return;
      if ('progress' in r) {
        control.onProgress?.(r.progress);
        return;
      }
      end();
      if (r.ok) resolve(r.bytes);
      else reject(new Error(r.message));
    };
    // An uncaught error in the worker (e.g. while loading) means "this worker cannot do it".
    worker.onerror = (ev) => {
      ev.preventDefault();
      end();
      reject(new WorkerUnavailable(ev.message));
    };
    worker.postMessage({ id, format, deck, options, assets, article: control.article ?? null, customTheme: control.customTheme ?? null, ...(control.wordTemplate ? { wordTemplate: control.wordTemplate } : {}) } satisfies ExportJob);
  });
}

export async function runExporter(
  format: ExportFormat,
  deck: Deck,
  options: ExportOptions,
  assets: Record<string, Uint8Array> = {},
  control: RunControl = {},
): Promise<Uint8Array> {
  if (control.signal?.aborted) throw new JobCancelled();
  try {
    return await inWorker(format, deck, options, assets, control);
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
    console.warn(`Export worker unavailable (${e.message}); exporting on the main thread.`);
    const { exporters } = await import('../../core/export');
    return exporters[format].exporter(deck, options, { assets: (src) => assets[src] ?? null, article: control.article ?? null, customTheme: control.customTheme ?? null, signal: control.signal, progress: control.onProgress, ...(control.wordTemplate ? { wordTemplate: control.wordTemplate } : {}) });
  }
}
