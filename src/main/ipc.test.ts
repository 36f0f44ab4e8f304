/**
 * IPC sender validation (Electron checklist item 17): every contract channel goes
 * through handle(), which must refuse anything not sent by the main frame of a page
 * on the app's own origin, and must refuse arguments the contract's schema rejects,
 * before a service is ever called.
 */
import { describe, it, expect, vi } from 'vitest';
import { handle, registerIpc, makeTrustedOrigin, type InvokeEventLike, type IpcMainLike } from './ipc';
import { OPERATIONS, CHANNEL_PREFIX } from '../core/contract-channels';
import type { ServiceTable } from '../core/contract';

const APP = 'app://bundle';
const trusted = makeTrustedOrigin([APP]);

/** A service table whose every operation is a spy: a refused message must leave them all untouched. */
function spyServices(): ServiceTable {
  const t: Record<string, unknown> = {};
  for (const op of OPERATIONS) t[op] = vi.fn(async () => ({ called: op }));
  return t as unknown as ServiceTable;
}

const mainFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const subFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: { url: `${APP}/index.html` } } });
const goodRef = { root: 'user', path: 'a.md' };

describe('handle(): sender checks', () => {
  const refusedSenders: Array<[string, InvokeEventLike]> = [
    ['a sub-frame of the app page', subFrame(`${APP}/index.html`)],
    ['a foreign https origin', mainFrame('https://evil.example/index.html')],
    ['a file:// page', mainFrame('file:///home/user/evil.html')],
    ['a destroyed frame', { senderFrame: null }],
    ['an app: URL on another host', mainFrame('app://evil/index.html')],
    ['a look-alike origin', mainFrame('app://bundle.evil.example/index.html')],
    ['http on the app host name', mainFrame('http://bundle/index.html')],
    ['an unparsable URL', mainFrame('not a url')],
    ['about:blank', mainFrame('about:blank')],
    ['a data: page', mainFrame('data:text/html,<script>1</script>')],
  ];
  for (const [what, event] of refusedSenders) {
    it(`refuses ${what}, logs it, and never calls the service`, async () => {
      const services = spyServices();
      const log = vi.fn();
      const r = await handle('deck/read', services, trusted, log)(event, goodRef);
      expect(r).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
      expect(services['deck/read']).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]![0]).toMatch(/refused deck\/read: untrusted sender/);
    });
  }

  it('logs a destroyed frame and a sub-frame distinctly (what an operator reads in the log)', async () => {
    const log = vi.fn();
    await handle('app/info', spyServices(), trusted, log)({ senderFrame: null });
    await handle('app/info', spyServices(), trusted, log)(subFrame(`${APP}/x`));
    expect(log.mock.calls[0]![0]).toContain('(destroyed frame)');
    expect(log.mock.calls[1]![0]).toContain('(sub-frame)');
  });
});

describe('handle(): argument checks', () => {
  const badArgs: Array<[string, unknown[]]> = [
    ['no arguments', []],
    ['a traversal path', [{ root: 'user', path: '../../etc/passwd.md' }]],
    ['an absolute path', [{ root: 'user', path: '/etc/passwd.md' }]],
    ['a NUL byte', [{ root: 'user', path: 'a\0.md' }]],
    ['an unknown root', [{ root: 'system', path: 'a.md' }]],
    ['an extra property (strict schema)', [{ root: 'user', path: 'a.md', evil: true }]],
    ['a non-.md file', [{ root: 'user', path: 'a.exe' }]],
    ['too many arguments', [goodRef, goodRef]],
    ['a string instead of an object', ['a.md']],
  ];
  for (const [what, args] of badArgs) {
    it(`refuses ${what} with BAD_ARGS and never calls the service`, async () => {
      const services = spyServices();
      const log = vi.fn();
      const r = await handle('deck/read', services, trusted, log)(mainFrame(`${APP}/index.html`), ...args);
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
      expect(services['deck/read']).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalled();
    });
  }

  it('refuses an oversized deck/write before the service sees it', async () => {
    const services = spyServices();
    const r = await handle('deck/write', services, trusted, vi.fn())(mainFrame(`${APP}/index.html`), {
      ref: goodRef,
      text: 'x'.repeat(20_000_001),
      expectedVersion: null,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(services['deck/write']).not.toHaveBeenCalled();
  });

  it('calls the service with the parsed arguments for a good message and returns its value', async () => {
    const services = spyServices();
    const r = await handle('deck/read', services, trusted, vi.fn())(mainFrame(`${APP}/index.html#/deck`), { ...goodRef });
    expect(r).toEqual({ ok: true, value: { called: 'deck/read' } });
    expect(services['deck/read']).toHaveBeenCalledTimes(1);
    expect(services['deck/read']).toHaveBeenCalledWith(goodRef);
  });

  it('maps a thrown non-HostError to INTERNAL instead of leaking a rejection', async () => {
    const services = spyServices();
    (services['library/list'] as unknown as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new TypeError('boom'));
    const r = await handle('library/list', services, trusted, vi.fn())(mainFrame(`${APP}/index.html`));
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('registerIpc', () => {
  it('registers exactly one app:-prefixed channel per contract operation', () => {
    const channels: string[] = [];
    const ipc: IpcMainLike = { handle: (c) => void channels.push(c) };
    const returned = registerIpc(ipc, spyServices(), trusted, vi.fn());
    expect(channels.length).toBe(OPERATIONS.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.every((c) => c.startsWith(CHANNEL_PREFIX))).toBe(true);
    expect(channels.map((c) => c.slice(CHANNEL_PREFIX.length)).sort()).toEqual([...OPERATIONS].sort());
    expect(returned).toEqual(channels);
  });

  it('every registered listener enforces the sender check', async () => {
    const listeners = new Map<string, (e: InvokeEventLike, ...a: unknown[]) => Promise<unknown>>();
    const services = spyServices();
    registerIpc({ handle: (c, l) => void listeners.set(c, l) }, services, trusted, vi.fn());
    for (const [, listener] of listeners) {
      const r = await listener(mainFrame('https://evil.example/'));
      expect(r).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    }
    for (const op of OPERATIONS) if (op in services) expect(services[op as keyof ServiceTable]).not.toHaveBeenCalled();
  });
});

describe('makeTrustedOrigin', () => {
  it('accepts the dev server origin only when configured', () => {
    const dev = makeTrustedOrigin([APP, 'http://localhost:5173']);
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/index.html')).toBe(false);
    expect(trusted('http://localhost:5173/index.html')).toBe(false);
  });
});
