/**
 * The standalone HTML deck, opened straight from disk (file://, no server, no
 * network): it presents, keeps notes off the slides, and reveal.js's speaker
 * view (S) shows the notes and follows the slides.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDeck } from '../src/core/deck';
import { buildHtmlDeck } from '../src/core/export/html-deck';
import { loadPresentAssets } from '../src/node/present-assets';
import { NOTES, TITLES, presentDeckText } from './present-deck';

let dir: string;
let fileUrl: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-html-'));
  const html = buildHtmlDeck(parseDeck(presentDeckText('deep-blue')).deck, await loadPresentAssets());
  const file = join(dir, '学习会放映测试.html');
  writeFileSync(file, html);
  fileUrl = pathToFileURL(file).href;
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the exported HTML presents from file:// with no network, notes hidden from the slides', async ({ page }) => {
  const remote: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|about|blob):/.test(r.url())) remote.push(r.url());
  });
  await page.goto(fileUrl);
  const current = page.locator('.reveal .slides > section.present');
  await expect(current).toContainText(TITLES[0]);
  await expect(page.locator('body.deck-theme-deep-blue')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText(TITLES[2]);
  // The notes travel in the file (for the speaker view) but are not shown on the slide.
  await expect(current.locator('aside.notes')).toBeHidden();
  await expect(page.getByText(NOTES[2]!)).toBeHidden();
  expect(remote).toEqual([]);
});

test('its speaker view (S) shows the notes and follows the slides', async ({ page, context }, info) => {
  await page.goto(fileUrl);
  const current = page.locator('.reveal .slides > section.present');
  await expect(current).toContainText(TITLES[0]);
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText(TITLES[1]);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const notes = speaker.locator('.speaker-controls-notes');
  await expect(notes).toContainText(NOTES[1]!, { timeout: 15_000 });
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText(TITLES[2]);
  await expect(notes).toContainText(NOTES[2]!);
  // The speaker view's own preview of the current slide is this same file, shown in a frame.
  const frame = speaker.frameLocator('.speaker-controls-current iframe, #current-slide iframe').first();
  await expect(frame.locator('.reveal .slides > section.present')).toContainText(TITLES[2]);
  await speaker.screenshot({ path: info.outputPath('speaker-view.png') });
});
