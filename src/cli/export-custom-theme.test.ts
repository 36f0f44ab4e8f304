/**
 * `briefing export` of a deck in the unit's own theme: the theme is read from the
 * app's data folder (BRIEFING_DATA_DIR here) and carried into pptx and HTML; where
 * the folder has none, the deck is exported in the default theme with a warning.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { exportDeckFile } from './export-command';
import { registerPresentFormats } from './export-present-formats';
import { STARTER_THEME, pictureDataUrl } from '../core/theme/custom-theme';
import { CUSTOM_THEME_FILE } from '../node/custom-theme-store';

const logoBytes = readFileSync(join(import.meta.dirname, '../../test/fixtures/theme/logo.png'));
const logo = pictureDataUrl(new Uint8Array(logoBytes), 'logo');
let dir: string;
const saved = process.env.BRIEFING_DATA_DIR;
beforeAll(() => {
  registerPresentFormats();
  dir = mkdtempSync(join(tmpdir(), 'briefing-cli-theme-'));
  process.env.BRIEFING_DATA_DIR = join(dir, 'data');
  writeFileSync(join(dir, 'd.md'), '---\ntitle: 本单位主题\ntheme: custom\n---\n\n<!-- .slide: class="cover" -->\n# 本单位主题\n\n---\n\n## 一页\n\n- 要点\n');
});
afterAll(() => {
  if (saved === undefined) delete process.env.BRIEFING_DATA_DIR;
  else process.env.BRIEFING_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('briefing export of a deck in the unit’s theme', () => {
  it('without the theme on this machine: the default theme, and a warning', async () => {
    const warn = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const r = await exportDeckFile(join(dir, 'd.md'), { to: 'html', out: join(dir, 'a.html') });
    expect(readFileSync(r.path, 'utf8')).toContain('deck-theme deck-theme-party-red');
    expect(warn.mock.calls.map((c) => String(c[0])).join('')).toContain('本机尚未设置');
    warn.mockRestore();
  });

  it('with the theme in the data folder: HTML and pptx carry it and its logo', async () => {
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', CUSTOM_THEME_FILE), JSON.stringify({ ...STARTER_THEME, logo }));
    const html = readFileSync((await exportDeckFile(join(dir, 'd.md'), { to: 'html', out: join(dir, 'b.html') })).path, 'utf8');
    expect(html).toContain('deck-theme deck-theme-custom');
    expect(html).toContain(logo.slice(0, 120));
    const pptx = await JSZip.loadAsync(readFileSync((await exportDeckFile(join(dir, 'd.md'), { to: 'pptx', out: join(dir, 'c.pptx') })).path));
    const media = await Promise.all(Object.keys(pptx.files).filter((n) => n.startsWith('ppt/media/') && !pptx.files[n]!.dir).map((n) => pptx.file(n)!.async('nodebuffer')));
    expect(media.some((m) => m.equals(logoBytes))).toBe(true);
  });
});
