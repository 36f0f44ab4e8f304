/**
 * The preload is the only bridge between the page and the main process. It must
 * expose named functions for exactly the contract's operations, each invoking its
 * own fixed channel, and must never hand the page ipcRenderer (or any object that
 * lets it pick a channel).
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { OPERATIONS, MENU_CHANNEL, MENU_COMMANDS, channelOf } from '../core/contract-channels';

const exposed: Array<[string, unknown]> = [];
const ipcRenderer = {
  invoke: vi.fn(async (...a: unknown[]) => ({ ok: true, value: a })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.push([key, value]) },
  ipcRenderer,
}));

const { buildApi, buildMenuSubscription } = await import('./index');

/** Every value reachable from the exposed object, to look for anything that is not ours. */
function walk(v: unknown, seen = new Set<unknown>()): unknown[] {
  if (v === null || typeof v !== 'object' || seen.has(v)) return [v];
  seen.add(v);
  return [v, ...Object.values(v as object).flatMap((x) => walk(x, seen))];
}

describe('buildApi', () => {
  it('exposes exactly the contract operations as functions invoking app:<op>', async () => {
    const invoke = vi.fn(async (..._a: unknown[]) => 'r');
    const api = buildApi(invoke);
    const names = Object.entries(api).flatMap(([d, verbs]) => Object.keys(verbs).map((v) => `${d}/${v}`));
    expect(names.sort()).toEqual([...OPERATIONS].sort());
    for (const op of OPERATIONS) {
      const [d, v] = op.split('/') as [string, string];
      const fn = api[d]![v]!;
      expect(typeof fn).toBe('function');
      invoke.mockClear();
      await fn({ x: 1 }, 2);
      expect(invoke).toHaveBeenCalledWith(channelOf(op), { x: 1 }, 2);
    }
  });

  it('gives the page no way to choose a channel', async () => {
    const invoke = vi.fn(async (..._a: unknown[]) => null);
    const api = buildApi(invoke);
    await api.deck!.read!('app:settings/set', 'x');
    expect(invoke.mock.calls[0]![0]).toBe('app:deck/read');
  });
});

describe('buildMenuSubscription', () => {
  it('passes known menu commands and ignores unknown ones', () => {
    let listener: ((e: unknown, c: unknown) => void) | null = null;
    const on = vi.fn((_c: string, l: (e: unknown, c: unknown) => void) => void (listener = l));
    const off = vi.fn();
    const cb = vi.fn();
    const unsubscribe = buildMenuSubscription(on, off)(cb);
    expect(on).toHaveBeenCalledWith(MENU_CHANNEL, expect.any(Function));
    for (const cmd of MENU_COMMANDS) listener!({}, cmd);
    for (const bad of ['rm -rf', 'app:settings/set', '', null, 42, { cmd: 'save' }, ['save'], 'SAVE', 'save ']) listener!({}, bad);
    expect(cb.mock.calls.map((c) => c[0])).toEqual([...MENU_COMMANDS]);
    unsubscribe();
    expect(off).toHaveBeenCalledWith(MENU_CHANNEL, listener);
  });
});

describe('what the preload actually exposes', () => {
  beforeEach(() => ipcRenderer.invoke.mockClear());

  it('exposes one key, "briefing", and never ipcRenderer or any of its methods', async () => {
    expect(exposed.map(([k]) => k)).toEqual(['briefing']);
    const api = exposed[0]![1] as Record<string, Record<string, unknown>>;
    const reachable = walk(api);
    expect(reachable).not.toContain(ipcRenderer);
    for (const m of Object.values(ipcRenderer)) expect(reachable).not.toContain(m);
    // Only functions and plain containers cross the bridge.
    for (const v of reachable) expect(['function', 'object']).toContain(typeof v);
    expect(Object.keys(api).sort()).toEqual([...new Set(OPERATIONS.map((o) => o.split('/')[0]!)), 'events'].sort());
    expect(Object.keys(api.events!)).toEqual(['onMenuCommand']);
  });

  it('the exposed functions reach ipcRenderer.invoke only on their own channel', async () => {
    const api = exposed[0]![1] as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
    await api.settings!.get!();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:settings/get');
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});
