/**
 * The import itself, the same code in the worker and in the main-thread
 * fallback: bytes or pasted text → ImportResult, failures turned into
 * ImportFailure (code + Chinese/English message) so they survive postMessage.
 */
import { importArticleBytes, importHtml, importText, isImportError, PASTED_SOURCE, type ImportResult } from '../../core/article';
import type { ImportJob } from './import-protocol';
import { checkPastedSize } from './import-errors';
import { pdfAssetUrls } from './pdf-asset-urls';

export { toFailure } from './import-errors';

export async function runImport(req: ImportJob): Promise<ImportResult> {
  if (req.kind === 'bytes') return importArticleBytes(new Uint8Array(req.bytes), req.name, { pdfAssets: pdfAssetUrls() });
  checkPastedSize(req.text);
  // A .doc's text, read by the host: named and labelled as the file it came from.
  if (req.encoding) return importText(req.text, req.name, req.encoding);
  if (req.html) {
    try {
      return await importHtml(req.html);
    } catch (e) {
      // HTML with no readable text (an image, an empty fragment): the plain text still is the paste.
      if (!isImportError(e)) throw e;
    }
  }
  return importText(req.text, PASTED_SOURCE);
}
