/**
 * 党政红's sunburst as LibreOffice Impress draws the exported pptx: along a line
 * across the lower cover, rays (white at 5% over the red: green channel ≈ 13)
 * alternate with the bare red (green ≈ 0), as in the editor. Content pages have
 * none. Skipped, with the reason, where Impress or poppler is missing.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../core/deck';
import { exportPptx } from '../core/export/pptx-deck';
import { hasImpress, hasPoppler, officeToPdf } from './office-render';

const run = promisify(execFile);
const skipReason = !hasImpress() ? 'LibreOffice Impress is not installed' : !hasPoppler() ? 'poppler-utils is not installed' : null;
if (skipReason) console.warn(`pptx rays render test skipped: ${skipReason}`);

/** A binary PPM (P6, as pdftoppm writes it) → width, height, RGB bytes. */
function readPpm(bytes: Buffer): { width: number; height: number; rgb: Buffer } {
  const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  return { width: Number(head[1]), height: Number(head[2]), rgb: bytes.subarray(head[0].length) };
}

/** Runs of lit (ray) and unlit pixels along row y between 10% and 90% of the width, by the green channel. */
function rayRuns(img: ReturnType<typeof readPpm>, y: number): { lit: number; runs: number } {
  let lit = 0;
  let runs = 0;
  let prev: boolean | null = null;
  for (let x = Math.round(img.width * 0.1); x < img.width * 0.9; x++) {
    const g = img.rgb[(y * img.width + x) * 3 + 1]!;
    if (g > 4 && g < 8) continue; // an anti-aliased edge
    const on = g >= 8;
    if (on) lit++;
    if (on !== prev) runs++;
    prev = on;
  }
  return { lit, runs };
}

describe.skipIf(skipReason !== null)('党政红 sunburst in PowerPoint, as rendered', () => {
  it('the cover shows rays alternating with the red; a content page shows none', async () => {
    const deck = parseDeck(readFileSync(new URL('../../test/fixtures/decks/layouts.md', import.meta.url), 'utf8')).deck;
    deck.meta.theme = 'party-red';
    const pdf = await officeToPdf(await exportPptx(deck), 'pptx');
    try {
      await run('pdftoppm', ['-r', '30', '-f', '1', '-l', '4', '-aaVector', 'no', pdf.pdfPath, join(pdf.dir, 'p')]);
      const page = (n: number) => readPpm(readFileSync(join(pdf.dir, `p-${n}.ppm`)));
      const cover = page(1);
      const { lit, runs } = rayRuns(cover, Math.round(cover.height * 0.88));
      const width = cover.width * 0.8;
      // 4° on, 4° off from a point 20% above the page: a dozen rays across the middle 80%.
      expect(runs).toBeGreaterThanOrEqual(16);
      expect(lit / width).toBeGreaterThan(0.3);
      expect(lit / width).toBeLessThan(0.7);
      const content = page(4);
      expect(rayRuns(content, Math.round(content.height * 0.88)).runs).toBeLessThanOrEqual(1);
    } finally {
      await pdf.cleanup();
    }
  }, 120_000);
});
