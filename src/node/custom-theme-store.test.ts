/**
 * The unit's own theme through the host (dispatch over the real services): kept in
 * the data folder, read back, refused with a typed bilingual error when a picture is
 * not what it claims, and carried into the standalone HTML export — or, where it is
 * missing, the deck exported in the default theme.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../core/dispatch';
import { createServices } from './services';
import { STARTER_THEME, pictureDataUrl, type CustomTheme } from '../core/theme/custom-theme';
import { CUSTOM_THEME_FILE } from './custom-theme-store';

const tmp = mkdtempSync(join(tmpdir(), 'custom-theme-'));
const dataDir = join(tmp, 'data');
const services = createServices({ roots: { builtin: join(tmp, 'b'), user: join(tmp, 'u') }, dataDir, host: 'web', version: 't' });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const logo = pictureDataUrl(new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/theme/logo.png'))), 'logo');
const theme: CustomTheme = { ...STARTER_THEME, name: '区委办', colors: { ...STARTER_THEME.colors, accent: '#0b4f8a' }, logo };
const deckText = '---\ntitle: 学习\ntheme: custom\n---\n\n<!-- .slide: class="cover" -->\n# 学习\n\n---\n\n## 一页\n\n- 要点\n';
const html = async () => {
  const r = await dispatch(services, 'export/html', [{ text: deckText }]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return Buffer.from((r.value as { base64: string }).base64, 'base64').toString('utf8');
};

describe('the unit’s own theme through the host', () => {
  it('none at first: a custom deck exports in the default theme', async () => {
    expect(await dispatch(services, 'theme/get', [])).toEqual({ ok: true, value: null });
    const page = await html();
    expect(page).toContain('class="deck-theme deck-theme-party-red');
    expect(page).not.toContain(logo.slice(0, 80));
  });

  it('kept in the data folder and read back; the HTML export carries its colours and logo', async () => {
    expect(await dispatch(services, 'theme/set', [theme])).toEqual({ ok: true, value: theme });
    expect(JSON.parse(readFileSync(join(dataDir, CUSTOM_THEME_FILE), 'utf8'))).toEqual(theme);
    expect(await dispatch(services, 'theme/get', [])).toEqual({ ok: true, value: theme });
    const page = await html();
    expect(page).toContain('class="deck-theme deck-theme-custom');
    expect(page).toContain('--accent: #0b4f8a;');
    expect(page).toContain(logo.slice(0, 80));
  });

  it('a picture that is not the PNG it claims: typed error in both languages, the kept theme unchanged', async () => {
    const bad = { ...theme, logo: `data:image/png;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}` };
    const r = await dispatch(services, 'theme/set', [bad]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('THEME_PICTURE_TYPE');
    expect(r.error.message.zh).toContain('不是 PNG 或 JPEG');
    expect(r.error.message.en).toContain('not a PNG or JPEG');
    expect(await dispatch(services, 'theme/get', [])).toEqual({ ok: true, value: theme });
  });

  it('an SVG data: URL or an oversized picture is refused at the edge (BAD_ARGS)', async () => {
    const svg = await dispatch(services, 'theme/set', [{ ...theme, logo: 'data:image/svg+xml;base64,PHN2Zy8+' }]);
    expect(svg.ok || svg.error.code).toBe('BAD_ARGS');
    const huge = await dispatch(services, 'theme/set', [{ ...theme, logo: `data:image/png;base64,${'A'.repeat(2 * 1024 * 1024)}` }]);
    expect(huge.ok || huge.error.code).toBe('BAD_ARGS');
  });

  it('a file damaged by hand reads as no theme; remove deletes it', async () => {
    writeFileSync(join(dataDir, CUSTOM_THEME_FILE), '{"name": 1');
    expect(await dispatch(services, 'theme/get', [])).toEqual({ ok: true, value: null });
    await dispatch(services, 'theme/set', [theme]);
    expect(await dispatch(services, 'theme/remove', [])).toEqual({ ok: true, value: null });
    expect(await dispatch(services, 'theme/get', [])).toEqual({ ok: true, value: null });
  });
});
