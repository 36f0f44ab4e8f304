/**
 * Drafts are the safety net under every failed or forgotten save: they must come
 * back after a restart, survive a broken or half-written neighbour, and fail with a
 * message a user understands. Kill-the-host recovery is in test/reliability.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { promises as fsp, mkdtempSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftStore } from './drafts';
import { HostError } from '../core/contract';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'drafts-')), 'drafts');
const ref = { root: 'user' as const, path: '我的.md' };

afterEach(() => vi.restoreAllMocks());

describe('DraftStore', () => {
  it('saves and loads a draft, creating its folder, keyed by any CJK key', async () => {
    const dir = fresh();
    const s = new DraftStore(dir);
    const { savedMs } = await s.save({ key: 'user:我的.md', text: '# 草稿\n', ref, baseVersion: 'v1' });
    // A new store (after a restart) finds it.
    const d = await new DraftStore(dir).load('user:我的.md');
    expect(d).toEqual({ key: 'user:我的.md', text: '# 草稿\n', ref, baseVersion: 'v1', savedMs });
    expect(readdirSync(dir).every((n) => /^[0-9a-f]{24}\.draft\.json$/.test(n))).toBe(true);
  });

  it('a later save of the same key replaces it; list is newest first; discard removes', async () => {
    const s = new DraftStore(fresh());
    await s.save({ key: 'a', text: '1', ref: null, baseVersion: null });
    await new Promise((r) => setTimeout(r, 5));
    await s.save({ key: 'b', text: '2', ref: null, baseVersion: null });
    await new Promise((r) => setTimeout(r, 5));
    await s.save({ key: 'a', text: '3', ref: null, baseVersion: null });
    expect((await s.list()).map((d) => [d.key, d.text])).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
    expect(await s.discard('a')).toBeNull();
    expect(await s.load('a')).toBeNull();
    expect(await s.discard('never-existed')).toBeNull();
  });

  it('a torn, empty or foreign file in the folder is skipped, not fatal', async () => {
    const dir = fresh();
    const s = new DraftStore(dir);
    await s.save({ key: 'good', text: 'kept', ref: null, baseVersion: null });
    writeFileSync(join(dir, '000000000000000000000000.draft.json'), '{"key":"torn","text":"abc');
    writeFileSync(join(dir, '111111111111111111111111.draft.json'), '');
    writeFileSync(join(dir, '222222222222222222222222.draft.json'), '{"key":1,"text":null}');
    writeFileSync(join(dir, 'unrelated.txt'), 'x');
    expect((await s.list()).map((d) => d.key)).toEqual(['good']);
  });

  it('a missing drafts folder lists nothing and loads null', async () => {
    const dir = fresh();
    const s = new DraftStore(dir);
    expect(await s.list()).toEqual([]);
    expect(await s.load('x')).toBeNull();
  });

  it('keys cannot steer the file name out of the folder', async () => {
    const dir = fresh();
    const s = new DraftStore(dir);
    await s.save({ key: '../../evil', text: 'x', ref: null, baseVersion: null });
    expect(readdirSync(join(dir, '..'))).toEqual(['drafts']);
    expect((await s.load('../../evil'))!.text).toBe('x');
  });

  for (const [code, zh, en] of [
    ['ENOSPC', /磁盘已满/, /disk is full/],
    ['EROFS', /只读/, /read-only/],
  ] as const) {
    it(`${code} while saving a draft: a bilingual HostError, the previous draft intact`, async () => {
      const s = new DraftStore(fresh());
      await s.save({ key: 'k', text: 'previous', ref: null, baseVersion: null });
      vi.spyOn(fsp, 'open').mockRejectedValue(Object.assign(new Error(code), { code }));
      const e = await s.save({ key: 'k', text: 'next', ref: null, baseVersion: null }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(HostError);
      expect((e as HostError).code).toBe(`FS_${code}`);
      expect((e as HostError).messages.zh).toMatch(zh);
      expect((e as HostError).messages.zh).toContain('保存草稿失败');
      expect((e as HostError).messages.en).toMatch(en);
      vi.restoreAllMocks();
      expect((await s.load('k'))!.text).toBe('previous');
    });
  }

  it('the data folder deleted under a running app: the next draft save recreates it', async () => {
    const dir = fresh();
    const s = new DraftStore(dir);
    await s.save({ key: 'k', text: '1', ref: null, baseVersion: null });
    rmSync(dir, { recursive: true });
    await s.save({ key: 'k', text: '2', ref: null, baseVersion: null });
    expect((await s.load('k'))!.text).toBe('2');
  });

  it('a path that is a file where the folder should be: clear error, no crash', async () => {
    const dir = fresh();
    writeFileSync(dir, 'not a folder');
    const e = await new DraftStore(dir).save({ key: 'k', text: 't', ref: null, baseVersion: null }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).messages.en).toMatch(/^Saving the draft failed/);
  });
});
