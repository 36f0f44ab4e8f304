/**
 * A web page saved as one file (.mht/.mhtml, "网页，单个文件" in IE/Edge/WPS):
 * a MIME multipart message whose first text/html part is the page. Only that
 * part is needed (pictures and styles are not article text), so this reads
 * the message's boundary and that part's headers, undoes its transfer
 * encoding (quoted-printable or base64) and decodes it in its charset.
 */
import { ImportError } from './errors';

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function unQuotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, '');
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = s.charCodeAt(i) & 0xff;
  }
  return out.subarray(0, n);
}

function unBase64(body: string): Uint8Array {
  const bin = atob(body.replace(/[^A-Za-z0-9+/=]/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function header(head: string, name: string): string {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
}

/** The page's HTML as bytes plus the charset its part declares (may be ''). */
export function mhtmlPage(bytes: Uint8Array): { html: Uint8Array; charset: string } {
  const text = latin1(bytes);
  const split = (s: string) => {
    const m = /\r?\n\r?\n/.exec(s);
    return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] as const : ([s, ''] as const);
  };
  const [head] = split(text);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head.replace(/\r?\n[ \t]+/g, ' '))?.[1];
  const parts = boundary ? text.split(`--${boundary}`).slice(1) : [text];
  for (const part of parts) {
    const [h, body] = split(part.replace(/^\r?\n/, ''));
    const type = header(h, 'Content-Type');
    if (!/text\/html/i.test(type) && boundary) continue;
    const encoding = header(h, 'Content-Transfer-Encoding').toLowerCase();
    const raw = encoding === 'base64' ? unBase64(body) : encoding === 'quoted-printable' ? unQuotedPrintable(body) : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    return { html: raw, charset: /charset="?([^";\s]+)/i.exec(type)?.[1] ?? '' };
  }
  throw new ImportError('HTML_NO_TEXT');
}
