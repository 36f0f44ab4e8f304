/**
 * CSP hashes for the standalone HTML export. A file opened from disk has no server
 * to hand out a nonce per load, so the page lists the SHA-256 of each script it
 * ships, and nothing else may run. @noble/hashes is pure JavaScript (core has no
 * node:crypto, and WebCrypto's digest is asynchronous).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToBase64 } from '../base64';

/** `'sha256-…'` sources for a script-src directive, one per script text. */
export function scriptHashes(scripts: string[]): string[] {
  return [...new Set(scripts.map((js) => `'sha256-${bytesToBase64(sha256(new TextEncoder().encode(js)))}'`))];
}

/** Undo the escapes of a JavaScript template literal's raw text (\xA0, \/, \\, \n …). */
function cookTemplate(raw: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  return raw.replace(/\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|\r?\n|(.))/g, (m, x?: string, ub?: string, u?: string, c?: string) => {
    const hex = x ?? ub ?? u;
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (c === undefined) return ''; // a line continuation
    return simple[c] ?? c;
  });
}

/**
 * The inline scripts of reveal.js's speaker view. The notes plugin writes that
 * page (a template literal in notes.js) into an about:blank window, which inherits
 * the deck's CSP, so its scripts need their hashes in the deck's policy.
 */
export function speakerViewScripts(notesJs: string): string[] {
  const start = notesJs.indexOf('.document.write(`');
  if (start < 0) return [];
  const end = notesJs.indexOf('</html>`', start);
  if (end < 0) return [];
  const raw = notesJs.slice(start + '.document.write(`'.length, end + '</html>'.length);
  // Interpolations would make the text differ per run: then no hash can match, and none is given.
  if (raw.includes('${')) return [];
  const page = cookTemplate(raw);
  return [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}
