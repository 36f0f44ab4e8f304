/**
 * A long import through the app, in Chromium on the built browser edition: the
 * sample article fifty times (448 KB, a hundred articles).
 *   app.import_review_ms   the file dropped → the review of all hundred articles on screen
 *   app.generate100_s      Generate clicked → all hundred decks saved and the first open in the editor
 * The server runs in this process on a temporary library; build the renderer first
 * (npx electron-vite build).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../src/node/services';
import { startWebServer } from '../src/server/server';
import { CHROMIUM_ARGS } from '../src/node/chromium-flags';
import { figure, type BenchFigure } from './harness';

const root = resolve(import.meta.dirname, '..');

export default async function run(): Promise<BenchFigure[]> {
  const one = readFileSync(join(root, 'test/fixtures/articles/wujin-articles.txt'), 'utf8');
  const text = Array.from({ length: 50 }, () => one.trimEnd() + '\n').join('\n');
  const tmp = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const userDir = join(tmp, 'library');
  const services = createServices({ roots: { builtin: join(root, 'slides'), user: userDir }, dataDir: join(tmp, 'data'), host: 'web', version: 'bench' });
  const server = await startWebServer({ services, staticDir: join(root, 'out', 'renderer'), port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.getByTestId('import-button').waitFor();
    // Timed in the page from the drop to the frame where the hundredth article header exists.
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    await page.evaluate((t) => void ((window as unknown as { __text: string }).__text = t), text);
    const reviewMs = (await page.evaluate(`new Promise(function (done) {
      var dt = new DataTransfer();
      dt.items.add(new File([window.__text], 'fifty.txt', { type: 'text/plain' }));
      var t0 = performance.now();
      function check() {
        if (document.querySelectorAll('[data-testid=review-article]').length === 100) done(performance.now() - t0);
        else requestAnimationFrame(check);
      }
      var target = document.querySelector('main');
      ['dragenter', 'dragover', 'drop'].forEach(function (type) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      });
      requestAnimationFrame(check);
    })`)) as number;
    const t0 = Date.now();
    await page.getByTestId('review-generate').click();
    await page.locator('[data-testid=canvas] .reveal .slides section.present').waitFor({ timeout: 300_000 });
    const genS = (Date.now() - t0) / 1000;
    const saved = readdirSync(userDir).filter((f) => f.endsWith('.md')).length;
    return [
      figure('app.import_review_ms', reviewMs, 'ms', '< 1000', '448 KB text, 100 articles: drop → review on screen'),
      figure('app.generate100_s', genS, 's', '< 10', `Generate → ${saved} decks saved, first deck open`),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
