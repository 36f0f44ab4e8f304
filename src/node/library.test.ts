/**
 * The deck library as a user meets it: their decks and the shipped ones listed,
 * saves that never silently overwrite a deck another program changed, the
 * shipped decks read-only, a backup kept, and filesystem failures (read-only or
 * full disk, folder deleted while the deck is open) reported in both languages
 * with the promise that the edits are still in the editor and the draft.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { promises as fsp, mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, symlinkSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Library, versionOf, isInside, summarize } from './library';
import { DraftStore } from './drafts';
import { HostError } from '../core/contract';

function setup() {
  const tmp = mkdtempSync(join(tmpdir(), 'library-'));
  const builtin = join(tmp, 'slides');
  const user = join(tmp, 'user');
  mkdirSync(builtin);
  mkdirSync(user);
  writeFileSync(join(builtin, 'shipped.md'), '---\ntitle: 随软件提供\n---\n# a\n---\n# b\n');
  writeFileSync(join(user, 'mine.md'), '---\ntitle: 我的演示稿\n---\n# one\n');
  return { tmp, builtin, user, lib: new Library({ builtin, user }) };
}

const errno = (code: string) => Object.assign(new Error(code), { code });

async function hostError(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

afterEach(() => vi.restoreAllMocks());

describe('listing', () => {
  it('lists shipped decks read-only and the user decks writable, with titles and slide counts', async () => {
    const { lib } = setup();
    const list = await lib.list();
    expect(list.map((e) => [e.ref.root, e.ref.path, e.title, e.slideCount, e.readOnly])).toEqual([
      ['builtin', 'shipped.md', '随软件提供', 2, true],
      ['user', 'mine.md', '我的演示稿', 1, false],
    ]);
  });
  it('skips temporary files, backups, non-decks and folders; a broken front matter lists under the file name', async () => {
    const { lib, user } = setup();
    writeFileSync(join(user, '.mine.md.123.ab.tmp'), 'x');
    writeFileSync(join(user, 'mine.md.bak'), 'x');
    writeFileSync(join(user, 'notes.txt'), 'x');
    mkdirSync(join(user, 'folder.md'));
    writeFileSync(join(user, 'broken.md'), '---\ntitle: [unclosed\n---\n# x\n');
    const list = (await lib.list()).filter((e) => e.ref.root === 'user');
    expect(list.map((e) => e.ref.path)).toEqual(['broken.md', 'mine.md']);
    expect(list[0]!.title).toBe('broken');
  });
  it('a missing user folder lists only the shipped decks instead of failing', async () => {
    const { lib, user } = setup();
    rmSync(user, { recursive: true });
    expect((await lib.list()).map((e) => e.ref.root)).toEqual(['builtin']);
  });
});

describe('saving', () => {
  it('saves with the version it read, returns the new version, keeps the old one as a backup in the data folder', async () => {
    const { builtin, user, tmp } = setup();
    const lib = new Library({ builtin, user }, { backupDir: join(tmp, 'data', 'backups') });
    const read = await lib.read({ root: 'user', path: 'mine.md' });
    const r = await lib.write(read.ref, read.text + '\n---\n# two\n', read.version);
    expect(r).toEqual({ ok: true, version: versionOf(read.text + '\n---\n# two\n') });
    // Issue 15: no .md.bak among the user's files; the copy is in the data folder.
    expect(readdirSync(user)).toEqual(['mine.md']);
    const backups = readdirSync(join(tmp, 'data', 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/-mine\.md\.bak$/);
    expect(readFileSync(join(tmp, 'data', 'backups', backups[0]!), 'utf8')).toBe(read.text);
    expect((await lib.read(read.ref)).version).toBe((r as { version: string }).version);
  });

  it('detects a deck changed on disk by another program and overwrites nothing', async () => {
    const { lib, user } = setup();
    const read = await lib.read({ root: 'user', path: 'mine.md' });
    const theirs = '# changed in WPS\n';
    writeFileSync(join(user, 'mine.md'), theirs);
    const r = await lib.write(read.ref, '# my edit\n', read.version);
    expect(r).toEqual({ ok: false, reason: 'conflict', currentVersion: versionOf(theirs) });
    expect(readFileSync(join(user, 'mine.md'), 'utf8')).toBe(theirs);
    expect(existsSync(join(user, 'mine.md.bak'))).toBe(false);
    // The editor can then choose to overwrite on purpose.
    expect(await lib.write(read.ref, '# my edit\n', versionOf(theirs))).toMatchObject({ ok: true });
    expect(readFileSync(join(user, 'mine.md'), 'utf8')).toBe('# my edit\n');
  });

  it('stat reports the on-disk version so the editor can notice a change before saving', async () => {
    const { lib, user } = setup();
    const ref = { root: 'user', path: 'mine.md' } as const;
    const before = await lib.stat(ref);
    writeFileSync(join(user, 'mine.md'), 'other');
    expect((await lib.stat(ref))!.version).not.toBe(before!.version);
    rmSync(join(user, 'mine.md'));
    expect(await lib.stat(ref)).toBeNull();
  });

  it('refuses to write a shipped deck (READ_ONLY, bilingual) and leaves it unchanged', async () => {
    const { lib, builtin } = setup();
    const before = readFileSync(join(builtin, 'shipped.md'), 'utf8');
    const e = await hostError(lib.write({ root: 'builtin', path: 'shipped.md' }, 'x', null));
    expect(e.code).toBe('READ_ONLY');
    expect(e.messages.zh).toMatch(/只读/);
    expect(e.messages.en).toMatch(/read-only/);
    expect(readFileSync(join(builtin, 'shipped.md'), 'utf8')).toBe(before);
    expect((await lib.read({ root: 'builtin', path: 'shipped.md' })).readOnly).toBe(true);
  });

  it('create never overwrites: a taken name gets a number', async () => {
    const { lib, user } = setup();
    const a = await lib.create('mine', 'new 1');
    const b = await lib.create('mine.md', 'new 2');
    expect([a.ref.path, b.ref.path]).toEqual(['mine（2）.md', 'mine（3）.md']);
    expect(readFileSync(join(user, 'mine.md'), 'utf8')).toMatch(/我的演示稿/);
  });
});

describe('failures a user must understand', () => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['EROFS', /只读/, /read-only/],
    ['EACCES', /没有写入权限/, /permission denied/],
    ['ENOSPC', /磁盘已满/, /disk is full/],
  ];
  for (const [code, zh, en] of cases) {
    it(`${code}: a clear bilingual message, the deck on disk unchanged`, async () => {
      const { lib, user } = setup();
      const read = await lib.read({ root: 'user', path: 'mine.md' });
      // As root, chmod cannot make a folder read-only, so the filesystem's answer is injected.
      vi.spyOn(fsp, 'open').mockRejectedValue(errno(code));
      const e = await hostError(lib.write(read.ref, 'edited', read.version));
      expect(e.code).toBe(`FS_${code}`);
      expect(e.messages.zh).toMatch(zh);
      expect(e.messages.en).toMatch(en);
      expect(e.messages.zh).toContain('您的修改仍保留在编辑器和草稿中');
      expect(e.messages.en).toContain('Your edits are still in the editor and in the draft');
      vi.restoreAllMocks();
      expect(readFileSync(join(user, 'mine.md'), 'utf8')).toBe(read.text);
    });
  }

  it('the user folder deleted while a deck is open: save fails clearly, the draft still saves', async () => {
    const { lib, user, tmp } = setup();
    const drafts = new DraftStore(join(tmp, 'data', 'drafts'));
    const read = await lib.read({ root: 'user', path: 'mine.md' });
    rmSync(user, { recursive: true });
    const e = await hostError(lib.write(read.ref, 'my edits', read.version));
    expect(e.code).toBe('FS_ENOENT');
    expect(e.messages.zh).toMatch(/不存在/);
    expect(e.messages.en).toMatch(/no longer exists/);
    expect(existsSync(user)).toBe(false); // nothing recreated behind the user's back
    await drafts.save({ key: 'user:mine.md', text: 'my edits', ref: read.ref, baseVersion: read.version });
    expect((await drafts.load('user:mine.md'))!.text).toBe('my edits');
    // Reading it now is a clear error too, not a crash.
    expect((await hostError(lib.read(read.ref))).code).toBe('FS_ENOENT');
  });

  it('the deck replaced by a folder of the same name: refused, the folder survives', async () => {
    const { lib, user } = setup();
    const read = await lib.read({ root: 'user', path: 'mine.md' });
    rmSync(join(user, 'mine.md'));
    mkdirSync(join(user, 'mine.md'));
    writeFileSync(join(user, 'mine.md', 'keep.txt'), 'keep');
    const e = await hostError(lib.write(read.ref, 'x', null));
    expect(e.code).toMatch(/^FS_/);
    expect(e.messages.zh).toContain('保存演示稿失败');
    expect(readFileSync(join(user, 'mine.md', 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(user).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('containment', () => {
  it('refuses symlinks (file or folder) that lead out of the library', async () => {
    const { lib, user, tmp } = setup();
    mkdirSync(join(tmp, 'outside'));
    writeFileSync(join(tmp, 'outside', 'secret.md'), 'secret');
    symlinkSync(join(tmp, 'outside', 'secret.md'), join(user, 'evil.md'));
    symlinkSync(join(tmp, 'outside'), join(user, 'out'));
    for (const path of ['evil.md', 'out/secret.md', 'out/new.md']) {
      expect((await hostError(lib.read({ root: 'user', path }))).code).toMatch(/PATH_OUTSIDE|FS_ENOENT/);
      expect((await hostError(lib.write({ root: 'user', path }, 'pwned', null))).code).toBe('PATH_OUTSIDE');
    }
    expect(readFileSync(join(tmp, 'outside', 'secret.md'), 'utf8')).toBe('secret');
    expect(existsSync(join(tmp, 'outside', 'new.md'))).toBe(false);
  });
  it('refuses traversal even if a caller skipped the schema', async () => {
    const { lib } = setup();
    for (const path of ['../x.md', 'a/../../x.md']) {
      expect((await hostError(lib.resolveRef({ root: 'user', path }, false))).code).toBe('PATH_OUTSIDE');
    }
  });
  it('isInside', () => {
    expect(isInside('/a/b', '/a/b/c.md')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(false);
    expect(isInside('/a/b', '/a/bc/d.md')).toBe(false);
    expect(isInside('/a/b', '/a/b/..' + sep + 'c')).toBe(false);
    expect(isInside('/a/b', '/a/b/..foo.md')).toBe(true);
  });
  it('summarize survives hostile front matter', () => {
    expect(summarize('---\n!!js/function "x"\n---\n# a', 'x.md').title).toBe('x');
    expect(summarize('---\ntitle: 42\n---\n', 'y.md')).toEqual({ title: 'y', slideCount: 0 });
  });
});
