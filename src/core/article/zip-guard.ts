/**
 * Checks a .docx (a ZIP) before anything inflates it: reads the central directory
 * straight from the bytes (a few dozen bytes per entry, nothing decompressed) and
 * refuses archives that would expand to an absurd size, encrypted entries, and
 * archives that are not Word documents. The declared sizes can lie, so this is a
 * first line of defence, not the only one: the input size cap bounds the rest.
 */
import { ImportError } from './errors';

/** Whole-archive expansion above this ratio and size is a zip bomb, not a document. */
export const MAX_ZIP_RATIO = 100;
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;

export interface ZipSummary {
  entries: string[];
  compressed: number;
  uncompressed: number;
}

function findEocd(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD_SIG) return i;
  return -1;
}

export function inspectZip(bytes: Uint8Array): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw new ImportError('DOCX_CORRUPT', 'zip too short');
  const eocd = findEocd(view);
  if (eocd < 0) throw new ImportError('DOCX_CORRUPT', 'no zip directory');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ImportError('ZIP_BOMB', 'ZIP64');
  if (count > MAX_ENTRIES) throw new ImportError('ZIP_BOMB', `${count} entries`);
  const decoder = new TextDecoder('utf-8');
  const entries: string[] = [];
  let compressed = 0;
  let uncompressed = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CEN_SIG) throw new ImportError('DOCX_CORRUPT', 'bad zip directory');
    const flags = view.getUint16(p + 8, true);
    const csize = view.getUint32(p + 20, true);
    const usize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (flags & 1) throw new ImportError('DOCX_ENCRYPTED');
    if (usize === 0xffffffff || csize === 0xffffffff) throw new ImportError('ZIP_BOMB', 'ZIP64');
    entries.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    compressed += csize;
    uncompressed += usize;
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (uncompressed > MAX_UNZIPPED_BYTES || (uncompressed > 10 * 1024 * 1024 && uncompressed > MAX_ZIP_RATIO * bytes.length)) {
    throw new ImportError('ZIP_BOMB', `${Math.round(uncompressed / 1024 / 1024)} MB`);
  }
  return { entries, compressed, uncompressed };
}

/** A .docx must at least hold the main document part. */
export function assertDocx(summary: ZipSummary): void {
  if (!summary.entries.includes('word/document.xml')) throw new ImportError('DOCX_CORRUPT', 'word/document.xml missing');
}
