/**
 * Images of a deck, kept in `<deck>.assets/` beside the deck file (see core's
 * assetsFolder). The editor copies a picked image in (writeAsset) and reads images
 * back to show them (readAsset); both hosts serve them through the contract, so no
 * file URL or extra HTTP route is exposed. Every path is resolved inside the deck's
 * own assets folder and checked again after symlinks, like library.ts does for decks.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ASSET_EXTENSIONS, HostError, MAX_ASSET_BYTES, type Asset, type DeckRef } from '../core/contract';
import { assetsFolder } from '../core/deck';
import { isInside, type Library } from './library';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** What the bytes are, by their signature: the extension alone is not trusted. */
export function sniffImage(b: Uint8Array): 'png' | 'jpg' | 'gif' | 'webp' | null {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 6 && String.fromCharCode(...b.subarray(0, 4)) === 'GIF8') return 'gif';
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') return 'webp';
  return null;
}

const refused = (zh: string, en: string) => new HostError('BAD_ASSET', { zh, en });

export async function assetsDirOf(library: Library, ref: DeckRef): Promise<{ dir: string; folder: string }> {
  const deck = await library.resolveRef(ref, true);
  const folder = assetsFolder(basename(deck));
  return { dir: join(dirname(deck), folder), folder };
}

/** Still inside the library root once symlinks are followed? */
async function realInside(library: Library, ref: DeckRef, p: string): Promise<boolean> {
  const root = await fs.realpath(library.rootDir(ref.root)).catch(() => library.rootDir(ref.root));
  const real = await fs.realpath(p).catch(() => null);
  return real === null || isInside(root, real);
}

export async function writeAsset(library: Library, a: { ref: DeckRef; name: string; base64: string }): Promise<{ src: string }> {
  if (a.ref.root === 'builtin') throw refused('随软件提供的演示稿是只读的，请先另存为。', 'Shipped decks are read-only: save a copy first.');
  const bytes = Buffer.from(a.base64, 'base64');
  if (bytes.length > MAX_ASSET_BYTES) throw refused('图片超过 20 MB。', 'The image is over 20 MB.');
  const kind = sniffImage(bytes);
  if (!kind) throw refused('只能插入 PNG、JPEG、GIF 或 WebP 图片。', 'Only PNG, JPEG, GIF or WebP images can be inserted.');
  const { dir, folder } = await assetsDirOf(library, a.ref);
  if (!(await realInside(library, a.ref, dir))) throw refused('图片文件夹不在资料库内。', 'The assets folder is outside the library.');
  const stem = basename(a.name, extname(a.name)).replace(/[^\w\u4e00-\u9fff-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'image';
  const file = `${stem}-${randomBytes(3).toString('hex')}.${kind}`;
  try {
    await fs.mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, file), bytes);
  } catch (e) {
    throw fsError(e, { zh: '保存图片', en: 'Saving the image' });
  }
  // Markdown link targets end at a space or a parenthesis: encode those, keep CJK readable.
  return { src: `${folder}/${file}`.replace(/[ ()]/g, (c) => encodeURIComponent(c)) };
}

export async function readAsset(library: Library, a: { ref: DeckRef; src: string }): Promise<Asset | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(a.src);
  } catch {
    return null;
  }
  const { dir, folder } = await assetsDirOf(library, a.ref);
  // Only the deck's own assets folder, only images.
  if (!rel.startsWith(folder + '/')) return null;
  const ext = extname(rel).slice(1).toLowerCase();
  if (!(ASSET_EXTENSIONS as readonly string[]).includes(ext)) return null;
  const abs = resolve(dir, rel.slice(folder.length + 1));
  if (!isInside(dir, abs) || !(await realInside(library, a.ref, abs))) return null;
  const st = await fs.stat(abs).catch(() => null);
  if (!st?.isFile() || st.size > MAX_ASSET_BYTES) return null;
  const data = await fs.readFile(abs);
  return { src: a.src, base64: data.toString('base64'), mime: MIME[ext]! };
}
