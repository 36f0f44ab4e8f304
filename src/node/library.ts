/**
 * The deck library: the decks shipped in slides/ (read-only) and the user's own
 * folder. Every path from outside is resolved inside its root and checked again
 * after symlinks are followed, so nothing outside the two folders is read or written.
 */
import { promises as fs } from 'node:fs';
import { resolve, relative, isAbsolute, sep, basename, extname } from 'node:path';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { HostError, type DeckEntry, type DeckFile, type DeckRef, type WriteDeckResult } from '../core/contract';
import { writeFileAtomic } from './atomic-write';
import { fsError } from './host-errors';

export interface LibraryRoots {
  builtin: string;
  user: string;
}

export const versionOf = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 20);

const outside = (ref: DeckRef) =>
  new HostError('PATH_OUTSIDE', {
    zh: `拒绝访问资料库以外的路径：${ref.path}`,
    en: `Refused a path outside the library: ${ref.path}`,
  });

export class Library {
  constructor(private readonly roots: LibraryRoots) {}

  rootDir(root: DeckRef['root']): string {
    return resolve(this.roots[root]);
  }

  /** Absolute path of a deck, refusing anything that escapes its root. */
  async resolveRef(ref: DeckRef, mustExist: boolean): Promise<string> {
    const root = this.rootDir(ref.root);
    const abs = resolve(root, ref.path);
    if (!isInside(root, abs)) throw outside(ref);
    // Follow symlinks of whatever part exists: a link inside the folder may point out of it.
    const realRoot = await fs.realpath(root).catch(() => root);
    const real = await fs.realpath(abs).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' && !mustExist) return null;
      throw fsError(e, { zh: '读取演示稿', en: 'Reading the deck' });
    });
    if (real !== null && !isInside(realRoot, real)) throw outside(ref);
    if (real === null) {
      const parentReal = await fs.realpath(resolve(abs, '..')).catch(() => null);
      // The parent may be the root itself (a new deck at the top level): that is inside.
      if (parentReal !== null && parentReal !== realRoot && !isInside(realRoot, parentReal)) throw outside(ref);
    }
    return abs;
  }

  async list(): Promise<DeckEntry[]> {
    const out: DeckEntry[] = [];
    for (const root of ['builtin', 'user'] as const) {
      const dir = this.rootDir(root);
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      for (const name of names.sort()) {
        if (extname(name).toLowerCase() !== '.md' || name.startsWith('.')) continue;
        const ref: DeckRef = { root, path: name };
        try {
          const abs = await this.resolveRef(ref, true);
          const st = await fs.stat(abs);
          if (!st.isFile()) continue;
          const text = await fs.readFile(abs, 'utf8');
          out.push({ ref, ...summarize(text, name), modifiedMs: st.mtimeMs, readOnly: root === 'builtin' });
        } catch {
          // An unreadable or escaping entry is left out of the listing rather than failing it.
        }
      }
    }
    return out;
  }

  async read(ref: DeckRef): Promise<DeckFile> {
    const abs = await this.resolveRef(ref, true);
    const text = await fs.readFile(abs, 'utf8').catch((e) => {
      throw fsError(e, { zh: '读取演示稿', en: 'Reading the deck' });
    });
    return { ref, text, version: versionOf(text), readOnly: ref.root === 'builtin' };
  }

  async stat(ref: DeckRef): Promise<{ version: string } | null> {
    const abs = await this.resolveRef(ref, false);
    const text = await fs.readFile(abs, 'utf8').catch(() => null);
    return text === null ? null : { version: versionOf(text) };
  }

  async write(ref: DeckRef, text: string, expectedVersion: string | null): Promise<WriteDeckResult> {
    if (ref.root === 'builtin') {
      throw new HostError('READ_ONLY', {
        zh: '随软件提供的演示稿是只读的，请用“另存为”保存到您的资料库。',
        en: 'Decks shipped with the app are read-only: use Save As to keep a copy in your library.',
      });
    }
    const abs = await this.resolveRef(ref, false);
    if (expectedVersion !== null) {
      const current = await fs.readFile(abs, 'utf8').catch(() => null);
      if (current !== null && versionOf(current) !== expectedVersion) {
        return { ok: false, reason: 'conflict', currentVersion: versionOf(current) };
      }
    }
    await writeFileAtomic(abs, text, { backup: true }).catch((e) => {
      throw fsError(e, { zh: '保存演示稿', en: 'Saving the deck' });
    });
    return { ok: true, version: versionOf(text) };
  }

  async create(name: string, text: string): Promise<DeckFile> {
    const dir = this.rootDir('user');
    await fs.mkdir(dir, { recursive: true }).catch((e) => {
      throw fsError(e, { zh: '创建资料库文件夹', en: 'Creating the library folder' });
    });
    const stem = basename(name, extname(name)).trim() || '未命名';
    for (let i = 1; i < 1000; i++) {
      const file = i === 1 ? `${stem}.md` : `${stem}（${i}）.md`;
      const ref: DeckRef = { root: 'user', path: file };
      const abs = await this.resolveRef(ref, false);
      const exists = await fs.stat(abs).then(() => true, () => false);
      if (exists) continue;
      await writeFileAtomic(abs, text).catch((e) => {
        throw fsError(e, { zh: '保存演示稿', en: 'Saving the deck' });
      });
      return { ref, text, version: versionOf(text), readOnly: false };
    }
    throw new HostError('NAME_TAKEN', { zh: '文件名已被占用', en: 'No free file name' });
  }
}

export function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

/** Title and slide count for the library listing, from the front matter and separators. */
export function summarize(text: string, fileName: string): { title: string; slideCount: number } {
  let title = basename(fileName, extname(fileName));
  let body = text;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    body = text.slice(fm[0].length);
    try {
      const data = parseYaml(fm[1]!) as { title?: unknown } | null;
      if (data && typeof data.title === 'string' && data.title.trim()) title = data.title.trim();
    } catch {
      // A broken front matter still lists the deck, under its file name.
    }
  }
  const slideCount = body.trim() ? body.split(/\r?\n---\r?\n/).length : 0;
  return { title, slideCount };
}

