/**
 * Pictures a deck shows, read from beside the deck file (its "<deck>.assets/"
 * folder) and turned into data: URIs, so the PDF page and the standalone HTML
 * carry them inside. Only relative paths that stay inside the library root are
 * read (symlinks followed); URLs and absolute paths are left alone.
 */
import { promises as fs } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Deck } from '../core/deck';
import { imageInfo, imageMime } from '../core/export/image-size';
import { bytesToBase64 } from '../core/base64';
import { imageSources } from '../core/deck/operations';
import { isInside } from './library';

const MAX_IMAGE_BYTES = 32 * 1024 * 1024;

export async function imagesBesideDeck(deck: Deck, deckFile: string, rootDir: string): Promise<Record<string, string>> {
  return imagesFromSources(imageSources(deck), deckFile, rootDir);
}

/** The same from the image sources alone (the deck itself may be parsed in a worker thread). */
export async function imagesFromSources(srcs: readonly string[], deckFile: string, rootDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (srcs.length === 0) return out;
  const realRoot = await fs.realpath(rootDir).catch(() => rootDir);
  for (const src of srcs) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || isAbsolute(src)) continue;
    let file: string;
    try {
      file = resolve(dirname(deckFile), decodeURI(src));
    } catch {
      continue; // malformed %-escape
    }
    const real = await fs.realpath(file).catch(() => null);
    if (!real || !isInside(realRoot, real)) continue;
    const stat = await fs.stat(real).catch(() => null);
    if (!stat?.isFile() || stat.size > MAX_IMAGE_BYTES) continue;
    const bytes = new Uint8Array(await fs.readFile(real));
    const info = imageInfo(bytes);
    const mime = info ? imageMime(info.format) : /\.svg$/i.test(src) ? 'image/svg+xml' : null;
    if (mime) out[src] = `data:${mime};base64,${bytesToBase64(bytes)}`;
  }
  return out;
}
