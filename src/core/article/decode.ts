/**
 * Bytes → text. Order matters: a BOM is proof, strict UTF-8 is almost proof (GBK
 * text practically never validates as UTF-8), and only then do we guess. The
 * guess prefers GB18030 because that is what mainland Chinese Windows tools write
 * ("ANSI" in Notepad, WPS); chardet is consulted for everything else.
 */
import chardet from 'chardet';
import { ImportError } from './errors';

export interface Decoded {
  text: string;
  /** WHATWG label of the decoder used: "utf-8", "utf-16le", "utf-16be", "gb18030", … */
  encoding: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** chardet names → WHATWG labels TextDecoder understands. */
const CHARDET_LABELS: Record<string, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-2022-JP': 'iso-2022-jp',
};

/** Magic numbers of files people drop by mistake, for a helpful BINARY message. */
const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片 / PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片 / JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片 / GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF'],
  [[0x4d, 0x5a], 'EXE'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/**
 * The UTF-8 decoder, made once: most files are UTF-8, and setting a decoder up
 * cost more than decoding a typical article. A decode() call without `stream`
 * starts afresh, so reuse is safe; the other encodings, rarer, get a new one.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryDecode(bytes: Uint8Array, label: string, offset = 0): string | null {
  try {
    const decoder = label === 'utf-8' ? UTF8 : new TextDecoder(label, { fatal: true, ignoreBOM: true });
    return decoder.decode(offset ? bytes.subarray(offset) : bytes);
  } catch {
    return null;
  }
}

/** NULs at mostly odd (LE) or even (BE) positions: UTF-16 without a BOM. */
function sniffUtf16(sample: Uint8Array): string | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const pairs = sample.length / 2;
  // Some Han characters have a zero byte too (一 is U+4E00), hence the ratio.
  if (odd > pairs * 0.3 && even * 4 < odd) return 'utf-16le';
  if (even > pairs * 0.3 && odd * 4 < even) return 'utf-16be';
  return null;
}

/** Share of C0 control characters other than tab/CR/LF/FF/ESC: text has none. */
// Built from a string so the control characters need no regex literal.
const SUSPECT = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}${String.fromCharCode(14)}-${String.fromCharCode(26)}${String.fromCharCode(28)}-${String.fromCharCode(31)}\ufffd]`);

function looksBinary(text: string): boolean {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  // Nearly all text has none of these: one native scan settles it.
  if (!SUSPECT.test(head)) return false;
  const n = head.length;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, n * 0.01);
}

/** Share of Han characters among non-ASCII ones: tells right GB18030 from mojibake. */
function hanShare(text: string): number {
  let han = 0;
  let other = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) han++;
    else other++;
  }
  return han + other === 0 ? 1 : han / (han + other);
}

/**
 * UTF-8 whose last character was cut off (a file truncated by a copy or a download):
 * everything before it decodes, and U+FFFD marks where the cut character was rather
 * than refusing the whole file as an unknown encoding.
 */
function decodeCutUtf8(bytes: Uint8Array): string | null {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need <= back) return null; // the last sequence is complete: the error is elsewhere
    const head = tryDecode(bytes.subarray(0, bytes.length - back), 'utf-8');
    return head === null ? null : head + '\uFFFD';
  }
  return null;
}

function checked(text: string, encoding: string): Decoded {
  if (looksBinary(text)) throw new ImportError('BINARY');
  if (!/\S/.test(text)) throw new ImportError('EMPTY');
  return { text, encoding };
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError('EMPTY');
  for (const [sig, label] of BOMS) {
    if (startsWith(bytes, sig)) {
      // UTF-32 LE starts with FF FE 00 00: not something TextDecoder reads.
      if (label === 'utf-16le' && bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4) throw new ImportError('UNKNOWN_ENCODING');
      const text = tryDecode(bytes, label, sig.length);
      if (text === null) throw new ImportError('UNKNOWN_ENCODING');
      return checked(text, label);
    }
  }
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) throw new ImportError('BINARY', what);

  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    const utf16 = sniffUtf16(sample);
    const text = utf16 ? tryDecode(bytes, utf16) : null;
    if (text !== null) return checked(text, utf16!);
    // Chinese UTF-16 without a BOM has NULs only where a code point's low byte is 0
    // (一 is U+4E00), so the odd/even count cannot tell; a clean decode to Han text can.
    for (const label of ['utf-16le', 'utf-16be']) {
      const t = bytes.length % 2 === 0 ? tryDecode(bytes, label) : null;
      if (t !== null && hanShare(t) > 0.9 && !looksBinary(t)) return checked(t, label);
    }
    throw new ImportError('BINARY');
  }

  // Strict UTF-8 is tried first on everything: a GBK file fails it within its first
  // Chinese character, which costs less than pre-scanning every UTF-8 file did.
  const utf8 = tryDecode(bytes, 'utf-8') ?? decodeCutUtf8(bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');

  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null && hanShare(gb) > 0.9) return checked(gb, 'gb18030');

  for (const match of chardet.analyse(sample)) {
    const label = CHARDET_LABELS[match.name];
    if (!label || match.confidence < 10) continue;
    const text = tryDecode(bytes, label);
    if (text !== null && !looksBinary(text)) return checked(text, label);
  }
  if (gb !== null) return checked(gb, 'gb18030');
  throw new ImportError('UNKNOWN_ENCODING');
}
