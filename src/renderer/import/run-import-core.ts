/**
 * The import itself, the same code in the worker and in the main-thread
 * fallback: bytes or pasted text → ImportResult, failures turned into
 * ImportFailure (code + Chinese/English message) so they survive postMessage.
 */
import { importArticleBytes, importText, type ImportResult } from '../../core/article';
import type { ImportJob } from './import-protocol';
import { checkPastedSize } from './import-errors';

export { toFailure } from './import-errors';

export async function runImport(req: ImportJob): Promise<ImportResult> {
  if (req.kind === 'bytes') return importArticleBytes(new Uint8Array(req.bytes), req.name);
  checkPastedSize(req.text);
  return importText(req.text);
}
