/**
 * Checks a .docx (a ZIP) before anything inflates it: reads the central directory
 * straight from the bytes (a few dozen bytes per entry, nothing decompressed) and
 * refuses archives that would expand to an absurd size, encrypted entries, and
 * archives that are not Word documents. The declared sizes can lie, so this is a
 * first line of defence, not the only one: the input size cap bounds the rest.
 */
import { Inflate, inflateSync } from 'fflate';
import { ImportError } from './errors';

/** Whole-archive expansion above this ratio and size is a zip bomb, not a document. */
export const MAX_ZIP_RATIO = 100;
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;

export interface ZipEntry {
  name: string;
  /** Of the local header. */
  offset: number;
  csize: number;
  /** The size the central directory declares. */
  usize: number;
  method: number;
}

export interface ZipSummary {
  entries: string[];
  compressed: number;
  uncompressed: number;
  /** The deflated entries: where each one's data is, and the size its header declares. */
  deflated: ZipEntry[];
  /** Every entry by name (the first of a name, as JSZip keeps). */
  byName: Map<string, ZipEntry>;
}

const LOC_SIG = 0x04034b50;
/** Compressed input fed to the inflater per step: deflate expands at most ~1032×, so one step yields ≤ 4 MB. */
const STEP = 4096;
/** Entries up to this compressed size are inflated in one go (at most ~66 MB of output work for a liar). */
const ONE_SHOT = 64 * 1024;

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
  const deflated: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let compressed = 0;
  let uncompressed = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CEN_SIG) throw new ImportError('DOCX_CORRUPT', 'bad zip directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const localOffset = view.getUint32(p + 42, true);
    const csize = view.getUint32(p + 20, true);
    const usize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (flags & 1) throw new ImportError('DOCX_ENCRYPTED');
    if (usize === 0xffffffff || csize === 0xffffffff) throw new ImportError('ZIP_BOMB', 'ZIP64');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Deflate never grows data by more than a few bytes per 16 KB block: an entry holding more
    // compressed bytes than it declares uncompressed lies about its size, though never read.
    if (method === 8 && csize > usize + usize / 500 + 256) throw new ImportError('ZIP_BOMB', `${name}: ${csize} bytes compressed, ${usize} declared`);
    entries.push(name);
    const entry = { name, offset: localOffset, csize, usize, method };
    if (method === 8) deflated.push(entry);
    if (!byName.has(name)) byName.set(name, entry);
    compressed += csize;
    uncompressed += usize;
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (uncompressed > MAX_UNZIPPED_BYTES || (uncompressed > 10 * 1024 * 1024 && uncompressed > MAX_ZIP_RATIO * bytes.length)) {
    throw new ImportError('ZIP_BOMB', `${Math.round(uncompressed / 1024 / 1024)} MB`);
  }
  return { entries, compressed, uncompressed, deflated, byName };
}

/** Where an entry's data starts, from its local header. */
function dataStart(bytes: Uint8Array, view: DataView, e: ZipEntry): number {
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOC_SIG) throw new ImportError('DOCX_CORRUPT', 'bad local header');
  return e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
}

/**
 * Inflates a deflated entry step by step, counting the output and stopping the
 * moment it passes the size the directory declared: a liar is refused after at
 * most one step beyond its claim, never inflated whole. The output is kept only
 * when asked for, so checking holds memory at one step's worth.
 */
function inflateBounded(bytes: Uint8Array, view: DataView, e: ZipEntry, keep: boolean): Uint8Array[] {
  const start = dataStart(bytes, view, e);
  const end = Math.min(bytes.length, start + e.csize);
  const chunks: Uint8Array[] = [];
  let out = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    out += chunk.length;
    if (keep) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let at = start; at < end && !done; at += STEP) {
      inflater.push(bytes.subarray(at, Math.min(end, at + STEP)), at + STEP >= end);
      if (out > e.usize) throw new ImportError('ZIP_BOMB', `${e.name}: more than the ${e.usize} bytes declared`);
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('DOCX_CORRUPT', `${e.name}: ${err instanceof Error ? err.message.slice(0, 60) : ''}`);
  }
  return chunks;
}

/**
 * The declared sizes can lie (a header claiming 1 KB for 1 GB of zeros), and the
 * zip reader behind mammoth only compares sizes after inflating everything. So
 * before mammoth reads a file every deflated entry is inflated here once,
 * bounded (inflateBounded), and the output dropped.
 */
export function assertSizesHonest(bytes: Uint8Array, summary: ZipSummary): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of summary.deflated) inflateBounded(bytes, view, e, false);
}

/**
 * One entry's bytes, never more than its directory entry declared (ZIP_BOMB
 * past it); null for a compression method other than stored or deflate, or
 * output shorter than declared (left to mammoth's reader to judge).
 */
export function readZipEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.method === 0) {
    const start = dataStart(bytes, view, e);
    if (e.csize !== e.usize || start + e.csize > bytes.length) throw new ImportError('DOCX_CORRUPT', `${e.name}: stored sizes`);
    return bytes.subarray(start, start + e.csize);
  }
  if (e.method !== 8) return null;
  if (e.csize <= ONE_SHOT) {
    // Into a buffer one byte longer than declared, which fflate never grows (writes past
    // its end are dropped): a longer output is a liar, and the work stays bounded by the
    // small compressed size. Streaming costs a 160 KB buffer per step, most of the time
    // of reading a small .docx.
    const start = dataStart(bytes, view, e);
    let out: Uint8Array;
    try {
      out = inflateSync(bytes.subarray(start, Math.min(bytes.length, start + e.csize)), { out: new Uint8Array(e.usize + 1) });
    } catch (err) {
      // A stored block written past the buffer's end.
      if (err instanceof RangeError) throw new ImportError('ZIP_BOMB', `${e.name}: more than the ${e.usize} bytes declared`);
      throw new ImportError('DOCX_CORRUPT', `${e.name}: ${err instanceof Error ? err.message.slice(0, 60) : ''}`);
    }
    if (out.length > e.usize) throw new ImportError('ZIP_BOMB', `${e.name}: more than the ${e.usize} bytes declared`);
    return out.length === e.usize ? out : null;
  }
  const chunks = inflateBounded(bytes, view, e, true);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  if (size !== e.usize) return null;
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** A .docx must at least hold the main document part. */
export function assertDocx(summary: ZipSummary): void {
  if (!summary.entries.includes('word/document.xml')) throw new ImportError('DOCX_CORRUPT', 'word/document.xml missing');
}
