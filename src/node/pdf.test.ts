/**
 * PDF of the decks that ship in slides/, through headless Chromium: one page per
 * slide at 16:9, the Chinese titles findable as text (so fonts are embedded with
 * Unicode maps), and the notes variant carrying the notes. Needs a Chromium and
 * poppler-utils; says so and skips where either is missing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseDeck, plainText, slideTitle } from '../core/deck';
import { deckToPdf, launchChromium } from './pdf';
import { loadPresentAssets } from './present-assets';
import { hasPoppler } from './office-render';
import { pdfPageCount } from './present-service';

const slidesDir = resolve(import.meta.dirname, '../../slides');
const decks = readdirSync(slidesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ name: f, deck: parseDeck(readFileSync(join(slidesDir, f), 'utf8')).deck }));
const squash = (s: string) => s.replace(/\s+/g, '');

function pdfinfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Number(size[1]), height: Number(size[2]) };
}

describe.skipIf(!hasPoppler())('deck → PDF (headless Chromium)', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-test-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('there are shipped decks to test with', () => {
    expect(decks.length).toBeGreaterThan(0);
  });

  for (const { name, deck } of decks) {
    it(`${name}: one 16:9 page per slide, every Chinese title found by pdftotext`, async () => {
      const bytes = await deckToPdf(deck, await loadPresentAssets(), { browser });
      const file = join(dir, name.replace(/\.md$/, '.pdf'));
      writeFileSync(file, bytes);
      const info = pdfinfo(file);
      expect(info.pages).toBe(deck.slides.length);
      expect(pdfPageCount(bytes)).toBe(deck.slides.length);
      expect(info.width / info.height).toBeCloseTo(16 / 9, 2);
      const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
      const titles = deck.slides.map((s) => slideTitle(s)).filter((t): t is string => !!t);
      expect(titles.length).toBeGreaterThan(0);
      for (const t of titles) expect(text, t).toContain(squash(plainText(t)));
      // Slides only: no speaker notes in this PDF. Bullets quote the notes but end
      // without "。", so a sentence end inside the notes ("……质效。优化……") is notes-only text.
      const notesOnly = deck.slides.map((s) => /[^\s。]{6}。[^\s”」。]{6}/u.exec(squash(s.notes ?? ''))?.[0]).find(Boolean);
      expect(notesOnly).toBeDefined();
      expect(text).not.toContain(notesOnly);
    });
  }

  it('the notes variant: one notes page per slide, with the notes text', async () => {
    const { name, deck } = decks[0]!;
    const bytes = await deckToPdf(deck, await loadPresentAssets(), { browser, variant: 'notes' });
    const file = join(dir, name.replace(/\.md$/, '-notes.pdf'));
    writeFileSync(file, bytes);
    const info = pdfinfo(file);
    expect(info.pages).toBe(deck.slides.length);
    expect(info.height).toBeGreaterThan(info.width); // portrait notes pages
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    const withNotes = deck.slides.filter((s) => s.notes);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const s of withNotes) expect(text).toContain(squash(plainText(s.notes!)).slice(0, 20));
  });
});

