/**
 * Article import engine: bytes or pasted text in, articles out. Pure (no DOM, no
 * Node): the renderer, the CLI, the server and tests all call these.
 *
 *   importArticleBytes(bytes, name)  .docx / .md / .pdf / .html / .mhtml / .doc (with a
 *                                    host's reader) / anything else as text
 *   importText(text, name)           pasted text, same path as a plain file
 *   decodeText(bytes)                the encoding detection on its own
 *
 * Failures are ImportError with a code and a Chinese + English message.
 */
import type { Block } from './block';
import { decodeText } from './decode';
import { detectFormat, extensionOf } from './detect-format';
import { ImportError, MAX_INPUT_BYTES } from './errors';
import { textToBlocks } from './lines';
import { buildArticles, type SourceKind } from './structure';
import type { ImportResult } from './types';
import type { PdfAssets } from './pdf';

export type { Article, Extra, ExtraKind, ImportResult, Repair, Section } from './types';
export { decodeText, type Decoded } from './decode';
export { ImportError, isImportError, MAX_INPUT_BYTES, type BilingualMessage, type ImportErrorCode } from './errors';
export { ARTICLE_EXTENSIONS, detectFormat, type ArticleFormat } from './detect-format';
export { MAX_ZIP_RATIO, MAX_UNZIPPED_BYTES } from './zip-guard';
export { inspectJsonSchema, toInspectJson, type InspectJson } from './inspect-json';
export type { PdfAssets } from './pdf';

/** Source name used for pasted text. */
export const PASTED_SOURCE = '粘贴的文本';

/** Encoding reported for pasted text, which arrives as characters, not bytes. */
export const PASTED_ENCODING = 'text';

export interface ImportOptions {
  /** Force a reader instead of detecting it from the name and content. */
  format?: 'docx' | 'markdown' | 'text' | 'pdf' | 'html' | 'mhtml';
  /**
   * Reader of legacy Word (.doc) and WPS files, given by the host: the
   * maintained pure-JS reader (word-extractor) needs Node's Buffer and streams,
   * which core may not import. Resolves to the document's text, one paragraph
   * a line; rejects when the file cannot be read. Without it such files get a
   * LEGACY_DOC message.
   */
  readDoc?: (bytes: Uint8Array) => Promise<string>;
  /** Where PDF.js's CMaps and standard fonts are, as this host reaches them (see PdfAssets). */
  pdfAssets?: PdfAssets;
}

function finish(blocks: Block[], source: SourceKind, sourceName: string, encoding: string): ImportResult {
  if (!blocks.some((b) => b.text.trim())) throw new ImportError('EMPTY');
  const { articles, repairs } = buildArticles(blocks, source, { sourceName, encoding });
  return { encoding, articles, repairs };
}

export function importText(text: string, sourceName: string = PASTED_SOURCE, encoding: string = PASTED_ENCODING): ImportResult {
  return finish(textToBlocks(text), 'text', sourceName, encoding);
}

/** A module loaded on first use and kept: an import() per file costs a module-resolution round trip each time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= load().catch((e: unknown) => {
    p = undefined;
    throw e;
  }));
}

/** The readers of the larger formats, loaded on demand: most imports are plain text. */
const formats = {
  markdown: once(() => import('./markdown')),
  html: once(() => import('./html')),
  pdf: once(() => import('./pdf')),
  mhtml: once(() => import('./mhtml')),
  docx: once(() => import('./docx')),
};

/**
 * Markdown text. Async because the Markdown lexer (marked) is loaded on
 * demand: most imports are plain text.
 */
export async function importMarkdown(text: string, sourceName: string, encoding: string = PASTED_ENCODING): Promise<ImportResult> {
  const { markdownToBlocks } = await formats.markdown();
  return finish(markdownToBlocks(text), 'markdown', sourceName, encoding);
}

/** Bytes in the charset a MIME part declares, else detected like a text file. */
function decodeIn(bytes: Uint8Array, charset: string): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // an unknown label: detect instead
    }
  }
  return decodeText(bytes).text;
}

/** An OLE container: a legacy .doc, a .wps, or what Word writes for a password-protected .docx. */
async function importOle(bytes: Uint8Array, sourceName: string, opts: ImportOptions): Promise<ImportResult> {
  const ext = extensionOf(sourceName);
  if (ext === 'docx') throw new ImportError('DOCX_ENCRYPTED');
  if (!opts.readDoc) throw new ImportError(ext === 'wps' ? 'WPS_UNREADABLE' : 'LEGACY_DOC');
  let text: string;
  try {
    text = await opts.readDoc(bytes);
  } catch (e) {
    if (ext === 'wps') throw new ImportError('WPS_UNREADABLE');
    throw new ImportError('DOC_CORRUPT', e instanceof Error ? e.message.slice(0, 80) : '');
  }
  return finish(textToBlocks(text), 'text', sourceName, ext === 'wps' ? 'wps' : 'doc');
}

/**
 * HTML from the clipboard (Word and browsers put it there beside the plain
 * text): headings, bold and centred paragraphs and table rows are kept as a
 * .docx keeps them. All of it is content: the user chose what to copy.
 */
export async function importHtml(html: string, sourceName: string = PASTED_SOURCE): Promise<ImportResult> {
  const { htmlToBlocks } = await formats.html();
  return finish(htmlToBlocks(html, { mainContent: false }), 'html', sourceName, PASTED_ENCODING);
}

export async function importArticleBytes(bytes: Uint8Array, sourceName: string, opts: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length > MAX_INPUT_BYTES) throw new ImportError('TOO_LARGE', `${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  if (bytes.length === 0) throw new ImportError('EMPTY');
  const format = opts.format ?? detectFormat(bytes, sourceName);
  if (format === 'ole') return importOle(bytes, sourceName, opts);
  if (format === 'pdf') {
    const { pdfToBlocks } = await formats.pdf();
    return finish(await pdfToBlocks(bytes, opts.pdfAssets), 'pdf', sourceName, 'pdf');
  }
  if (format === 'html' || format === 'mhtml') {
    const { htmlToBlocks } = await formats.html();
    let html: string;
    if (format === 'mhtml') {
      const { mhtmlPage } = await formats.mhtml();
      const page = mhtmlPage(bytes);
      html = decodeIn(page.html, page.charset);
    } else html = decodeText(bytes).text;
    return finish(htmlToBlocks(html), 'html', sourceName, format);
  }
  if (format === 'docx') {
    // Loaded on demand: mammoth is large and most imports are text.
    const { docxToBlocks } = await formats.docx();
    return finish(await docxToBlocks(bytes, sourceName), 'docx', sourceName, 'docx');
  }
  const { text, encoding } = decodeText(bytes);
  return format === 'markdown' ? importMarkdown(text, sourceName, encoding) : importText(text, sourceName, encoding);
}
