/**
 * Which reader gets the bytes. Content beats the name: a .docx renamed .txt is
 * still read as Word, and an encrypted Word file (an OLE container, not a ZIP)
 * is recognised whatever it is called.
 */
export type ArticleFormat = 'docx' | 'markdown' | 'text' | 'ole';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function starts(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

export function detectFormat(bytes: Uint8Array, sourceName: string): ArticleFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(sourceName)?.[1]?.toLowerCase() ?? '';
  if (starts(bytes, OLE)) return 'ole';
  if (starts(bytes, ZIP)) return 'docx';
  if (ext === 'docx') return 'docx'; // not a ZIP: the docx reader reports it as corrupt
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown';
  return 'text';
}
