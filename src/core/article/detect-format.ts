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

/** ASCII view of the first bytes, enough to recognise markup. */
function head(bytes: Uint8Array, n = 1024): string {
  let s = '';
  for (let i = 0; i < Math.min(n, bytes.length); i++) s += bytes[i]! < 0x80 ? String.fromCharCode(bytes[i]!) : ' ';
  return s.trimStart().toLowerCase(); // a BOM became spaces above
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
  const h = head(bytes);
  if (ext === 'mht' || ext === 'mhtml' || (/^(?:from:|mime-version:)/m.test(h) && h.includes('multipart/related'))) return 'mhtml';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || /^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(h)) return 'html';
  return 'text';
}
