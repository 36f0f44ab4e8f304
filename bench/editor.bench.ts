/**
 * The editor on a 500-slide deck, in Chromium through the browser edition:
 *   editor.first_slide_ms     navigation start → the first slide shown on the canvas
 *   editor.keystroke_p95_ms   a character typed into a canvas title → the model-driven
 *                             re-render committed (the slide's thumbnail shows it), p95
 *   editor.heap_mb            JS heap after opening and typing, after a GC
 * The server runs in this process on a temporary user library; the renderer must be
 * built (npx electron-vite build). BENCH_RENDERER=<dir> serves another build instead
 * (compare a change with the build before it, back to back under the same load).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../src/node/services';
import { bigDeck } from './big-deck';
import { startWebServer } from '../src/server/server';
import { figure, type BenchFigure } from './harness';
import { CHROMIUM_ARGS } from '../src/node/chromium-flags';
import { rendererDir } from './renderer-dir';

const root = resolve(import.meta.dirname, '..');
const SLIDES = 500;
const KEYS = 120;


export default async function run(): Promise<BenchFigure[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const userDir = join(tmp, 'library');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'big.md'), bigDeck(SLIDES, '五百张幻灯片的演示稿'));
  const services = createServices({
    roots: { builtin: join(root, 'slides'), user: userDir },
    dataDir: join(tmp, 'data'),
    host: 'web',
    version: 'bench',
  });
  const server = await startWebServer({
    services,
    staticDir: rendererDir(),
    port: 0,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Recorded in the page, so Playwright's own round trips are not counted.
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await page.addInitScript(`
      window.__lat = [];
      window.__t0 = null;
      new MutationObserver(function () {
        var t = document.querySelector('[data-testid=canvas] section.present');
        if (window.__firstSlide === undefined && t && t.textContent.trim() !== '') window.__firstSlide = performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
      document.addEventListener('beforeinput', function () { window.__t0 = performance.now(); }, true);
    `);
    // Warm the HTTP cache the way a desktop app has its files on disk, then measure a fresh load.
    await page.goto(server.url);
    await page.goto(server.url.replace('/?', '/?warm=1&') + '#/deck/user/big.md');
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __firstSlide?: number }).__firstSlide !== undefined,
      null,
      { timeout: 60_000 },
    );
    const firstSlide = await page.evaluate(
      () => (window as unknown as { __firstSlide: number }).__firstSlide,
    );

    // Type into the title of a slide in the middle of the deck.
    await page.locator('[data-testid=slide-row]').first().waitFor({ timeout: 60_000 });
    // Scroll the virtualised list so row 250 is rendered (rows have one fixed height).
    await page.evaluate(`
      var list = document.querySelector('[data-testid=slide-list]');
      list.scrollTop = 250 * document.querySelector('[data-testid=slide-row]').getBoundingClientRect().height;
    `);
    await page.locator('[data-testid=slide-row][data-index="250"]').click();
    const title = page.locator('[data-testid=canvas] [data-testid=canvas-title]');
    await title.click();
    await page.waitForTimeout(500);
    await page.keyboard.press('End');
    await page.evaluate(`
      window.__obs = new MutationObserver(function () {
        if (window.__t0 !== null) {
          window.__lat.push(performance.now() - window.__t0);
          window.__t0 = null;
        }
      });
      window.__obs.observe(document.querySelector('[data-testid=slide-row][data-index="250"]'), { subtree: true, childList: true, characterData: true });
    `);
    const text = '坚持稳中求进以进促稳先立后破持续提升经济运行质效';
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.type(text[i % text.length]!);
      await page.waitForTimeout(15);
    }
    await page.waitForTimeout(300);
    const lat = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).sort(
      (a, b) => a - b,
    );
    const p95 = lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.95))] ?? NaN;
    const median = lat[Math.floor(lat.length / 2)] ?? NaN;
    // Shared build machines are often busy: say how busy, so a figure can be read against it.
    const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
    const cpus = (await import('node:os')).cpus().length;

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;

    return [
      figure(
        'editor.first_slide_ms',
        firstSlide,
        'ms',
        '<= 500',
        `${SLIDES} slides, navigation start to the first slide on the canvas`,
      ),
      figure(
        'editor.keystroke_p95_ms',
        p95,
        'ms',
        '<= 8',
        `${lat.length} keys typed into a canvas title; beforeinput to the model-driven re-render committed (the slide's thumbnail shows the key); median ${median.toFixed(1)} ms; load ${load} on ${cpus} CPUs`,
      ),
      figure(
        'editor.heap_mb',
        heap,
        'MB',
        '< 200',
        'JSHeapUsedSize after a GC, deck open and edited',
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
