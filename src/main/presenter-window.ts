/**
 * Presenter windows in Electron. The slides stay in the main window, full screen
 * on the first display; the presenter view opens in its own window on the second
 * display (screen.getAllDisplays() order). One key swaps them. With a single
 * display there is nothing to put full screen: rehearsal mode lays the two
 * windows side by side on it. The two windows talk to each other directly
 * (BroadcastChannel, same origin); main only places them.
 */
import { BrowserWindow, screen, type Rectangle } from 'electron';
import type { DeckRef, PresenterLayout } from '../core/contract';
import { secureWebPreferences } from './security';

export interface PresenterDeps {
  /** The window that shows the slides (the app's main window). */
  audienceWindow: () => BrowserWindow | null;
  /** Preload script path: the presenter window gets the same bridge and preferences as the main window. */
  preload: string;
  /** Full URL of a hash route in the app, e.g. "#/presenter/builtin/a.md". */
  urlOf: (hashRoute: string) => string;
  log?: (line: string) => void;
}

export interface LayoutPlan {
  mode: PresenterLayout['mode'];
  displays: number;
  audience: Rectangle;
  presenter: Rectangle;
  /** Full screen both windows (only when each has a display of its own). */
  fullScreen: boolean;
}

interface DisplayLike {
  bounds: Rectangle;
  workArea: Rectangle;
}

/** Where each window goes, given the displays and whether the user swapped them. Pure, for tests. */
export function planLayout(displays: readonly DisplayLike[], swapped: boolean): LayoutPlan {
  if (displays.length >= 2) {
    const [first, second] = swapped ? [displays[1]!, displays[0]!] : [displays[0]!, displays[1]!];
    return { mode: 'dual', displays: displays.length, audience: first.bounds, presenter: second.bounds, fullScreen: true };
  }
  // Rehearsal: the slides on the left (wider, as the audience would see them), the presenter view on the right.
  const wa = displays[0]?.workArea ?? { x: 0, y: 0, width: 1440, height: 900 };
  const left = Math.round(wa.width * 0.5);
  return {
    mode: 'rehearsal',
    displays: displays.length,
    audience: { x: wa.x, y: wa.y, width: left, height: wa.height },
    presenter: { x: wa.x + left, y: wa.y, width: wa.width - left, height: wa.height },
    fullScreen: false,
  };
}

/** The presenter route for a deck; `at` is the 0-based slide the presenter view starts on, `mode` shown as a label. */
export function presenterRoute(ref: DeckRef, indexh: number, mode: PresenterLayout['mode']): string {
  return `#/presenter/${ref.root}/${encodeURI(ref.path)}?at=${indexh}&mode=${mode}`;
}

export class PresenterWindows {
  private presenter: BrowserWindow | null = null;
  private swapped = false;
  private readonly onDisplaysChanged = () => {
    if (this.presenter) this.apply();
  };

  constructor(private readonly deps: PresenterDeps) {}

  /** Open (or re-target) the presenter window for a deck and place both windows. */
  async open(ref: DeckRef, indexh: number): Promise<PresenterLayout> {
    if (!this.presenter || this.presenter.isDestroyed()) {
      const win = new BrowserWindow({
        title: '演讲者视图',
        show: false,
        backgroundColor: '#1b1b1f',
        autoHideMenuBar: true,
        webPreferences: secureWebPreferences(this.deps.preload),
      });
      win.on('closed', () => {
        if (this.presenter === win) this.presenter = null;
        screen.removeListener('display-added', this.onDisplaysChanged);
        screen.removeListener('display-removed', this.onDisplaysChanged);
      });
      win.once('ready-to-show', () => win.show());
      this.presenter = win;
      // A projector plugged in or pulled out mid-session: place the windows again.
      screen.on('display-added', this.onDisplaysChanged);
      screen.on('display-removed', this.onDisplaysChanged);
    }
    const layout = this.apply();
    await this.presenter.loadURL(this.deps.urlOf(presenterRoute(ref, indexh, layout.mode)));
    return layout;
  }

  /** Swap which display shows the slides and which the presenter view; null when no presenter is open. */
  swap(): PresenterLayout | null {
    if (!this.presenter) return null;
    this.swapped = !this.swapped;
    return this.apply();
  }

  close(): void {
    const win = this.presenter;
    this.presenter = null;
    if (win && !win.isDestroyed()) win.close();
    this.setFullScreen(false);
  }

  /** Full screen for the slides window (the page cannot ask itself: the hardened session denies the permission). */
  setFullScreen(on: boolean): void {
    const win = this.deps.audienceWindow();
    if (!win || win.isDestroyed()) return;
    if (on) {
      // Full screen on the display the plan gives the slides, not wherever the window happens to be.
      const plan = planLayout(screen.getAllDisplays(), this.swapped);
      if (plan.mode === 'dual' || !this.presenter) {
        if (win.isFullScreen()) win.setFullScreen(false);
        win.setBounds(plan.mode === 'dual' ? plan.audience : win.getBounds());
        win.setFullScreen(true);
      }
    } else if (win.isFullScreen()) {
      win.setFullScreen(false);
    }
  }

  private apply(): PresenterLayout {
    const plan = planLayout(screen.getAllDisplays(), this.swapped);
    const audience = this.deps.audienceWindow();
    const presenter = this.presenter;
    // Leave full screen before moving: a full-screen window ignores setBounds on Windows and macOS.
    for (const w of [audience, presenter]) if (w && !w.isDestroyed() && w.isFullScreen()) w.setFullScreen(false);
    if (audience && !audience.isDestroyed()) {
      audience.setBounds(plan.audience);
      if (plan.fullScreen) audience.setFullScreen(true);
    }
    if (presenter && !presenter.isDestroyed()) {
      presenter.setBounds(plan.presenter);
      if (plan.fullScreen) presenter.setFullScreen(true);
    }
    this.deps.log?.(`presenter layout: ${plan.mode}, ${plan.displays} display(s)${this.swapped ? ', swapped' : ''}`);
    return { mode: plan.mode, displays: plan.displays };
  }

  /** The operations main registers for the host contract. */
  ops() {
    return {
      'present/openPresenter': async (a: { ref: DeckRef; indexh: number }) => this.open(a.ref, a.indexh),
      'present/closePresenter': async () => {
        this.close();
        return null;
      },
      'present/swapDisplays': async () => this.swap(),
      'present/setFullScreen': async (on: boolean) => {
        this.setFullScreen(on);
        return null;
      },
    };
  }
}
