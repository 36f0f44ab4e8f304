/**
 * Run a core exporter in a Web Worker, or on the main thread where a worker
 * cannot start or cannot load the exporter (a library touching `document` at
 * load time would fail there): the export still happens, only less smoothly.
 * Errors the exporter itself throws are reported, not retried.
 */
import type { Deck } from '../../core/deck';
import type { ExportFormat, ExportOptions } from '../../core/export';
import type { ExportJob, ExportReply } from './export.worker';

let nextId = 1;

class WorkerUnavailable extends Error {}

function inWorker(format: ExportFormat, deck: Deck, options: ExportOptions, assets: Record<string, Uint8Array>, wordTemplate?: Uint8Array): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return Promise.reject(new WorkerUnavailable('no Worker'));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    return Promise.reject(new WorkerUnavailable(String(e)));
  }
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (ev: MessageEvent<ExportReply>) => {
      if (ev.data.id !== id) return;
      worker.terminate();
      if (ev.data.ok) resolve(ev.data.bytes);
      else reject(new Error(ev.data.message));
    };
    // An uncaught error in the worker (e.g. while loading) means "this worker cannot do it".
    worker.onerror = (ev) => {
      ev.preventDefault();
      worker.terminate();
      reject(new WorkerUnavailable(ev.message));
    };
    worker.postMessage({ id, format, deck, options, assets, ...(wordTemplate ? { wordTemplate } : {}) } satisfies ExportJob);
  });
}

export async function runExporter(
  format: ExportFormat,
  deck: Deck,
  options: ExportOptions,
  assets: Record<string, Uint8Array> = {},
  wordTemplate?: Uint8Array,
): Promise<Uint8Array> {
  try {
    return await inWorker(format, deck, options, assets, wordTemplate);
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
    console.warn(`Export worker unavailable (${e.message}); exporting on the main thread.`);
    const { exporters } = await import('../../core/export');
    return exporters[format].exporter(deck, options, { assets: (src) => assets[src] ?? null, ...(wordTemplate ? { wordTemplate } : {}) });
  }
}
