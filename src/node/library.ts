/**
 * The deck library: the decks shipped in slides/ (read-only) and the user's own
 * folder. Every path from outside is resolved inside its root and checked again
 * after symlinks are followed, so nothing outside the two folders is read or written.
 */
import { promises as fs } from 'node:fs';
import { resolve, relative, isAbsolute, sep, basename, extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { HostError, MAX_DECK_CHARS, type DeckEntry, type DeckFile, type DeckRef, type WriteDeckResult } from '../core/contract';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { KeyedLock } from './keyed-lock';
import { fsError } from './host-errors';
import { isSessionPath, parseSession, sessionMinutes, SESSION_SUFFIX } from '../core/session';

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

export interface LibraryOptions {
  /**
   * Where the copy of each deck's previous version goes: the app's data folder,
   * never the user's library (issue 15: `.md.bak` files among the user's own).
   * Without it no backup is kept.
   */
  backupDir?: string;
}

export class Library {
  /** One save (version check + write) at a time per deck file: the check and the write are one step. */
  private readonly locks = new KeyedLock();

  constructor(
    private readonly roots: LibraryRoots,
    private readonly opts: LibraryOptions = {},
  ) {}

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
          const session = isSessionPath(name) ? summarizeSession(text, name) : null;
          out.push(session ? { ref, ...session, modifiedMs: st.mtimeMs, readOnly: root === 'builtin' } : { ref, ...summarize(text, name), modifiedMs: st.mtimeMs, readOnly: root === 'builtin' });
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
    // Edits to a deck this big could be neither saved nor drafted (both carry the whole
    // text, capped at MAX_DECK_CHARS): refuse it up front rather than accept edits that are lost.
    if (text.length > MAX_DECK_CHARS) throw tooLarge(ref, text.length);
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
    // A symlinked deck is saved into its target (resolveRef checked that it stays inside
    // the library); replacing the link with a plain file would leave the target stale.
    const target = await fs.realpath(abs).catch(() => abs);
    return this.locks.run(target, async () => {
      const st = await fs.stat(target).catch(() => null);
      if (st?.isFile() && !(await writable(target, st.mode))) {
        throw new HostError('FILE_READ_ONLY', {
          zh: `“${ref.path}”是只读文件，未保存。请用“另存为”保存一份副本，或在文件属性中取消只读后再保存。您的修改仍在编辑器中。`,
          en: `"${ref.path}" is a read-only file and was not saved. Use Save As to keep a copy, or clear its read-only flag and save again. Your edits are still in the editor.`,
        });
      }
      if (expectedVersion !== null) {
        const current = await fs.readFile(target, 'utf8').catch(() => null);
        if (current !== null && versionOf(current) !== expectedVersion) {
          return { ok: false, reason: 'conflict', currentVersion: versionOf(current) };
        }
      }
      const backup = await this.backupPath(target);
      await writeFileAtomic(target, text, { backup, mode: st?.isFile() ? st.mode & 0o7777 : undefined }).catch((e) => {
        throw fsError(e, { zh: '保存演示稿', en: 'Saving the deck' });
      });
      return { ok: true, version: versionOf(text) };
    });
  }

  /** The backup of a deck in the data folder, named after the file and its full path. */
  private async backupPath(target: string): Promise<string | false> {
    if (!this.opts.backupDir) return false;
    const ok = await fs.mkdir(this.opts.backupDir, { recursive: true }).then(
      () => true,
      () => false,
    );
    // A backup that cannot be kept does not stop the save itself.
    if (!ok) return false;
    return join(this.opts.backupDir, `${createHash('sha256').update(target).digest('hex').slice(0, 12)}-${basename(target)}.bak`);
  }

  /** Temporary files of saves that a kill interrupted, left in the user's folder: removed at start. */
  async removeStaleTemps(): Promise<string[]> {
    return removeStaleTemps(this.rootDir('user'));
  }

  /** A new file in the user folder; `ext` is ".md" for a deck, ".session.md" for a study session. */
  async create(name: string, text: string, ext = '.md'): Promise<DeckFile> {
    const dir = this.rootDir('user');
    await fs.mkdir(dir, { recursive: true }).catch((e) => {
      throw fsError(e, { zh: '创建资料库文件夹', en: 'Creating the library folder' });
    });
    const stem = (name.toLowerCase().endsWith(ext) ? name.slice(0, -ext.length) : basename(name, extname(name))).trim() || '未命名';
    if (stem.startsWith('.')) {
      // A dot file is hidden: the library would never list it, and the user would lose it.
      throw new HostError('BAD_NAME', {
        zh: `文件名不能以“.”开头（“${stem}”这样的文件在资料库里看不到）。请换一个名字。`,
        en: `A file name cannot start with "." ("${stem}" would be hidden from the library). Choose another name.`,
      });
    }
    for (let i = 1; i < 1000; i++) {
      const file = i === 1 ? `${stem}${ext}` : `${stem}（${i}）${ext}`;
      const ref: DeckRef = { root: 'user', path: file };
      const abs = await this.resolveRef(ref, false);
      // Checked and written under the file's lock: two Save As to one name never share a file.
      const made = await this.locks.run(abs, async () => {
        if (await fs.lstat(abs).then(() => true, () => false)) return false;
        await writeFileAtomic(abs, text).catch((e) => {
          throw fsError(e, { zh: '保存演示稿', en: 'Saving the deck' });
        });
        return true;
      });
      if (!made) continue;
      return { ref, text, version: versionOf(text), readOnly: false };
    }
    throw new HostError('NAME_TAKEN', { zh: '文件名已被占用', en: 'No free file name' });
  }
}

function tooLarge(ref: DeckRef, chars: number): HostError {
  const wan = Math.round(chars / 10_000);
  return new HostError('DECK_TOO_LARGE', {
    zh: `“${ref.path}”有约 ${wan} 万个字符，超过能编辑和保存的上限（${MAX_DECK_CHARS / 10_000} 万个字符），因此不能打开编辑：修改将无法保存。请用文本编辑器把它拆成几份较小的演示稿。`,
    en: `"${ref.path}" has about ${(chars / 1e6).toFixed(1)} million characters, more than can be edited and saved (${MAX_DECK_CHARS / 1e6} million), so it cannot be opened for editing: changes could not be kept. Split it into smaller decks in a text editor.`,
  });
}

/** Whether a save may replace the file: its owner-write bit (root ignores access(), not the bit) and access(). */
async function writable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o200) === 0) return false;
  return fs.access(path, fs.constants.W_OK).then(
    () => true,
    () => false,
  );
}

export function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

/** A study session in the listing: its title, how many decks, the minutes planned. */
export function summarizeSession(text: string, fileName: string): { title: string; slideCount: number; session: { decks: number; minutes: number } } {
  const { session } = parseSession(text);
  return {
    title: session.meta.title || fileName.slice(0, -SESSION_SUFFIX.length),
    slideCount: 0,
    session: { decks: session.items.length, minutes: sessionMinutes(session) },
  };
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

