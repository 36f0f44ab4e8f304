/**
 * Document I/O against a fake host: an in-memory library with versions, drafts
 * and settings, so open / save / save as / conflicts / reload / drafts are
 * checked without a window.
 */
import { describe, it, expect, vi } from 'vitest';
import type { DeckRef, HostApi } from '../../../core/contract';
import { parseDeck, serializeDeck, setTitle, slideTitle } from '../../../core/deck';
import { isDirty } from '../document';
import { createDocIO, type DocUi } from './doc-io';
import { createEditorStore } from './store';
import { deckOf, edit } from './editor-state';

const TEXT = '---\ntitle: 甲\ntheme: party-red\n---\n\n# 甲\n\n---\n\n## 一页\n\n- 要点\n';

function fakeHost() {
  const files = new Map<string, { text: string; version: number }>([['user:a.md', { text: TEXT, version: 1 }]]);
  const drafts = new Map<string, { key: string; text: string; ref: DeckRef | null; baseVersion: string | null; savedMs: number }>();
  let recent: DeckRef[] = [];
  const key = (r: DeckRef) => `${r.root}:${r.path}`;
  const api = {
    deck: {
      read: async (ref: DeckRef) => {
        const f = files.get(key(ref));
        if (!f) throw new Error('missing');
        return { ref, text: f.text, version: `v${f.version}`, readOnly: ref.root === 'builtin' };
      },
      write: async (a: { ref: DeckRef; text: string; expectedVersion: string | null }) => {
        const f = files.get(key(a.ref))!;
        if (a.expectedVersion !== null && a.expectedVersion !== `v${f.version}`) return { ok: false, reason: 'conflict', currentVersion: `v${f.version}` };
        f.text = a.text;
        f.version++;
        return { ok: true, version: `v${f.version}` };
      },
      create: async (a: { name: string; text: string }) => {
        const ref = { root: 'user' as const, path: `${a.name}.md` };
        files.set(key(ref), { text: a.text, version: 1 });
        return { ref, text: a.text, version: 'v1', readOnly: false };
      },
    },
    draft: {
      load: async (k: string) => drafts.get(k) ?? null,
      discard: async (k: string) => void drafts.delete(k),
    },
    settings: {
      get: async () => ({ language: 'zh-CN', theme: 'party-red', recent, exportOptions: {} }),
      set: async (p: { recent?: DeckRef[] }) => {
        recent = p.recent ?? recent;
      },
    },
  };
  return { api: api as unknown as HostApi, files, drafts, recent: () => recent };
}

function setup() {
  const host = fakeHost();
  const store = createEditorStore();
  const ui: DocUi = {
    untitled: () => '未命名',
    saved: vi.fn(),
    savedAs: vi.fn(),
    failed: vi.fn(),
    errorText: (e) => String(e),
    back: vi.fn(),
    navigate: vi.fn(),
    nextFrame: async () => {},
  };
  const io = createDocIO(store, () => host.api, ui);
  return { host, store, ui, io };
}
const ref: DeckRef = { root: 'user', path: 'a.md' };
const retitle = (title: string) => (s: ReturnType<ReturnType<typeof createEditorStore>['get']>) => edit(s, (d) => setTitle(d, 1, title));

describe('document I/O', () => {
  it('opens a deck, remembers it as recent, and is clean', async () => {
    const { io, store, host } = setup();
    await io.load({ kind: 'deck', ref });
    expect(slideTitle(deckOf(store.get())!.slides[1]!)).toBe('一页');
    expect(isDirty(store.get().doc!)).toBe(false);
    await vi.waitFor(() => expect(host.recent()).toEqual([ref]));
  });

  it('takes the read started while the window opened, once; a later load reads the file again', async () => {
    const { io, store, host, ui } = setup();
    const early = host.api.deck.read(ref);
    host.files.set('user:a.md', { text: TEXT.replace('一页', '后来改的'), version: 2 });
    ui.earlyRead = vi.fn((r: DeckRef) => (r.path === ref.path ? early : null));
    await io.load({ kind: 'deck', ref });
    expect(slideTitle(deckOf(store.get())!.slides[1]!)).toBe('一页');
    // The version it read is kept, so saving over the later change is a conflict, not an overwrite.
    expect(store.get().doc!.version).toBe('v1');
    ui.earlyRead = () => null;
    await io.load({ kind: 'deck', ref });
    expect(slideTitle(deckOf(store.get())!.slides[1]!)).toBe('后来改的');
  });

  it('saves with the version it read; the file holds the edit, the draft is discarded', async () => {
    const { io, store, host, ui } = setup();
    await io.load({ kind: 'deck', ref });
    host.drafts.set(store.get().doc!.draftKey, { key: store.get().doc!.draftKey, text: 'x', ref, baseVersion: 'v1', savedMs: 1 });
    store.update(retitle('改过'));
    expect(isDirty(store.get().doc!)).toBe(true);
    expect(await io.save()).toBe(true);
    expect(host.files.get('user:a.md')!.text).toContain('## 改过');
    expect(isDirty(store.get().doc!)).toBe(false);
    expect(store.get().doc!.version).toBe('v2');
    expect(ui.saved).toHaveBeenCalled();
    await vi.waitFor(() => expect(host.drafts.size).toBe(0));
  });

  it('a file changed underneath asks instead of overwriting; overwrite and reload both resolve it', async () => {
    const { io, store, host } = setup();
    await io.load({ kind: 'deck', ref });
    host.files.set('user:a.md', { text: TEXT.replace('一页', '别人改的'), version: 7 });
    store.update(retitle('我的'));
    expect(await io.save()).toBe(false);
    expect(store.get().ui.dialog).toEqual({ kind: 'conflict' });
    expect(host.files.get('user:a.md')!.text).toContain('别人改的');
    await io.reload();
    expect(slideTitle(deckOf(store.get())!.slides[1]!)).toBe('别人改的');
    expect(store.get().ui.dialog).toBeNull();
    store.update(retitle('我的'));
    expect(await io.save({ overwrite: true })).toBe(true);
    expect(host.files.get('user:a.md')!.text).toContain('我的');
  });

  it('a shipped (read-only) deck goes through Save As, which moves to the new file without reloading it', async () => {
    const { io, store, host, ui } = setup();
    host.files.set('builtin:s.md', { text: TEXT, version: 1 });
    await io.load({ kind: 'deck', ref: { root: 'builtin', path: 's.md' } });
    expect(await io.save()).toBe(false);
    expect(store.get().ui.dialog).toEqual({ kind: 'saveAs', name: '甲', thenBack: false });
    await io.saveAs('我的副本', false);
    expect(store.get().doc!.ref).toEqual({ root: 'user', path: '我的副本.md' });
    expect(store.get().doc!.readOnly).toBe(false);
    expect(store.get().ui.dialog).toBeNull();
    expect(ui.navigate).toHaveBeenCalledWith('/deck/user/我的副本.md');
    expect(io.isOwnRoute('/deck/user/我的副本.md')).toBe(true);
    expect(io.isOwnRoute('/deck/user/我的副本.md')).toBe(false);
  });

  it('a draft newer than the file is offered, and restoring it is one undo step', async () => {
    const { io, store, host } = setup();
    const draftText = serializeDeck(setTitle(parseDeck(TEXT).deck, 1, '草稿里的'));
    host.drafts.set('user:a.md', { key: 'user:a.md', text: draftText, ref, baseVersion: 'v1', savedMs: 5 });
    const key = (await import('../draft-key')).draftKeyOf(ref);
    host.drafts.set(key, { key, text: draftText, ref, baseVersion: 'v1', savedMs: 5 });
    await io.load({ kind: 'deck', ref });
    const dialog = store.get().ui.dialog;
    expect(dialog).toMatchObject({ kind: 'restore', savedMs: 5, stale: false });
    io.restoreDraft((dialog as { text: string }).text);
    expect(slideTitle(deckOf(store.get())!.slides[1]!)).toBe('草稿里的');
    expect(isDirty(store.get().doc!)).toBe(true);
  });

  it('a deck that cannot be read shows the error', async () => {
    const { io, store } = setup();
    await io.load({ kind: 'deck', ref: { root: 'user', path: 'none.md' } });
    expect(store.get().ui.error).toContain('missing');
  });

  it('a new deck starts from its draft when there is one', async () => {
    const { io, store, host } = setup();
    const key = (await import('../draft-key')).newDraftKey('n1');
    host.drafts.set(key, { key, text: TEXT, ref: null, baseVersion: null, savedMs: 1 });
    await io.load({ kind: 'new', id: 'n1' });
    expect(deckOf(store.get())!.meta.title).toBe('甲');
    expect(store.get().doc!.ref).toBeNull();
  });
});
