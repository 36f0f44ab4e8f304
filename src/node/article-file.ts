/**
 * Article files from disk for the CLI and the hosts: every format the importer
 * reads, with the one reader core cannot hold.
 *
 * Legacy Word (.doc) and WPS files → text through word-extractor, a maintained
 * pure-JavaScript reader of Word's binary format. It needs Node's Buffer and
 * streams, so it lives here and the import engine in core gets it as
 * `importArticleBytes(bytes, name, { readDoc })`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import WordExtractor from 'word-extractor';
import { importArticleBytes, ImportError, MAX_INPUT_BYTES, type ImportResult } from '../core/article/index';
import { HostError } from '../core/contract';
import type { JobContext } from '../core/contract-jobs';
import { throwIfCancelled } from '../core/jobs';
import { pdfAssetPaths } from './pdf-assets';

type Part = (options: { filterUnicode: boolean }) => string;

export async function readDocText(bytes: Uint8Array): Promise<string> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  // Footnotes and endnotes are part of what the author wrote; headers and text boxes are page furniture.
  // filterUnicode off: its filter turns Chinese curly quotes into ASCII ones
  // (the option exists since 1.0.2; the published types predate it).
  const part = (get: () => string) => (get as Part).call(doc, { filterUnicode: false });
  return [part(doc.getBody), part(doc.getFootnotes), part(doc.getEndnotes)].filter((t) => t.trim()).join('\n\n');
}

/**
 * The host operation `article/readDoc`: the app's importer runs in a Web Worker,
 * where word-extractor cannot, so the renderer hands a .doc/.wps file's bytes
 * over and imports the text that comes back.
 */
export async function readDocForHost({ name, base64 }: { name: string; base64: string }, job?: JobContext): Promise<{ text: string }> {
  try {
    throwIfCancelled(job?.signal);
    // word-extractor cannot be interrupted; a cancel during it is answered as soon as it returns (dispatch checks the signal).
    return { text: await readDocText(Buffer.from(base64, 'base64')) };
  } catch (e) {
    throwIfCancelled(job?.signal);
    const err = new ImportError(/\.wps$/i.test(name) ? 'WPS_UNREADABLE' : 'DOC_CORRUPT', e instanceof Error ? e.message.slice(0, 80) : '');
    throw new HostError(err.code, { zh: err.message.zh, en: err.message.en });
  }
}

/** An article file from disk, every format the importer knows (refused before reading when too large). */
export async function importArticleFile(file: string): Promise<ImportResult> {
  // Refuse before reading: a 2 GB file should not be pulled into memory to be refused.
  const info = await stat(file);
  if (info.size > MAX_INPUT_BYTES) throw new ImportError('TOO_LARGE', `${(info.size / 1024 / 1024).toFixed(1)} MB`);
  return importArticleBytes(new Uint8Array(await readFile(file)), basename(file), { readDoc: readDocText, pdfAssets: pdfAssetPaths() });
}
