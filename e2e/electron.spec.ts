/**
 * Drives the real desktop app with Playwright's _electron wherever an Electron
 * runtime is present. On machines where the runtime could not be downloaded (the
 * offline build machines) every test here is skipped with the reason printed.
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cidFontPdf, CID_PDF_TITLE } from '../test/fixtures/articles/cid-font-pdf';
import { dropFiles } from './drop-files';
// @ts-expect-error plain ESM helper shared with `npm start`
import { findElectron } from '../scripts/electron-runtime.mjs';

const root = resolve(import.meta.dirname, '..');
const runtime = findElectron() as { path: string } | { missing: string };
const missing = 'missing' in runtime ? runtime.missing : null;
if (missing) console.log(`e2e/electron.spec.ts skipped: no Electron runtime here — ${missing}`);

/** A small driver in the style of Signal Desktop's test-mock: launch, wait for states, close. */
class DesktopApp {
  private constructor(
    readonly app: ElectronApplication,
    readonly window: Page,
    private readonly tmp: string,
  ) {}

  static async launch(): Promise<DesktopApp> {
    const tmp = mkdtempSync(join(tmpdir(), 'briefing-electron-'));
    const asRoot = process.getuid?.() === 0;
    const app = await electron.launch({
      executablePath: (runtime as { path: string }).path,
      args: [root, ...(asRoot ? ['--no-sandbox'] : [])],
      env: { ...process.env, BRIEFING_DATA_DIR: join(tmp, 'data'), BRIEFING_LIBRARY_DIR: join(tmp, 'library') },
    });
    const window = await app.firstWindow();
    return new DesktopApp(app, window, tmp);
  }

  async waitForLibrary(): Promise<void> {
    await expect(this.window.getByTestId('deck-entry').first()).toBeVisible();
  }

  async webPreferences(): Promise<Record<string, unknown>> {
    return this.app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents;
      // getLastWebPreferences is Electron's own record of what the window was created with.
      return (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    });
  }

  async close(): Promise<void> {
    await this.app.close();
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

test.describe('desktop app (Electron)', () => {
  test.skip(missing !== null, `no Electron runtime: ${missing}`);

  test('opens the library with the shipped decks, hardened', async () => {
    const desktop = await DesktopApp.launch();
    try {
      await desktop.waitForLibrary();
      expect(await desktop.window.title()).toContain('简报工坊');
      const prefs = await desktop.webPreferences();
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      // The page sees the named preload functions, never Node or ipcRenderer.
      const exposed = await desktop.window.evaluate(() => ({
        hasRequire: typeof (window as unknown as { require?: unknown }).require,
        domains: Object.keys((window as unknown as { briefing: object }).briefing).sort(),
      }));
      expect(exposed.hasRequire).toBe('undefined');
      expect(exposed.domains).toContain('library');
    } finally {
      await desktop.close();
    }
  });

  test('a Chinese PDF whose font is not embedded is read through the CMaps served over app://', async () => {
    const desktop = await DesktopApp.launch();
    try {
      await desktop.waitForLibrary();
      await dropFiles(desktop.window, [{ name: '通知.pdf', base64: Buffer.from(cidFontPdf()).toString('base64') }]);
      // Without them PDF.js finds no text in this file: the import stops with the no-text-layer message.
      await expect(desktop.window.getByTestId('review-title')).toHaveValue(CID_PDF_TITLE, { timeout: 60_000 });
      await expect(desktop.window.getByTestId('review-heading-input')).toHaveValue('一、压实安全责任。');
    } finally {
      await desktop.close();
    }
  });

  test('window.open and navigation to other sites are refused', async () => {
    const desktop = await DesktopApp.launch();
    try {
      await desktop.waitForLibrary();
      const before = desktop.app.windows().length;
      await desktop.window.evaluate(() => window.open('https://example.com'));
      await desktop.window.evaluate(() => (window.location.href = 'https://example.com'));
      await desktop.window.waitForTimeout(500);
      expect(desktop.app.windows().length).toBe(before);
      expect(desktop.window.url()).toMatch(/^app:\/\/bundle\//);
    } finally {
      await desktop.close();
    }
  });
});
