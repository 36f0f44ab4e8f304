/** Serves the built renderer from one folder, never outside it. */
import { promises as fs } from 'node:fs';
import { resolve, relative, isAbsolute, extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Absolute file for a URL path, or null when it would leave `root`. */
export async function resolveStatic(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const abs = resolve(base, '.' + (decoded === '/' ? '/index.html' : decoded));
  const rel = relative(base, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  const real = await fs.realpath(abs).catch(() => null);
  if (!real) return null;
  const realBase = await fs.realpath(base).catch(() => base);
  const rrel = relative(realBase, real);
  if (rrel.startsWith('..') || isAbsolute(rrel)) return null;
  const st = await fs.stat(real).catch(() => null);
  return st?.isFile() ? real : null;
}
