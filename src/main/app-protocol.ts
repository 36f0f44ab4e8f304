/**
 * app://bundle/… serves the built renderer. A custom standard scheme gives the
 * pages a real origin to check IPC senders against (file:// has none) and keeps
 * every path inside the renderer folder.
 */
import { resolve, relative, isAbsolute, extname } from 'node:path';
import { promises as fs } from 'node:fs';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The file an app:// URL names, or null when it is not ours or leaves the folder. */
export function fileForAppUrl(rendererDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const base = resolve(rendererDir);
  const abs = resolve(base, '.' + (path === '/' || path === '' ? '/index.html' : path));
  const rel = relative(base, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return abs;
}

export async function respondAppUrl(rendererDir: string, url: string): Promise<Response> {
  const file = fileForAppUrl(rendererDir, url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const data = await fs.readFile(file);
    return new Response(data, { headers: { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
