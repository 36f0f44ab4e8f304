/**
 * The app's first screen, in Chromium on the built browser edition (npx electron-vite build):
 *   app.first_screen_kb    JavaScript the library screen loads: every script resource the page
 *                          fetched (entry chunk, its static imports, anything loaded lazily on the
 *                          way) by the time the library list is on screen and the page is idle,
 *                          as the browser reports it (Resource Timing decodedBodySize, uncompressed)
 *   app.library_ready_ms   navigation start → the library's deck list on screen
 * The HTTP cache is warmed first, the way a desktop app has its files on disk.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../src/node/services';
import { startWebServer } from '../src/server/server';
import { CHROMIUM_ARGS } from '../src/node/chromium-flags';
import { figure, type BenchFigure } from './harness';

const root = resolve(import.meta.dirname, '..');
const RUNS = 7;

export default async function run(): Promise<BenchFigure[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'briefing-bench-app-'));
  const userDir = join(tmp, 'library');
  mkdirSync(userDir, { recursive: true });
  const services = createServices({ roots: { builtin: join(root, 'slides'), user: userDir }, dataDir: join(tmp, 'data'), host: 'web', version: 'bench' });
  const server = await startWebServer({ services, staticDir: join(root, 'out', 'renderer'), port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await page.addInitScript(`
      new MutationObserver(function () {
        if (window.__ready === undefined && document.querySelector('[data-testid=deck-entry]')) window.__ready = performance.now();
      }).observe(document, { subtree: true, childList: true });
    `);
    await page.goto(server.url);
    await page.getByTestId('deck-entry').first().waitFor({ timeout: 60_000 });
    const ready: number[] = [];
    let scripts: { name: string; size: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, { timeout: 60_000 });
      ready.push(await page.evaluate(() => (window as unknown as { __ready: number }).__ready));
      // Whatever the library screen loads on its own once shown counts too.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      scripts = (await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.m?js(\?|$)/.test(e.name))
          .map((e) => ({ name: e.name.replace(/^.*\//, ''), size: (e as PerformanceResourceTiming).decodedBodySize })),
      )) as { name: string; size: number }[];
    }
    ready.sort((a, b) => a - b);
    const kb = scripts.reduce((s, x) => s + x.size, 0) / 1024;
    const biggest = [...scripts].sort((a, b) => b.size - a.size).slice(0, 4).map((s) => `${s.name} ${Math.round(s.size / 1024)} KB`);
    const load = `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
    return [
      figure('app.first_screen_kb', kb, 'KB', '< 1536', `${scripts.length} scripts loaded by the library screen; largest: ${biggest.join(', ')}`),
      figure('app.library_ready_ms', ready[Math.floor(ready.length / 2)]!, 'ms', '< 1000', `navigation start → deck list shown, median of ${RUNS} warm reloads (max ${Math.round(ready[ready.length - 1]!)} ms); ${load}`),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
