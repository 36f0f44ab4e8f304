/**
 * Article import engine: bytes or pasted text in, articles out. Pure (no DOM, no
 * Node): the renderer, the CLI, the server and tests all call these.
 *
 *   importArticleBytes(bytes, name)  .docx / .md / anything else as text
 *   importText(text, name)           pasted text, same path as a plain file
 *   decodeText(bytes)                the encoding detection on its own
 *
 * Failures are ImportError with a code and a Chinese + English message.
 */
import type { Block } from './block';
import { decodeText } from './decode';
import { detectFormat } from './detect-format';
import { ImportError, MAX_INPUT_BYTES } from './errors';
import { textToBlocks } from './lines';
import { buildArticles, type SourceKind } from './structure';
import type { ImportResult } from './types';

export type { Article, Extra, ExtraKind, ImportResult, Repair, Section } from './types';
export { decodeText, type Decoded } from './decode';
export { ImportError, isImportError, MAX_INPUT_BYTES, type BilingualMessage, type ImportErrorCode } from './errors';
export { detectFormat, type ArticleFormat } from './detect-format';
export { MAX_ZIP_RATIO, MAX_UNZIPPED_BYTES } from './zip-guard';
export { inspectJsonSchema, toInspectJson, type InspectJson } from './inspect-json';

/** Source name used for pasted text. */
export const PASTED_SOURCE = '粘贴的文本';

/** Encoding reported for pasted text, which arrives as characters, not bytes. */
export const PASTED_ENCODING = 'text';

export interface ImportOptions {
  /** Force a reader instead of detecting it from the name and content. */
  format?: 'docx' | 'markdown' | 'text';
}

function finish(blocks: Block[], source: SourceKind, sourceName: string, encoding: string): ImportResult {
  if (!blocks.some((b) => b.text.trim())) throw new ImportError('EMPTY');
  const { articles, repairs } = buildArticles(blocks, source, { sourceName, encoding });
  return { encoding, articles, repairs };
}

export function importText(text: string, sourceName: string = PASTED_SOURCE, encoding: string = PASTED_ENCODING): ImportResult {
  return finish(textToBlocks(text), 'text', sourceName, encoding);
}

/**
 * Markdown text. Async because the CommonMark parser (micromark) is loaded on
 * demand: most imports are plain text, and micromark's browser build touches
 * `document`, which a Worker does not have unless the bundler picks its
 * "worker" export.
 */
export async function importMarkdown(text: string, sourceName: string, encoding: string = PASTED_ENCODING): Promise<ImportResult> {
  const { markdownToBlocks } = await import('./markdown');
  return finish(markdownToBlocks(text), 'markdown', sourceName, encoding);
}

export async function importArticleBytes(bytes: Uint8Array, sourceName: string, opts: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length > MAX_INPUT_BYTES) throw new ImportError('TOO_LARGE', `${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  if (bytes.length === 0) throw new ImportError('EMPTY');
  const format = opts.format ?? detectFormat(bytes, sourceName);
  if (format === 'ole') {
    // An OLE container named .docx is what Word writes for a password-protected file.
    throw new ImportError(/\.docx$/i.test(sourceName) ? 'DOCX_ENCRYPTED' : 'LEGACY_DOC');
  }
  if (format === 'docx') {
    // Loaded on demand: mammoth is large and most imports are text.
    const { docxToBlocks } = await import('./docx');
    return finish(await docxToBlocks(bytes, sourceName), 'docx', sourceName, 'docx');
  }
  const { text, encoding } = decodeText(bytes);
  return format === 'markdown' ? importMarkdown(text, sourceName, encoding) : importText(text, sourceName, encoding);
}
