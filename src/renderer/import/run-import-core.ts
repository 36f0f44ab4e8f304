/**
 * The import itself, the same code in the worker and in the main-thread
 * fallback: bytes or pasted text → ImportResult, failures turned into
 * ImportFailure (code + Chinese/English message) so they survive postMessage.
 */
import {
  ImportError,
  MAX_INPUT_BYTES,
  importArticleBytes,
  importText,
  isImportError,
  type ImportResult,
} from '../../core/article';
import type { ImportFailure, ImportJob } from './import-protocol';

/** Pasted text is refused above the importer's byte limit, like a file of the same size. */
export function checkPastedSize(text: string): void {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: count exactly only when the cheap bound does not settle it.
  if (text.length * 3 <= MAX_INPUT_BYTES) return;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_INPUT_BYTES) throw new ImportError('TOO_LARGE', `${(bytes / 1024 / 1024).toFixed(1)} MB`);
}

export async function runImport(req: ImportJob): Promise<ImportResult> {
  if (req.kind === 'bytes') return importArticleBytes(new Uint8Array(req.bytes), req.name);
  checkPastedSize(req.text);
  return importText(req.text);
}

export function toFailure(e: unknown): ImportFailure {
  if (isImportError(e)) return { code: e.code, message: { zh: e.message.zh, en: e.message.en } };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'INTERNAL',
    message: { zh: `导入时出现意外错误：${detail}`, en: `Unexpected error while importing: ${detail}` },
  };
}
