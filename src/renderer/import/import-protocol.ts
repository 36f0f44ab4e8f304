/**
 * Messages between the renderer and the import worker. Plain data only (they
 * are structured-cloned): bytes travel as a transferred ArrayBuffer so a large
 * file is not copied, errors as a code plus both languages' messages.
 */
import type { BilingualMessage, ImportResult } from '../../core/article';

/** What to import: a file's bytes, or text that was pasted. */
export type ImportJob =
  | { kind: 'bytes'; name: string; bytes: ArrayBuffer }
  /** Pasted text (with the clipboard's HTML when there was some), or the text the host read out of a .doc. */
  | { kind: 'text'; name: string; text: string; html?: string; encoding?: string };

export type ImportRequest = ImportJob & { id: number };

export type ImportFailure = { code: string; message: BilingualMessage };

export type ImportResponse =
  /** Sent once the worker's code has loaded: an error before it means the worker cannot run here at all. */
  | { id: 0; ready: true }
  | { id: number; ok: true; result: ImportResult }
  | { id: number; ok: false; error: ImportFailure };
