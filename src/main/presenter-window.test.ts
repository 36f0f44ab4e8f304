/**
 * Presenter windows with the electron module stubbed (the Electron binary cannot
 * be downloaded here): where each window goes with one and two displays, the
 * swap, the secure preferences, and closing.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';

type Rect = { x: number; y: number; width: number; height: number };

const state = vi.hoisted(() => ({
  displays: [] as Array<{ bounds: Rect; workArea: Rect }>,
  windows: [] as FakeWindow[],
}));

class FakeWindow {
  bounds: Rect = { x: 0, y: 0, width: 800, height: 600 };
  full = false;
  destroyed = false;
  url: string | null = null;
  closed = vi.fn();
  handlers = new Map<string, () => void>();
  constructor(readonly options: Record<string, unknown> = {}) {
    state.windows.push(this);
  }
  on(ev: string, fn: () => void) {
    this.handlers.set(ev, fn);
  }
  once(ev: string, fn: () => void) {
    this.handlers.set(ev, fn);
  }
  setBounds(b: Rect) {
    if (this.full) throw new Error('setBounds on a full-screen window is ignored');
    this.bounds = b;
  }
  getBounds() {
    return this.bounds;
  }
  setFullScreen(on: boolean) {
    this.full = on;
  }
  isFullScreen() {
    return this.full;
  }
  isDestroyed() {
    return this.destroyed;
  }
  async loadURL(u: string) {
    this.url = u;
  }
  close() {
    this.closed();
    this.destroyed = true;
    this.handlers.get('closed')?.();
  }
  show() {}
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: {
    getAllDisplays: () => state.displays,
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));

const { PresenterWindows, planLayout } = await import('./presenter-window');
const { secureWebPreferences } = await import('./security');

const laptop = { bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const projector = { bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 } };
const ref = { root: 'builtin' as const, path: '01-以实干为民谋福.md' };

function setup() {
  const audience = new FakeWindow();
  state.windows.length = 0;
  const pw = new PresenterWindows({
    audienceWindow: () => audience as never,
    preload: '/app/out/preload/index.cjs',
    urlOf: (hash) => `app://briefing/index.html${hash}`,
  });
  return { audience, pw };
}

beforeEach(() => {
  state.windows.length = 0;
});

describe('planLayout', () => {
  it('two displays: slides on the first, presenter on the second, both full screen; swapped the other way round', () => {
    expect(planLayout([laptop, projector], false)).toMatchObject({ mode: 'dual', audience: laptop.bounds, presenter: projector.bounds, fullScreen: true });
    expect(planLayout([laptop, projector], true)).toMatchObject({ mode: 'dual', audience: projector.bounds, presenter: laptop.bounds });
  });
  it('one display: rehearsal, the two windows side by side inside the work area', () => {
    const p = planLayout([laptop], false);
    expect(p.mode).toBe('rehearsal');
    expect(p.fullScreen).toBe(false);
    expect(p.audience.x + p.audience.width).toBe(p.presenter.x);
    expect(p.presenter.x + p.presenter.width).toBe(1920);
    expect(p.audience.height).toBe(1040);
  });
});

describe('PresenterWindows', () => {
  it('with two displays opens the presenter window on the second display and the slides full screen on the first', async () => {
    state.displays = [laptop, projector];
    const { audience, pw } = setup();
    const layout = await pw.open(ref, 3);
    expect(layout).toEqual({ mode: 'dual', displays: 2 });
    const presenter = state.windows[0]!;
    expect(presenter.bounds).toEqual(projector.bounds);
    expect(presenter.full).toBe(true);
    expect(audience.bounds).toEqual(laptop.bounds);
    expect(audience.full).toBe(true);
    expect(presenter.url).toBe(`app://briefing/index.html#/presenter/builtin/${encodeURI(ref.path)}?at=3&mode=dual`);
  });

  it('gives the presenter window the same secure webPreferences as the main window', async () => {
    state.displays = [laptop, projector];
    const { pw } = setup();
    await pw.open(ref, 0);
    const prefs = state.windows[0]!.options.webPreferences;
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('the swap key exchanges the displays; a second open reuses the window', async () => {
    state.displays = [laptop, projector];
    const { audience, pw } = setup();
    await pw.open(ref, 0);
    expect(pw.swap()).toEqual({ mode: 'dual', displays: 2 });
    const presenter = state.windows[0]!;
    expect(presenter.bounds).toEqual(laptop.bounds);
    expect(audience.bounds).toEqual(projector.bounds);
    expect(presenter.full && audience.full).toBe(true);
    await pw.open(ref, 5);
    expect(state.windows).toHaveLength(1);
    expect(presenter.url).toContain('?at=5');
  });

  it('with one display lays the two windows side by side (rehearsal), not full screen', async () => {
    state.displays = [laptop];
    const { audience, pw } = setup();
    expect(await pw.open(ref, 0)).toEqual({ mode: 'rehearsal', displays: 1 });
    const presenter = state.windows[0]!;
    expect(audience.full || presenter.full).toBe(false);
    expect(audience.bounds.x).toBe(0);
    expect(presenter.bounds.x).toBe(audience.bounds.width);
    expect(presenter.url).toContain('&mode=rehearsal');
  });

  it('close() closes the presenter window and takes the slides out of full screen; swap without one is a no-op', async () => {
    state.displays = [laptop, projector];
    const { audience, pw } = setup();
    await pw.open(ref, 0);
    const presenter = state.windows[0]!;
    pw.close();
    expect(presenter.closed).toHaveBeenCalled();
    expect(audience.full).toBe(false);
    expect(pw.swap()).toBeNull();
  });

  it('setFullScreen(true) without a presenter puts the slides full screen on the first display', () => {
    state.displays = [laptop, projector];
    const { audience, pw } = setup();
    pw.setFullScreen(true);
    expect(audience.full).toBe(true);
    expect(audience.bounds).toEqual(laptop.bounds);
    pw.setFullScreen(false);
    expect(audience.full).toBe(false);
  });
});
