/**
 * Deck files as the library screen handles them: rename, duplicate, move to the
 * trash, and create many at once (one import of a long file makes a hundred
 * decks). A deck travels with its `<deck>.assets/` folder, and the links its
 * Markdown holds into that folder follow a new name.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { HostError, type DeckRef } from '../core/contract';
import { assetsFolder } from '../core/deck';
import type { Article } from '../core/article/types';
import { versionOf, type Library } from './library';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';
import { writeSavedArticle } from './saved-article';
import { isSessionPath } from '../core/session/model';

/** Moves a file or folder to wherever deleted things go on this host (system trash, or a folder). */
export type MoveToTrash = (absPath: string) => Promise<void>;

const readOnly = () =>
  new HostError('READ_ONLY', {
    zh: '随软件提供的演示稿不能改名或删除；可以先复制一份到您的资料库。',
    en: 'Decks shipped with the app cannot be renamed or deleted; duplicate one into your library first.',
  });

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

/** A file stem from a name the user typed: no folders, no characters Windows refuses, no extension. */
export function cleanStem(name: string): string {
  const stem = name
    .replace(/\.md$/iu, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\0-\x1f]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '');
  return [...stem].slice(0, 80).join('').trim();
}

/** Links like `](old.assets/x.png)` point into the renamed folder. */
export function relinkAssets(text: string, fromFolder: string, toFolder: string): string {
  if (fromFolder === toFolder) return text;
  const enc = (f: string) => f.replace(/[ ()]/g, (c) => encodeURIComponent(c));
  let out = text;
  for (const [a, b] of [[enc(fromFolder), enc(toFolder)], [fromFolder, toFolder]] as const) {
    out = out.split(`](${a}/`).join(`](${b}/`).split(`src="${a}/`).join(`src="${b}/`);
  }
  return out;
}

/** First free `<stem>.md`, `<stem>（2）.md`… in the user folder, avoiding `taken` as well. */
async function freeName(library: Library, stem: string, taken: Set<string> = new Set()): Promise<string> {
  const dir = library.rootDir('user');
  for (let i = 1; i < 1000; i++) {
    const file = i === 1 ? `${stem}.md` : `${stem}（${i}）.md`;
    if (taken.has(file.toLowerCase())) continue;
    if (!(await exists(join(dir, file))) && !(await exists(join(dir, assetsFolder(file))))) return file;
  }
  throw new HostError('NAME_TAKEN', { zh: '文件名已被占用', en: 'No free file name' });
}

export async function renameDeck(library: Library, ref: DeckRef, name: string): Promise<{ ref: DeckRef }> {
  if (ref.root === 'builtin') throw readOnly();
  const stem = cleanStem(name);
  if (!stem) throw new HostError('BAD_NAME', { zh: '请输入新名称。', en: 'Enter a new name.' });
  const from = await library.resolveRef(ref, true);
  const sub = dirname(ref.path) === '.' ? '' : dirname(ref.path) + '/';
  // A study session stays one (<name>.session.md), so the library still lists it as a session.
  const target = `${sub}${stem.replace(/\.session$/iu, '')}${isSessionPath(ref.path) ? '.session.md' : '.md'}`;
  if (target === ref.path) return { ref };
  const to = await library.resolveRef({ root: 'user', path: target }, false);
  // Same name in another case on a case-insensitive disk is the same file: allow that rename.
  if (target.toLowerCase() !== ref.path.toLowerCase() && ((await exists(to)) || (await exists(join(dirname(to), assetsFolder(basename(to))))))) {
    throw new HostError('NAME_TAKEN', { zh: `资料库中已有“${stem}”。`, en: `The library already has “${stem}”.` });
  }
  const fromAssets = join(dirname(from), assetsFolder(basename(from)));
  const toAssets = join(dirname(to), assetsFolder(basename(to)));
  try {
    const text = await fs.readFile(from, 'utf8');
    const relinked = relinkAssets(text, assetsFolder(basename(from)), assetsFolder(basename(to)));
    if (await exists(fromAssets)) await fs.rename(fromAssets, toAssets);
    await fs.rename(from, to);
    if (relinked !== text) await writeFileAtomic(to, relinked);
  } catch (e) {
    throw fsError(e, { zh: '重命名演示稿', en: 'Renaming the deck' });
  }
  return { ref: { root: 'user', path: target } };
}

/** A copy in the user folder under `name` (made unique); the renderer words it in the user's language. */
export async function duplicateDeck(library: Library, ref: DeckRef, name: string): Promise<{ ref: DeckRef }> {
  const from = await library.resolveRef(ref, true);
  const dir = library.rootDir('user');
  const stem = cleanStem(name) || basename(from, extname(from));
  try {
    await fs.mkdir(dir, { recursive: true });
    const file = await freeName(library, stem);
    const to = await library.resolveRef({ root: 'user', path: file }, false);
    const text = await fs.readFile(from, 'utf8');
    const fromAssets = join(dirname(from), assetsFolder(basename(from)));
    if (await exists(fromAssets)) await fs.cp(fromAssets, join(dir, assetsFolder(file)), { recursive: true, dereference: false, verbatimSymlinks: true });
    await writeFileAtomic(to, relinkAssets(text, assetsFolder(basename(from)), assetsFolder(file)));
    return { ref: { root: 'user', path: file } };
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw fsError(e, { zh: '复制演示稿', en: 'Duplicating the deck' });
  }
}

export async function trashDeck(library: Library, ref: DeckRef, moveToTrash: MoveToTrash): Promise<null> {
  if (ref.root === 'builtin') throw readOnly();
  const abs = await library.resolveRef(ref, true);
  const assets = join(dirname(abs), assetsFolder(basename(abs)));
  try {
    await moveToTrash(abs);
    if (await exists(assets)) await moveToTrash(assets);
  } catch (e) {
    throw fsError(e, { zh: '删除演示稿', en: 'Deleting the deck' });
  }
  return null;
}

/** Without a system trash (browser edition): a dated folder in the app's data folder, so nothing is lost. */
export function trashFolder(dataDir: string): MoveToTrash {
  return async (abs) => {
    const day = new Date().toISOString().slice(0, 10);
    const dir = join(dataDir, 'trash', day);
    await fs.mkdir(dir, { recursive: true });
    const base = basename(abs);
    let dest = join(dir, base);
    for (let i = 2; await exists(dest); i++) dest = join(dir, `${i}-${base}`);
    await fs.rename(abs, dest).catch(async (e: NodeJS.ErrnoException) => {
      // Another disk: copy, then remove.
      if (e.code !== 'EXDEV') throw e;
      await fs.cp(abs, dest, { recursive: true });
      await fs.rm(abs, { recursive: true, force: true });
    });
  };
}

/**
 * Many new decks in one call: names are made unique against the folder (read
 * once) and each other, files are written a few at a time.
 */
export async function createMany(
  library: Library,
  decks: Array<{ name: string; text: string; article?: Article }>,
): Promise<Array<{ ref: DeckRef; version: string }>> {
  const dir = library.rootDir('user');
  await fs.mkdir(dir, { recursive: true }).catch((e) => {
    throw fsError(e, { zh: '创建资料库文件夹', en: 'Creating the library folder' });
  });
  const taken = new Set((await fs.readdir(dir).catch(() => [] as string[])).map((n) => n.toLowerCase()));
  const files: string[] = [];
  for (const d of decks) {
    const stem = cleanStem(basename(d.name, extname(d.name))) || '未命名';
    let file = `${stem}.md`;
    for (let i = 2; taken.has(file.toLowerCase()) || taken.has(assetsFolder(file).toLowerCase()); i++) file = `${stem}（${i}）.md`;
    taken.add(file.toLowerCase());
    files.push(file);
  }
  const out: Array<{ ref: DeckRef; version: string }> = files.map((f, i) => ({ ref: { root: 'user', path: f }, version: versionOf(decks[i]!.text) }));
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const abs = await library.resolveRef(out[i]!.ref, false);
      await writeFileAtomic(abs, decks[i]!.text);
      const article = decks[i]!.article;
      // The reviewed article goes beside its deck (<deck>.assets/article.json).
      if (article) await writeSavedArticle(library, out[i]!.ref, article);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  } catch (e) {
    throw fsError(e, { zh: '保存演示稿', en: 'Saving the decks' });
  }
  return out;
}
