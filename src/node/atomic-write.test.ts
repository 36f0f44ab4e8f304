/**
 * writeFileAtomic is what stands between a user's deck and a torn file. These
 * tests inject failures at each step (open, write, link, rename) and check what a
 * user would find on disk afterwards: the old bytes or the new bytes, never
 * anything else, and no temporary litter. The SIGKILL trials live in
 * test/reliability/crash-kill.ts.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { promises as fsp, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { writeFileAtomic } from './atomic-write';

const fresh = () => mkdtempSync(join(tmpdir(), 'atomic-'));
const errno = (code: string) => Object.assign(new Error(code), { code });
const litter = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic', () => {
  it('creates, then replaces, leaving no temporary files', async () => {
    const dir = fresh();
    const f = join(dir, '演示稿.md');
    await writeFileAtomic(f, 'v1');
    expect(readFileSync(f, 'utf8')).toBe('v1');
    await writeFileAtomic(f, new Uint8Array([0xe4, 0xb8, 0xad]));
    expect(readFileSync(f, 'utf8')).toBe('中');
    expect(litter(dir)).toEqual([]);
  });

  it('keeps the previous version as .bak when asked, and only then', async () => {
    const dir = fresh();
    const f = join(dir, 'a.md');
    await writeFileAtomic(f, 'first', { backup: true });
    expect(existsSync(f + '.bak')).toBe(false); // nothing to back up yet
    await writeFileAtomic(f, 'second', { backup: true });
    expect(readFileSync(f + '.bak', 'utf8')).toBe('first');
    await writeFileAtomic(f, 'third', { backup: true });
    expect(readFileSync(f + '.bak', 'utf8')).toBe('second');
    expect(readFileSync(f, 'utf8')).toBe('third');
    await writeFileAtomic(f, 'fourth');
    expect(readFileSync(f + '.bak', 'utf8')).toBe('second');
  });

  it('the backup is a separate file: later writes never change it in place', async () => {
    const dir = fresh();
    const f = join(dir, 'a.md');
    await writeFileAtomic(f, 'old');
    await writeFileAtomic(f, 'new', { backup: true });
    writeFileSync(f, 'edited in place by another program');
    expect(readFileSync(f + '.bak', 'utf8')).toBe('old');
  });

  it('still saves (with a copied backup) on a filesystem without hard links', async () => {
    // FAT/exFAT USB sticks and some network shares refuse link(): the save must not fail for that.
    const dir = fresh();
    const f = join(dir, 'a.md');
    await writeFileAtomic(f, 'old');
    vi.spyOn(fsp, 'link').mockRejectedValue(errno('EPERM'));
    await writeFileAtomic(f, 'new', { backup: true });
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(readFileSync(f + '.bak', 'utf8')).toBe('old');
    expect(litter(dir)).toEqual([]);
  });

  for (const code of ['ENOSPC', 'EDQUOT', 'EIO']) {
    it(`a write failing with ${code} leaves the old file intact and no temporary file`, async () => {
      const dir = fresh();
      const f = join(dir, 'a.md');
      await writeFileAtomic(f, 'old bytes');
      const realOpen = fsp.open.bind(fsp);
      vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
        const fh = await realOpen(...args);
        if (String(args[0]).endsWith('.tmp')) {
          // Half the bytes reach the disk, then the disk is full.
          const realWrite = fh.writeFile.bind(fh);
          fh.writeFile = (async (d: string | Uint8Array) => {
            await realWrite(typeof d === 'string' ? d.slice(0, 2) : d.subarray(0, 2));
            throw errno(code);
          }) as typeof fh.writeFile;
        }
        return fh;
      });
      await expect(writeFileAtomic(f, 'new bytes that do not fit', { backup: true })).rejects.toMatchObject({ code });
      expect(readFileSync(f, 'utf8')).toBe('old bytes');
      expect(litter(dir)).toEqual([]);
    });
  }

  it('a failing fsync leaves the old file intact', async () => {
    const dir = fresh();
    const f = join(dir, 'a.md');
    await writeFileAtomic(f, 'old');
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const fh = await realOpen(...args);
      if (String(args[0]).endsWith('.tmp')) fh.sync = async () => Promise.reject(errno('EIO'));
      return fh;
    });
    await expect(writeFileAtomic(f, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(litter(dir)).toEqual([]);
  });

  it('a failing rename leaves the old file intact and removes the temporary file', async () => {
    const dir = fresh();
    const f = join(dir, 'a.md');
    await writeFileAtomic(f, 'old');
    vi.spyOn(fsp, 'rename').mockRejectedValue(errno('EXDEV'));
    await expect(writeFileAtomic(f, 'new', { backup: true })).rejects.toMatchObject({ code: 'EXDEV' });
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(litter(dir)).toEqual([]);
  });

  it('a read-only folder (EROFS/EACCES at open) fails before touching anything', async () => {
    for (const code of ['EROFS', 'EACCES']) {
      const dir = fresh();
      const f = join(dir, 'a.md');
      await writeFileAtomic(f, 'old');
      const spy = vi.spyOn(fsp, 'open').mockRejectedValue(errno(code));
      await expect(writeFileAtomic(f, 'new')).rejects.toMatchObject({ code });
      spy.mockRestore();
      expect(readFileSync(f, 'utf8')).toBe('old');
    }
  });

  it('a target that is a directory is refused and the directory survives', async () => {
    const dir = fresh();
    const f = join(dir, 'a.md');
    await fsp.mkdir(f);
    await expect(writeFileAtomic(f, 'x')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/) });
    expect(statSync(f).isDirectory()).toBe(true);
    expect(litter(dir)).toEqual([]);
  });

  it('a deleted folder gives ENOENT rather than writing somewhere else', async () => {
    const dir = fresh();
    await fsp.rm(dir, { recursive: true });
    await expect(writeFileAtomic(join(dir, 'a.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(dir)).toBe(false);
  });

  it('concurrent saves of one file end with one of them whole, never a mix', async () => {
    const dir = fresh();
    const f = join(dir, 'a.md');
    const versions = Array.from({ length: 12 }, (_, i) => String(i).repeat(50_000 + i));
    await Promise.all(versions.map((v) => writeFileAtomic(f, v, { backup: true })));
    expect(versions).toContain(readFileSync(f, 'utf8'));
    expect(litter(dir)).toEqual([]);
  });

  it('round-trips arbitrary bytes and strings (property)', async () => {
    const dir = fresh();
    const f = join(dir, 'p.bin');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.string({ maxLength: 2000, unit: 'binary' })), async (data) => {
        await writeFileAtomic(f, data, { backup: true });
        const back = readFileSync(f);
        expect(Buffer.compare(back, Buffer.from(data as Uint8Array | string))).toBe(0);
      }),
      { numRuns: 60 },
    );
    expect(litter(dir)).toEqual([]);
  });
});
