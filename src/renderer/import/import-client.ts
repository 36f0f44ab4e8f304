/**
 * The renderer's way to import: each request runs in a fresh Web Worker (so a
 * 50 MB paste or a big .docx never freezes the window, and Cancel can simply
 * terminate the worker). Where workers are unavailable (unit tests under jsdom)
 * the same code runs on the main thread.
 */
import type { ImportResult } from '../../core/article';
import type { ImportFailure, ImportJob, ImportRequest, ImportResponse } from './import-protocol';
import { checkPastedSize, toFailure } from './import-errors';
import { detectFormat, extensionOf } from '../../core/article/detect-format';
import { bytesToBase64 } from '../../core/base64';
import { getHost, HostCallError } from '../host';

export class ImportFailed extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.message.en);
    this.name = 'ImportFailed';
  }
}

/** Thrown when the user cancels an import in progress. */
export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ImportCancelled';
  }
}

let nextId = 1;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

async function onMainThread(req: ImportJob): Promise<ImportResult> {
  const { runImport } = await import('./run-import-core');
  try {
    return await runImport(req);
  } catch (e) {
    throw new ImportFailed(toFailure(e));
  }
}

export function importInWorker(req: ImportJob, signal?: AbortSignal): Promise<ImportResult> {
  if (signal?.aborted) return Promise.reject(new ImportCancelled());
  if (req.kind === 'text') {
    // Refuse an oversized paste here, before copying it to a worker that might run out of memory on it.
    try {
      checkPastedSize(req.text);
    } catch (e) {
      return Promise.reject(new ImportFailed(toFailure(e)));
    }
  }
  const worker = startWorker();
  if (!worker) return onMainThread(req);
  const id = nextId++;
  return new Promise<ImportResult>((resolve, reject) => {
    let ready = false;
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(new ImportCancelled());
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (ev: MessageEvent<ImportResponse>) => {
      const r = ev.data;
      if ('ready' in r) {
        ready = true;
        // Sent only now: had the worker failed to load, transferred bytes would be gone for the fallback.
        const msg: ImportRequest = { id, ...req } as ImportRequest;
        worker.postMessage(msg, msg.kind === 'bytes' ? [msg.bytes] : []);
        return;
      }
      if (r.id !== id) return;
      done();
      if (r.ok) resolve(r.result);
      else reject(new ImportFailed(r.error));
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      done();
      if (!ready) {
        // The worker could not load here (no module workers, a blocked URL…): import on the main thread instead.
        console.warn(`Import worker unavailable (${ev.message}); importing on the main thread.`);
        onMainThread(req).then(resolve, reject);
        return;
      }
      reject(
        new ImportFailed({
          code: 'WORKER',
          message: {
            zh: `导入程序意外停止：${ev.message || '可能是内容过大、内存不足'}。请拆分后分别导入。`,
            en: `The importer stopped unexpectedly: ${ev.message || 'the content may be too large for the available memory'}. Split it and import the parts.`,
          },
        }),
      );
    };
  });
}

/** One file or paste of a batch, after import: its result or why it failed. */
export type ImportedSource =
  | { name: string; ok: true; result: ImportResult }
  | { name: string; ok: false; error: ImportFailure };

export type ImportSource = { name: string; bytes: ArrayBuffer } | { name: string; text: string; html?: string };

/**
 * The job for a source. A legacy Word (.doc) or WPS file is read by the host
 * first (its reader needs Node); its text is then imported like any other.
 */
async function jobOf(s: ImportSource): Promise<ImportJob> {
  if ('text' in s) return { kind: 'text', name: s.name, text: s.text, ...(s.html ? { html: s.html } : {}) };
  const bytes = new Uint8Array(s.bytes);
  const ext = extensionOf(s.name);
  if (detectFormat(bytes.subarray(0, 1024), s.name) === 'ole' && ext !== 'docx') {
    const { text } = await getHost().api.article.readDoc({ name: s.name, base64: bytesToBase64(bytes) });
    return { kind: 'text', name: s.name, text, encoding: ext === 'wps' ? 'wps' : 'doc' };
  }
  return { kind: 'bytes', name: s.name, bytes: s.bytes };
}

/**
 * Import several sources one after another (one worker at a time keeps memory
 * bounded), reporting progress before each. A failed file does not stop the
 * others: it is reported with its message.
 */
export async function importBatch(
  sources: ImportSource[],
  onProgress: (done: number, total: number, current: string) => void,
  signal?: AbortSignal,
): Promise<ImportedSource[]> {
  const out: ImportedSource[] = [];
  for (const [i, s] of sources.entries()) {
    onProgress(i, sources.length, s.name);
    try {
      const req = await jobOf(s);
      out.push({ name: s.name, ok: true, result: await importInWorker(req, signal) });
    } catch (e) {
      if (e instanceof ImportCancelled) throw e;
      const error =
        e instanceof ImportFailed ? e.failure : e instanceof HostCallError ? { code: e.code, message: e.messages } : { code: 'INTERNAL', message: { zh: String(e), en: String(e) } };
      out.push({ name: s.name, ok: false, error });
    }
  }
  onProgress(sources.length, sources.length, '');
  return out;
}
