import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsStore } from './settings-store';

const tmp = () => mkdtempSync(join(tmpdir(), 'settings-'));

describe('SettingsStore', () => {
  it('answers a read made while a change is still being written with the new value', async () => {
    const store = new SettingsStore(tmp());
    await store.get();
    const saving = store.set({ language: 'en' });
    // The write (temp file, fsync, rename) is still under way here.
    expect((await store.get()).language).toBe('en');
    await saving;
  });

  it('ends with the last of several quick changes on disk, in order', async () => {
    const dir = tmp();
    const store = new SettingsStore(dir);
    await Promise.all([store.set({ language: 'en' }), store.set({ language: 'zh-CN' }), store.set({ theme: 'deep-blue' })]);
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ language: 'zh-CN', theme: 'deep-blue' });
    expect(await new SettingsStore(dir).get()).toMatchObject({ language: 'zh-CN', theme: 'deep-blue' });
  });

  it('falls back to defaults when the file is broken', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    expect(await new SettingsStore(dir).get()).toMatchObject({ language: 'zh-CN', theme: 'party-red', recent: [] });
  });
});
