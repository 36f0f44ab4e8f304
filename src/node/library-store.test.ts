/**
 * The deck store under the cases an attack on the app found (issue 17): two saves
 * racing with one expected version, private and read-only files, symlinked decks,
 * temporary files a kill left behind, hidden names, and decks too big to keep.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, symlinkSync, lstatSync, statSync, chmodSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library, versionOf } from './library';
import { removeStaleTemps } from './atomic-write';
import { HostError, MAX_DECK_CHARS } from '../core/contract';

function setup() {
  const tmp = mkdtempSync(join(tmpdir(), 'library-store-'));
  const builtin = join(tmp, 'slides');
  const user = join(tmp, 'user');
  mkdirSync(builtin);
  mkdirSync(user);
  writeFileSync(join(user, 'mine.md'), '---\ntitle: 我的演示稿\n---\n# one\n');
  return { tmp, user, lib: new Library({ builtin, user }, { backupDir: join(tmp, 'data', 'backups') }) };
}

async function hostError(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

describe('saving is one compare-and-write per deck', () => {
  it('two saves with the same expected version: exactly one is accepted, the other gets the conflict (50 rounds)', async () => {
    const { lib, user } = setup();
    for (let round = 0; round < 50; round++) {
      const read = await lib.read({ root: 'user', path: 'mine.md' });
      const [a, b] = await Promise.all([lib.write(read.ref, `# A ${round}\n`, read.version), lib.write(read.ref, `# B ${round}\n`, read.version)]);
      const won = [a, b].filter((r) => r.ok);
      expect(won, `round ${round}`).toHaveLength(1);
      const lost = [a, b].find((r) => !r.ok)!;
      expect(lost).toMatchObject({ ok: false, reason: 'conflict' });
      // What the loser is told is on disk is what is on disk: the winner's text.
      const onDisk = readFileSync(join(user, 'mine.md'), 'utf8');
      expect(versionOf(onDisk)).toBe((won[0] as { version: string }).version);
      expect((lost as { currentVersion: string }).currentVersion).toBe(versionOf(onDisk));
    }
  });
});

describe('the file stays what it was', () => {
  it('keeps a private deck private (mode 600 stays 600)', async () => {
    const { lib, user } = setup();
    chmodSync(join(user, 'mine.md'), 0o600);
    const read = await lib.read({ root: 'user', path: 'mine.md' });
    expect(await lib.write(read.ref, '# 新\n', read.version)).toMatchObject({ ok: true });
    expect(statSync(join(user, 'mine.md')).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only (444) deck with a clear bilingual message and leaves it untouched', async () => {
    const { lib, user } = setup();
    chmodSync(join(user, 'mine.md'), 0o444);
    const before = readFileSync(join(user, 'mine.md'), 'utf8');
    const read = await lib.read({ root: 'user', path: 'mine.md' });
    const e = await hostError(lib.write(read.ref, '# 覆盖\n', read.version));
    expect(e.code).toBe('FILE_READ_ONLY');
    expect(e.messages.zh).toMatch(/只读.*另存为/);
    expect(e.messages.en).toMatch(/read-only.*Save As/);
    expect(readFileSync(join(user, 'mine.md'), 'utf8')).toBe(before);
    expect(statSync(join(user, 'mine.md')).mode & 0o777).toBe(0o444);
  });

  it('writes a symlinked deck through to its target inside the library; the link stays a link', async () => {
    const { lib, user } = setup();
    mkdirSync(join(user, 'real'));
    writeFileSync(join(user, 'real', 'target.md'), '# 旧\n');
    symlinkSync(join(user, 'real', 'target.md'), join(user, 'link.md'));
    const read = await lib.read({ root: 'user', path: 'link.md' });
    expect(await lib.write(read.ref, '# 新\n', read.version)).toMatchObject({ ok: true });
    expect(lstatSync(join(user, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(user, 'real', 'target.md'), 'utf8')).toBe('# 新\n');
    expect((await lib.read(read.ref)).text).toBe('# 新\n');
  });
});

describe('leftovers and names', () => {
  it('removes temporary files a killed save left behind, but not a live save of a running process', async () => {
    const { lib, user } = setup();
    const dead = join(user, '.mine.md.999999999.0a1b2c3d.tmp');
    const live = join(user, `.mine.md.${process.pid}.deadbeef.tmp`);
    const old = join(user, `.mine.md.${process.pid}.cafebabe.tmp`);
    for (const f of [dead, live, old]) writeFileSync(f, 'partial');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    writeFileSync(join(user, 'keep.tmp'), 'a file of the user');
    const removed = await lib.removeStaleTemps();
    expect(removed.sort()).toEqual(['.mine.md.999999999.0a1b2c3d.tmp', `.mine.md.${process.pid}.cafebabe.tmp`].sort());
    expect(readdirSync(user).sort()).toEqual([`.mine.md.${process.pid}.deadbeef.tmp`, 'keep.tmp', 'mine.md']);
    expect(await removeStaleTemps(join(user, 'missing'))).toEqual([]);
  });

  it('Save As with a name starting with "." is refused (the library would never list it)', async () => {
    const { lib, user } = setup();
    for (const name of ['.secret', '.hidden.md', ' .notes.md']) {
      const e = await hostError(lib.create(name, '# x\n'));
      expect(e.code).toBe('BAD_NAME');
      expect(e.messages.zh).toMatch(/“\.”开头/);
    }
    expect(readdirSync(user)).toEqual(['mine.md']);
  });
});

describe('decks too big to keep', () => {
  it('a deck over the save limit is refused for editing with a clear message instead of accepting edits it cannot keep', async () => {
    const { lib, user } = setup();
    writeFileSync(join(user, 'huge.md'), '# 大\n' + 'a'.repeat(MAX_DECK_CHARS));
    const e = await hostError(lib.read({ root: 'user', path: 'huge.md' }));
    expect(e.code).toBe('DECK_TOO_LARGE');
    expect(e.messages.zh).toMatch(/超过.*上限.*不能打开编辑/);
    expect(e.messages.en).toMatch(/cannot be opened for editing/);
    // It is still listed, so the user sees it and can split it.
    expect((await lib.list()).map((d) => d.ref.path)).toContain('huge.md');
  });
});
