/**
 * Which reader gets the bytes. Content beats the name: a .docx renamed .txt is
 * still read as Word, a PDF saved as .txt is still a PDF, and an OLE container
 * (legacy .doc, .wps, or what Word writes for a password-protected .docx) is
 * recognised whatever it is called.
 */
export type ArticleFormat = 'docx' | 'markdown' | 'text' | 'ole' | 'pdf' | 'html' | 'mhtml';

/** File name extensions the importer reads (without the dot): file pickers, drop zones and folder imports use this list. */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mht', 'mhtml'] as const;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function starts(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
}

const HEAD_BYTES = 1024;
const latin1 = new TextDecoder('latin1');

/** ASCII view of the first bytes, enough to recognise markup. */
function head(bytes: Uint8Array): string {
  // Copied into a buffer and decoded once: building the string byte by byte, or
  // a regex replace over mostly-Chinese bytes, costs more than the whole import
  // of a short text file.
  const n = Math.min(HEAD_BYTES, bytes.length);
  const ascii = new Uint8Array(n);
  for (let i = 0; i < n; i++) ascii[i] = bytes[i]! < 0x80 ? bytes[i]! : 0x20;
  return latin1.decode(ascii).trimStart().toLowerCase(); // a BOM became spaces above
}

const MULTIPART = 'multipart/related';

/** Whether the first bytes hold "multipart/related" in any case, as the ASCII view would. */
function namesMultipart(bytes: Uint8Array, n: number): boolean {
  const slash = MULTIPART.indexOf('/');
  for (let at = bytes.indexOf(0x2f, slash); at >= 0 && at + MULTIPART.length - slash <= n; at = bytes.indexOf(0x2f, at + 1)) {
    let k = 0;
    // ASCII letters compare case-blind with | 0x20; "/" is compared as itself.
    while (k < MULTIPART.length && (bytes[at - slash + k]! | (k === slash ? 0 : 0x20)) === MULTIPART.charCodeAt(k)) k++;
    if (k === MULTIPART.length) return true;
  }
  return false;
}

/**
 * Whether the first bytes can be a web page at all: markup starts with "<"
 * after blanks, and a saved page's headers name multipart/related. Plain text
 * has neither and skips the ASCII view.
 */
function mayBeMarkup(bytes: Uint8Array): boolean {
  const n = Math.min(HEAD_BYTES, bytes.length);
  let i = 0;
  for (; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80 && b !== 0x20 && (b < 9 || b > 13)) break;
  }
  return (i < n && bytes[i] === 0x3c) || namesMultipart(bytes, n);
}

export function extensionOf(sourceName: string): string {
  return /\.([a-z0-9]+)$/i.exec(sourceName)?.[1]?.toLowerCase() ?? '';
}

export function detectFormat(bytes: Uint8Array, sourceName: string): ArticleFormat {
  const ext = extensionOf(sourceName);
  if (starts(bytes, OLE)) return 'ole';
  if (starts(bytes, ZIP)) return 'docx';
  // Some writers put a few bytes of junk before the header; readers accept it within the first KB.
  if (starts(bytes, PDF) || (ext === 'pdf' && head(bytes).includes('%pdf-'))) return 'pdf';
  if (ext === 'docx') return 'docx'; // not a ZIP: the docx reader reports it as corrupt
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown';
  if (ext === 'mht' || ext === 'mhtml') return 'mhtml';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (!mayBeMarkup(bytes)) return 'text';
  const h = head(bytes);
  if (/^(?:from:|mime-version:)/m.test(h) && h.includes('multipart/related')) return 'mhtml';
  if (/^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(h)) return 'html';
  return 'text';
}
