/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one test per item that applies to this app, against small fakes of Session and
 * WebContents: the real Electron binary is not available on the build machines.
 */
import { describe, it, expect, vi } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Session, WebContents } from 'electron';
import { secureWebPreferences, hardenSession, hardenWebContents, isAllowedRequest } from './security';
import { CSP, CSP_DIRECTIVES } from '../core/csp';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const s = {
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    beforeRequest: null as Listener | null,
    headersReceived: null as Listener | null,
    setPermissionRequestHandler(h: Listener) {
      s.permissionRequest = h;
    },
    setPermissionCheckHandler(h: Listener) {
      s.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest(h: Listener) {
        s.beforeRequest = h;
      },
      onHeadersReceived(h: Listener) {
        s.headersReceived = h;
      },
    },
  };
  return s;
}

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  const c = {
    windowOpen: null as Listener | null,
    on(name: string, l: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), l]);
      return c;
    },
    setWindowOpenHandler(h: Listener) {
      c.windowOpen = h;
    },
    /** Fire an event the way Electron does and report whether a listener prevented it. */
    emit(name: string, ...args: unknown[]): boolean {
      let prevented = false;
      const event = { preventDefault: () => void (prevented = true) };
      for (const l of listeners.get(name) ?? []) l(event, ...args);
      return prevented;
    },
    has: (name: string) => (listeners.get(name) ?? []).length > 0,
  };
  return c;
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'unknown'];

describe('secureWebPreferences (checklist 2–4, 6, 8, 9, 12)', () => {
  const p = secureWebPreferences('/app/preload.cjs');
  it('isolates the context, sandboxes the renderer and keeps Node out of it', () => {
    expect(p.contextIsolation).toBe(true);
    expect(p.sandbox).toBe(true);
    expect(p.nodeIntegration).toBe(false);
    expect(p.nodeIntegrationInWorker).toBe(false);
    expect(p.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps web security on, no insecure content, no webview, no experimental features', () => {
    expect(p.webSecurity).toBe(true);
    expect(p.allowRunningInsecureContent).toBe(false);
    expect(p.webviewTag).toBe(false);
    expect(p.experimentalFeatures).toBe(false);
    expect(p.navigateOnDragDrop).toBe(false);
    expect(p).not.toHaveProperty('enableBlinkFeatures');
  });
  it('disables middle-click (auxclick) link opening', () => {
    expect(String(p.disableBlinkFeatures ?? '')).toMatch(/\bAuxclick\b/);
  });
  it('loads the given preload and nothing else', () => {
    expect(p.preload).toBe('/app/preload.cjs');
  });
});

describe('hardenSession', () => {
  const setup = (dev: string | null = null) => {
    const s = fakeSession();
    const log = vi.fn();
    hardenSession(s as unknown as Session, dev, log);
    return { s, log };
  };

  it('denies every permission request (checklist 5) and logs it', () => {
    const { s, log } = setup();
    for (const perm of PERMISSIONS) {
      const cb = vi.fn();
      s.permissionRequest!({}, perm, cb, {});
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(log).toHaveBeenCalledTimes(PERMISSIONS.length);
  });

  it('answers every permission check with false', () => {
    const { s } = setup();
    for (const perm of PERMISSIONS) expect(s.permissionCheck!({}, perm, 'app://bundle', {})).toBe(false);
  });

  const cancelled = (s: ReturnType<typeof fakeSession>, url: string): boolean => {
    let decision: { cancel?: boolean } | undefined;
    s.beforeRequest!({ url }, (d: { cancel?: boolean }) => (decision = d));
    expect(decision).toBeDefined();
    return decision!.cancel === true;
  };

  it('cancels every remote request: http, https, ws, wss, ftp, file (checklist 1: no remote content)', () => {
    const { s, log } = setup();
    for (const url of [
      'http://example.com/x.png',
      'https://evil.example/steal?c=1',
      'ws://127.0.0.1:9/',
      'wss://evil.example/',
      'ftp://evil.example/a',
      'file:///etc/passwd',
      'http://127.0.0.1:5170/api/app/info',
      'not a url',
    ]) {
      expect(cancelled(s, url), url).toBe(true);
    }
    expect(log.mock.calls.some((c) => String(c[0]).includes('blocked request: https://evil.example'))).toBe(true);
  });

  it("lets the app's own schemes through: app:, data:, blob:", () => {
    const { s } = setup();
    for (const url of ['app://bundle/index.html', 'data:image/png;base64,AAAA', 'blob:app://bundle/0b0c-11']) {
      expect(cancelled(s, url), url).toBe(false);
    }
  });

  it('allows the dev server only when one is configured, and only its exact origin', () => {
    const { s } = setup('http://localhost:5173');
    expect(cancelled(s, 'http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled(s, 'http://localhost:5174/')).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/', null)).toBe(false);
  });

  it('adds the CSP header to every response (checklist 7)', () => {
    const { s } = setup();
    let out: { responseHeaders?: Record<string, string[]> } = {};
    s.headersReceived!({ url: 'app://bundle/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (r: typeof out) => (out = r));
    expect(out.responseHeaders?.['Content-Security-Policy']).toEqual([CSP]);
    expect(out.responseHeaders?.['Content-Type']).toEqual(['text/html']);
  });

  it('the CSP forbids remote and inline script, frames, objects and unsafe-eval', () => {
    expect(CSP_DIRECTIVES['script-src']).toBe("'self'");
    expect(CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CSP_DIRECTIVES['object-src']).toBe("'none'");
    expect(CSP_DIRECTIVES['frame-src']).toBe("'none'");
    expect(CSP_DIRECTIVES['img-src']).not.toMatch(/http/);
  });
});

describe('hardenWebContents', () => {
  const isOwn = (url: string) => url.startsWith('app://bundle/');
  const setup = () => {
    const c = fakeContents();
    const log = vi.fn();
    hardenWebContents(c as unknown as WebContents, isOwn, log);
    return { c, log };
  };

  it('prevents navigation to foreign URLs (checklist 13) and allows the app itself', () => {
    const { c, log } = setup();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html', 'app://bundle.evil/x']) {
      expect(c.emit('will-navigate', url), url).toBe(true);
      expect(c.emit('will-redirect', url), url).toBe(true);
    }
    expect(c.emit('will-navigate', 'app://bundle/index.html#/deck')).toBe(false);
    expect(log).toHaveBeenCalled();
  });

  it('denies every window.open (checklist 14)', () => {
    const { c } = setup();
    for (const url of ['https://evil.example/', 'app://bundle/index.html', 'about:blank']) {
      expect(c.windowOpen!({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });

  it('prevents attaching a webview (checklist 12)', () => {
    const { c } = setup();
    expect(c.emit('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
  });
});

describe('source-wide rules (checklist 15, 1)', () => {
  const srcDir = resolve(import.meta.dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
    });

  it('no shell.openExternal anywhere: the app never hands a URL from a deck to the OS', () => {
    // If a future feature needs it, it must go through an allow-list and this test must change with it.
    const offenders = files(srcDir).filter((f) => /openExternal|shell\.openPath/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the window loads only the app origin or the dev server, never a remote URL', () => {
    const main = readFileSync(join(srcDir, 'main', 'index.ts'), 'utf8');
    const loads = [...main.matchAll(/\.load(URL|File)\(([^)]*)\)/g)].map((m) => m[2]!);
    expect(loads.length).toBeGreaterThan(0);
    for (const arg of loads) expect(arg).not.toMatch(/https?:\/\//);
  });

  it('every BrowserWindow is built with secureWebPreferences', () => {
    const main = readFileSync(join(srcDir, 'main', 'index.ts'), 'utf8');
    const windows = main.match(/new BrowserWindow\(/g) ?? [];
    const secured = main.match(/webPreferences:\s*secureWebPreferences\(/g) ?? [];
    expect(secured.length).toBe(windows.length);
  });
});
