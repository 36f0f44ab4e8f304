/**
 * The browser edition's 'export/pdf' and 'export/html' operations, as the export
 * dialog calls them: deck text in, base64 bytes out, through the real server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { presentDeckText, TITLES } from './present-deck';

test('export/pdf returns one page per slide; export/html a standalone deck', async ({ app, page }) => {
  await app.open(page);
  const call = (op: string, arg: unknown) =>
    page.evaluate(
      async ([op, arg]) => {
        const res = await fetch(`/api/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': sessionStorage.getItem('briefing-token') ?? '' },
          body: JSON.stringify([arg]),
        });
        return (await res.json()) as { ok: boolean; value: { base64: string; pages: number | null } };
      },
      [op, arg] as const,
    );
  const pdf = await call('export/pdf', { text: presentDeckText(), variant: 'slides' });
  expect(pdf.ok).toBe(true);
  expect(pdf.value.pages).toBe(TITLES.length);
  expect(Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  const notes = await call('export/pdf', { text: presentDeckText(), variant: 'notes' });
  expect(notes.value.pages).toBe(TITLES.length);
  const html = await call('export/html', { text: presentDeckText('deep-blue') });
  const doc = Buffer.from(html.value.base64, 'base64').toString('utf8');
  expect(doc).toContain('deck-theme-deep-blue');
  // Titles carry <wbr> break points between words (render/title-breaks.ts).
  // (inside the deck's JSON, "<" is written \u003c so no tag can close the script).
  expect(doc.replace(/(?:<|\\u003c)wbr>/g, '')).toContain(TITLES[2]);
  // With the deck's library ref, its pictures travel inside the exported file.
  mkdirSync(join(app.userDir, 'study.assets'), { recursive: true });
  writeFileSync(join(app.userDir, 'study.assets', 'map.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
  const withPicture = presentDeckText().replace('- 坚持稳中求进', '![地图](study.assets/map.png)\n\n- 坚持稳中求进');
  writeFileSync(join(app.userDir, 'study.md'), withPicture);
  const pictured = await call('export/html', { text: withPicture, ref: { root: 'user', path: 'study.md' } });
  expect(Buffer.from(pictured.value.base64, 'base64').toString('utf8')).toContain('data:image/png;base64,iVBORw0KGgo');
  // Presenter windows are the browser's own business in this edition.
  const refused = await call('present/openPresenter', { ref: { root: 'user', path: 'a.md' }, indexh: 0 });
  expect(refused.ok).toBe(false);
});
