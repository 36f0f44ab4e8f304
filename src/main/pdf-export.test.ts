/**
 * Electron's PDF export with the electron module stubbed: the page it prints is
 * the deck's print page (notes only in the notes variant), the hidden window is
 * sandboxed in its own session that loads that one file and nothing else, and
 * printToPDF is asked for landscape 16:9 pages.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const state = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; url: string | null; html: string; print: ReturnType<typeof vi.fn>; destroyed: boolean }>,
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  partitions: [] as string[],
  pages: 3,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    url: string | null = null;
    html = '';
    destroyed = false;
    print = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4\n' + '<< /Type /Page >>\n'.repeat(state.pages) + '<< /Type /Pages >>'));
    webContents = {
      executeJavaScript: async () => true,
      printToPDF: (o: unknown) => this.print(o),
    };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    async loadURL(u: string) {
      this.url = u;
      // Read the page while it exists: the exporter removes its temporary folder afterwards.
      this.html = readFileSync(fileURLToPath(u), 'utf8');
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: (name: string) => {
        state.partitions.push(name);
        return {
          name,
          setPermissionRequestHandler: vi.fn(),
          webRequest: { onBeforeRequest: (h: typeof state.beforeRequest) => (state.beforeRequest = h) },
        };
      },
    },
  };
});

const { electronPdfExport: exportWith, printOptions } = await import('./pdf-export');
const { renderInline } = await import('../node/deck-render');

const assets = async () => ({
  revealJs: '/*reveal*/',
  revealCss: '',
  notesJs: '/*notes-plugin*/',
  purifyJs: '/*purify*/',
  baseCss: '',
  themeCss: {},
});
const electronPdfExport = () => exportWith({ render: async (req, images, job) => renderInline(req, images, job, await assets()) });
const text = `---\ntitle: 以实干为民谋福\ntheme: party-red\n---\n\n# 以实干为民谋福\n\n---\n\n## 提升贡献度\n\nNote:\n讲稿正文甲。\n\n---\n\n## 第三张\n`;

beforeEach(() => {
  state.windows.length = 0;
  state.partitions.length = 0;
  state.beforeRequest = null;
});

describe('electron PDF export', () => {
  it('prints landscape 16:9 pages with backgrounds and the page-defined size', () => {
    const o = printOptions('slides');
    expect(o.landscape).toBe(true);
    const size = o.pageSize as { width: number; height: number };
    expect(Math.max(size.width, size.height) / Math.min(size.width, size.height)).toBeCloseTo(16 / 9, 5);
    expect(o).toMatchObject({ printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(printOptions('notes').landscape).toBe(false);
  });

  it('renders the deck in a hidden sandboxed window of its own session and returns the PDF', async () => {
    const res = await electronPdfExport()({ text, variant: 'slides' });
    const win = state.windows[0]!;
    expect(win.print).toHaveBeenCalledWith(printOptions('slides'));
    expect(Buffer.from(res.base64, 'base64').toString('latin1')).toMatch(/^%PDF/);
    expect(res.pages).toBe(3);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(win.options.show).toBe(false);
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBeUndefined();
    expect((prefs.session as { name: string }).name).toBe(state.partitions[0]);
    // The page: the print view of this deck, slides only.
    expect(win.html).toContain('以实干为民谋福');
    expect(win.html).toContain('var mode = "print"');
    expect(win.html).not.toContain('讲稿正文甲');
    expect(win.html).not.toContain('notes-plugin');
    // The session loads the page's own file and nothing from a network.
    const allow = (url: string) => new Promise<boolean>((r) => state.beforeRequest!({ url }, (x) => r(!x.cancel)));
    expect(await allow(win.url!)).toBe(true);
    expect(await allow('https://fonts.example.com/a.woff2')).toBe(false);
    expect(await allow('file:///etc/passwd')).toBe(false);
    // Cleaned up: window destroyed, temporary page removed.
    expect(win.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win.url!))).toBe(false);
  });

  it('the notes variant prints the notes and uses portrait notes pages', async () => {
    await electronPdfExport()({ text, variant: 'notes' });
    const win = state.windows[0]!;
    expect(win.html).toContain('讲稿正文甲');
    expect(win.print).toHaveBeenCalledWith(printOptions('notes'));
  });
});
