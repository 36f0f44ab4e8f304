/**
 * The services as a host calls them: arguments parsed with the contract's schema
 * first (as main/ipc.ts and server/server.ts do), then the service.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type ServiceOperation, type ServiceTable } from '../core/contract';
import { createServices } from './services';

export function servicesForTest() {
  const tmp = mkdtempSync(join(tmpdir(), 'services-'));
  const cfg = { roots: { builtin: join(tmp, 'builtin'), user: join(tmp, 'user') }, dataDir: join(tmp, 'data'), host: 'web' as const, version: 't' };
  const services = createServices(cfg);
  const call = async <K extends ServiceOperation>(op: K, ...args: unknown[]) => {
    const parsed = parseArgs(op, args) as unknown[];
    return (services[op] as (...a: unknown[]) => ReturnType<ServiceTable[K]>)(...parsed);
  };
  return { tmp, cfg, services, call };
}

describe('settings through the contract', () => {
  it('switching the interface language keeps 最近打开 and the other settings', async () => {
    const { call, cfg } = servicesForTest();
    const recent = [{ root: 'builtin' as const, path: 'a.md' }];
    await call('settings/set', { recent, theme: 'deep-blue', exportOptions: { docx: { kind: 'full' } } });
    const after = await call('settings/set', { language: 'en' });
    expect(after.recent).toEqual(recent);
    expect(after.theme).toBe('deep-blue');
    expect(after.exportOptions).toEqual({ docx: { kind: 'full' } });
    const onDisk = JSON.parse(readFileSync(join(cfg.dataDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ language: 'en', recent });
  });

  it('a patch with a wrong value is refused, not turned into defaults', async () => {
    const { call } = servicesForTest();
    await expect(call('settings/set', { language: 'fr' })).rejects.toThrow(/Invalid arguments/);
  });
});

describe('library: rename, duplicate, delete, create many', () => {
  const deckText = (title: string, folder = 'x.assets') => `---\ntitle: ${title}\n---\n# ${title}\n\n![图](${folder}/a.png)\n`;
  const setup = async () => {
    const t = servicesForTest();
    mkdirSync(t.cfg.roots.user, { recursive: true });
    mkdirSync(t.cfg.roots.builtin, { recursive: true });
    writeFileSync(join(t.cfg.roots.user, 'x.md'), deckText('甲'));
    mkdirSync(join(t.cfg.roots.user, 'x.assets'));
    writeFileSync(join(t.cfg.roots.user, 'x.assets', 'a.png'), 'png');
    writeFileSync(join(t.cfg.roots.builtin, 'b.md'), deckText('乙'));
    return t;
  };

  it('renames a deck with its pictures folder, and its links follow', async () => {
    const { call, cfg } = await setup();
    const r = await call('deck/rename', { ref: { root: 'user', path: 'x.md' }, name: '学习会 第一讲' });
    expect(r.ref).toEqual({ root: 'user', path: '学习会 第一讲.md' });
    expect(existsSync(join(cfg.roots.user, 'x.md'))).toBe(false);
    expect(readFileSync(join(cfg.roots.user, '学习会 第一讲.assets', 'a.png'), 'utf8')).toBe('png');
    expect(readFileSync(join(cfg.roots.user, '学习会 第一讲.md'), 'utf8')).toContain('](学习会%20第一讲.assets/a.png)');
    const list = await call('library/list');
    expect(list.map((e) => e.ref.path)).toEqual(['b.md', '学习会 第一讲.md']);
  });

  it('refuses a rename onto another deck, a shipped deck, or a path', async () => {
    const { call, cfg } = await setup();
    writeFileSync(join(cfg.roots.user, 'y.md'), deckText('丙'));
    await expect(call('deck/rename', { ref: { root: 'user', path: 'x.md' }, name: 'y' })).rejects.toMatchObject({ code: 'NAME_TAKEN' });
    await expect(call('deck/rename', { ref: { root: 'builtin', path: 'b.md' }, name: 'z' })).rejects.toMatchObject({ code: 'READ_ONLY' });
    const r = await call('deck/rename', { ref: { root: 'user', path: 'x.md' }, name: '../../etc/passwd' });
    expect(r.ref.path).not.toContain('/');
    expect(existsSync(join(cfg.roots.user, r.ref.path))).toBe(true);
  });

  it('duplicates a shipped deck into the user folder with its own pictures folder', async () => {
    const { call, cfg } = await setup();
    const r = await call('deck/duplicate', { ref: { root: 'user', path: 'x.md' }, name: '甲（副本）' });
    expect(r.ref).toEqual({ root: 'user', path: '甲（副本）.md' });
    expect(readFileSync(join(cfg.roots.user, '甲（副本）.md'), 'utf8')).toContain('](甲（副本）.assets/a.png)');
    expect(existsSync(join(cfg.roots.user, '甲（副本）.assets', 'a.png'))).toBe(true);
    const again = await call('deck/duplicate', { ref: { root: 'builtin', path: 'b.md' }, name: '甲（副本）' });
    expect(again.ref.path).toBe('甲（副本）（2）.md');
    expect(existsSync(join(cfg.roots.builtin, 'b.md'))).toBe(true);
  });

  it('delete moves the deck and its pictures to the trash folder in the browser edition, and the host trash when given', async () => {
    const { call, cfg } = await setup();
    await call('deck/trash', { root: 'user', path: 'x.md' });
    expect(existsSync(join(cfg.roots.user, 'x.md'))).toBe(false);
    const day = readdirSync(join(cfg.dataDir, 'trash'))[0]!;
    expect(readdirSync(join(cfg.dataDir, 'trash', day)).sort()).toEqual(['x.assets', 'x.md']);
    await expect(call('deck/trash', { root: 'builtin', path: 'b.md' })).rejects.toMatchObject({ code: 'READ_ONLY' });

    const trashed: string[] = [];
    const services = createServices({ ...cfg, moveToTrash: async (p) => void trashed.push(p) });
    writeFileSync(join(cfg.roots.user, 'z.md'), deckText('丁'));
    await services['deck/trash']({ root: 'user', path: 'z.md' });
    expect(trashed).toEqual([join(cfg.roots.user, 'z.md')]);
  });

  it('creates many decks in one call with names unique against the folder and each other', async () => {
    const { call, cfg } = await setup();
    const decks = [{ name: 'x', text: deckText('1') }, { name: '文章', text: deckText('2') }, { name: '文章', text: deckText('3') }];
    const made = await call('deck/createMany', { decks });
    expect(made.map((m) => m.ref.path)).toEqual(['x（2）.md', '文章.md', '文章（2）.md']);
    expect(readFileSync(join(cfg.roots.user, '文章（2）.md'), 'utf8')).toBe(deckText('3'));
    await expect(call('deck/createMany', { decks: [] })).rejects.toThrow(/Invalid arguments/);
    await expect(call('deck/createMany', { decks: [{ name: '../a', text: '' }] })).rejects.toThrow(/Invalid arguments/);
  });

  it('saves the reviewed article beside each deck it creates, and reads it back', async () => {
    const { call, cfg } = await setup();
    const article = { title: '甲', subtitle: null, byline: null, lead: [], sections: [{ heading: '一、总体要求', level: 1 as const, paragraphs: ['正文。'] }], extras: [], sourceName: '甲.txt', encoding: 'utf-8' };
    const made = await call('deck/createMany', { decks: [{ name: '甲', text: deckText('甲'), article }, { name: '乙', text: deckText('乙') }] });
    expect(JSON.parse(readFileSync(join(cfg.roots.user, '甲.assets', 'article.json'), 'utf8'))).toEqual({ schema: 1, article });
    expect(await call('deck/readArticle', made[0]!.ref)).toEqual(article);
    // A deck made without one (or before article.json existed) has none: the editor falls back.
    expect(await call('deck/readArticle', made[1]!.ref)).toBeNull();
    const one = await call('deck/create', { name: '丙', text: deckText('丙'), article: { ...article, title: '丙' } });
    expect((await call('deck/readArticle', one.ref))?.title).toBe('丙');
    // A damaged file reads as absent, not as an error that blocks the deck.
    writeFileSync(join(cfg.roots.user, '丙.assets', 'article.json'), '{"schema":1,"article":{');
    expect(await call('deck/readArticle', one.ref)).toBeNull();
    // The article travels with its deck on rename.
    const renamed = await call('deck/rename', { ref: made[0]!.ref, name: '甲新' });
    expect(await call('deck/readArticle', renamed.ref)).toEqual(article);
    await expect(call('deck/create', { name: '丁', text: '', article: { title: 1 } })).rejects.toThrow(/Invalid arguments/);
  });
});
