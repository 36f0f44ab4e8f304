/**
 * Deck files render unchanged in reveal.js's own markdown plugin (dist/plugin/markdown.js
 * from node_modules, in Chromium): the same slides, titles, layouts and data-source,
 * notes in aside.notes and never on the visible slide, emphasis as <em>/<strong> with
 * no stray Markdown. The app strips the YAML front matter and hands reveal.js the body;
 * this test does the same, so the front matter is never a slide.
 *
 * It also screenshots every slide of the shipped decks at 1280×720 with reveal's plain
 * white theme into test-results/deck-slides/ for checking by eye, and fails if a slide's
 * content is taller than the slide.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDeck, splitFrontMatter } from '../src/core/deck/deck-markdown';
import { plainText } from '../src/core/deck/text-coverage';
import { getAttr, getLayout } from '../src/core/deck/slide-attrs';
import { slideTitle } from '../src/core/deck/operations';

const root = resolve(import.meta.dirname, '..');
const reveal = join(root, 'node_modules/reveal.js/dist');
const slidesDir = join(root, 'slides');
const shipped = readdirSync(slidesDir).filter((f) => f.endsWith('.md')).sort();
const handWritten = join(root, 'test/fixtures/decks/hand-written.md');

const noSpace = (s: string) => s.replace(/\s+/g, '');
// Rendering ~45 slides twice in Chromium is slow on a busy build machine.
test.describe.configure({ timeout: 180_000 });

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Rendered {
  className: string;
  source: string | null;
  heading: string | null;
  visible: string;
  notes: string | null;
  notesShown: boolean;
  ems: string[];
  strongs: string[];
  height: number;
}

/** Load a deck body into reveal.js + its markdown plugin; separator attributes optional. */
/**
 * 'app': what the app's viewer sets (the plugin's default slide separator, notes at
 * "^Note:"). 'strict': the anchored separator some set-ups use, which needs the blank
 * lines around `---` that the serializer writes.
 */
async function render(page: Page, body: string, mode: 'app' | 'strict'): Promise<Rendered[]> {
  const attrs = (mode === 'strict' ? ' data-separator="^\\r?\\n---\\r?\\n$"' : '') + ' data-separator-notes="^Note:"';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <style>${readFileSync(join(reveal, 'reset.css'), 'utf8')}</style>
    <style>${readFileSync(join(reveal, 'reveal.css'), 'utf8')}</style>
    <style>${readFileSync(join(reveal, 'theme/white.css'), 'utf8')}</style>
    <style>.reveal { font-family: "Noto Sans CJK SC", sans-serif; }
      .reveal h1, .reveal h2 { font-family: "Noto Serif CJK SC", serif; text-transform: none; }
      .reveal em { font-style: normal; color: #b71c1c; } .reveal ul { display: block; }</style>
    </head><body><div class="reveal"><div class="slides">
    <section data-markdown${attrs}><textarea data-template>${escapeHtml(body)}</textarea></section>
    </div></div></body></html>`,
  );
  await page.addScriptTag({ content: readFileSync(join(reveal, 'reveal.js'), 'utf8') });
  await page.addScriptTag({ content: readFileSync(join(reveal, 'plugin/markdown.js'), 'utf8') });
  await page.evaluate(async () => {
    const w = window as unknown as { Reveal: { initialize(o: object): Promise<void> }; RevealMarkdown: unknown };
    await w.Reveal.initialize({ plugins: [w.RevealMarkdown], hash: false, width: 1280, height: 720, margin: 0.04, transition: 'none', controls: false, progress: false });
  });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((s) => {
      const clone = s.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('aside.notes').forEach((a) => a.remove());
      return {
        className: s.className,
        source: s.getAttribute('data-source'),
        heading: s.querySelector('h1, h2, h3')?.textContent ?? null,
        visible: clone.textContent ?? '',
        notes: s.querySelector('aside.notes')?.textContent ?? null,
        notesShown: [...s.querySelectorAll('aside.notes')].some((a) => getComputedStyle(a).display !== 'none'),
        ems: [...s.querySelectorAll('em')].map((e) => e.textContent ?? ''),
        strongs: [...s.querySelectorAll('strong')].map((e) => e.textContent ?? ''),
        height: s.scrollHeight,
      };
    }),
  );
}

for (const file of shipped) {
  test(`${file}: front matter stripped by the app, body renders unchanged in reveal.js's markdown plugin`, async ({ page }) => {
    const text = readFileSync(join(slidesDir, file), 'utf8');
    const { deck, diagnostics } = parseDeck(text);
    expect(diagnostics).toEqual([]);
    const body = splitFrontMatter(text).body;
    const slides = await render(page, body, 'app');

    expect(slides).toHaveLength(deck.slides.length);
    deck.slides.forEach((model, i) => {
      const r = slides[i]!;
      const title = slideTitle(model);
      if (title !== null) expect(r.heading, `slide ${i + 1} title`).toBe(plainText(title));
      expect(r.className.split(/\s+/)).toContain(getLayout(model));
      expect(r.source).toBe(getAttr(model, 'data-source') ?? null);
      // Markdown syntax never shows: no asterisks, no separators, no Note: line.
      expect(r.visible, `slide ${i + 1}`).not.toMatch(/\*|^---$|Note:/mu);
      if (model.notes !== null) {
        expect(r.notes?.trim()).toBe(plainText(model.notes).trim());
        expect(r.notesShown).toBe(false);
        expect(noSpace(r.visible)).not.toContain(noSpace(plainText(model.notes)));
      } else expect(r.notes).toBeNull();
    });
    const ems = slides.flatMap((s) => s.ems);
    const strongs = slides.flatMap((s) => s.strongs);
    expect(ems.length).toBeGreaterThan(0);
    if (file.includes('武进国家高新区')) {
      expect(strongs).toEqual(expect.arrayContaining(['约5000亩', '30万平方米', '1500套']));
    } else {
      expect(ems).toEqual(expect.arrayContaining(['拿地即开工', '一园一湾一谷一舱']));
    }

    // The stricter anchored separator splits the generated file the same way.
    const strict = await render(page, body, 'strict');
    expect(strict.map((s) => s.heading)).toEqual(slides.map((s) => s.heading));
    expect(strict.map((s) => s.notes)).toEqual(slides.map((s) => s.notes));
  });
}

test('hand-written deck: unknown attributes reach the <section>, raw HTML renders, notes stay notes', async ({ page }) => {
  const text = readFileSync(handWritten, 'utf8');
  const { deck } = parseDeck(text);
  const slides = await render(page, splitFrontMatter(text).body, 'app');
  expect(slides).toHaveLength(deck.slides.length);
  expect(slides.at(-1)!.notes?.trim()).toBe(deck.slides.at(-1)!.notes);
  expect(slides[0]!.className).toContain('cover');
  expect(await page.locator('.reveal .slides > section').first().getAttribute('data-transition')).toBe('zoom');
  expect(await page.locator('.reveal .slides > section').nth(1).getAttribute('data-auto-animate')).not.toBeNull();
  expect(await page.locator('.reveal .slides > section').first().locator('div.logo img').count()).toBe(1);
  expect(slides[1]!.notes).toContain('讲这一页时先说背景');
  expect(slides[1]!.visible).not.toContain('讲这一页时先说背景');
  expect(slides[1]!.strongs).toContain('30万平方米');
  expect(slides[1]!.ems).toContain('拿地即开工');
});

test('every shipped slide fits 1280×720 (screenshots in test-results/deck-slides/)', async ({ page }) => {
  const out = join(root, 'test-results', 'deck-slides');
  mkdirSync(out, { recursive: true });
  for (const file of shipped) {
    const slides = await render(page, splitFrontMatter(readFileSync(join(slidesDir, file), 'utf8')).body, 'app');
    for (let i = 0; i < slides.length; i++) {
      await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), i);
      await page.waitForTimeout(50);
      await page.screenshot({ path: join(out, `${file.replace(/\.md$/, '')}-${String(i + 1).padStart(2, '0')}.png`) });
      expect(slides[i]!.height, `${file} slide ${i + 1} is taller than the slide`).toBeLessThanOrEqual(720);
    }
  }
});
