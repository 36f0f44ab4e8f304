/**
 * Import failures in the form that crosses postMessage (code + both languages),
 * and the paste size check. Kept apart from the importer so the main bundle can
 * use them without loading the importer itself.
 */
import { ImportError, MAX_INPUT_BYTES, isImportError } from '../../core/article/errors';
import type { ImportFailure } from './import-protocol';

/** Bytes the text takes as UTF-8, counted without allocating the encoded copy (a paste can be tens of MB). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Pasted text is refused above the importer's byte limit, like a file of the same size. */
export function checkPastedSize(text: string): void {
  // Cheap bounds first: every UTF-16 unit is 1 to 3 bytes of UTF-8.
  if (text.length * 3 <= MAX_INPUT_BYTES) return;
  const bytes = text.length > MAX_INPUT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) throw new ImportError('TOO_LARGE', `${(bytes / 1024 / 1024).toFixed(1)} MB`);
}

export function toFailure(e: unknown): ImportFailure {
  if (isImportError(e)) return { code: e.code, message: { zh: e.message.zh, en: e.message.en } };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'INTERNAL',
    message: { zh: `导入时出现意外错误：${detail}`, en: `Unexpected error while importing: ${detail}` },
  };
}
