/**
 * The slide design as an audience sees it, in the real print/present page (the same
 * HTML the PDF export prints):
 *  - per theme, one screenshot of every layout of the layouts fixture (a contact
 *    sheet: cover, contents, divider, content, quote, 数说, picture + text,
 *    two-column, closing) compared with a committed baseline, plus one 4:3 page;
 *  - over the shipped decks, the fixture decks and decks generated from the article
 *    fixtures, in every theme: no slide spills out of its page or into its footer,
 *    no text below WCAG AA contrast on what is behind it, and no title line holding
 *    only one or two characters.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArticleBytes } from '../src/core/article/index';
import { generateDeck, parseDeck, THEMES, type Deck, type ThemeName } from '../src/core/deck';
import { buildHtmlDeck } from '../src/core/export/html-deck';
import { loadPresentAssets } from '../src/node/present-assets';
import { slidePicturePng } from '../test/fixtures/export/slide-picture';

const root = fileURLToPath(new URL('..', import.meta.url));
const picture = 'data:image/png;base64,' + Buffer.from(slidePicturePng).toString('base64');
const layoutsDeck = (): Deck => parseDeck(readFileSync(join(root, 'test/fixtures/decks/layouts.md'), 'utf8')).deck;

async function openPrint(page: Page, deck: Deck): Promise<void> {
  const html = buildHtmlDeck(deck, await loadPresentAssets(), { mode: 'print', images: { 'picture.png': picture } });
  await page.setViewportSize({ width: deck.meta.aspect === '4:3' ? 960 : 1280, height: 720 });
  await page.setContent(html);
  await page.waitForFunction(() => (window as unknown as { __briefingPdfReady?: boolean }).__briefingPdfReady === true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Every page of the layouts fixture (cover, contents, divider, content, quote, 数说,
 * picture + text, two-column, closing) laid out three to a row at half size: one
 * baseline per theme shows every layout, and one screenshot costs less than nine.
 */
async function contactSheet(page: Page): Promise<ReturnType<Page['locator']>> {
  await page.addStyleTag({
    content: `html.reveal-print .reveal { overflow: visible !important; width: max-content !important; }
      html.reveal-print .reveal .slides { display: grid !important; grid-template-columns: repeat(3, max-content); gap: 8px; width: max-content !important; padding: 8px !important; background: #888; }
      html.reveal-print .reveal .slides .pdf-page { width: 1280px !important; height: 720px !important; zoom: 0.5; }`,
  });
  return page.locator('.reveal .slides');
}

test.describe('every layout in every theme', () => {
  for (const theme of THEMES) {
    test(`${theme}`, async ({ page }) => {
      const deck = layoutsDeck();
      deck.meta.theme = theme;
      await openPrint(page, deck);
      await expect(page.locator('.pdf-page')).toHaveCount(9);
      await expect(await contactSheet(page)).toHaveScreenshot(`${theme}-layouts.png`, { maxDiffPixelRatio: 0.01, animations: 'disabled', scale: 'css' });
    });
  }

  test('4:3', async ({ page }) => {
    const deck = layoutsDeck();
    deck.meta.theme = 'study-red';
    deck.meta.aspect = '4:3';
    await openPrint(page, deck);
    await expect(page.locator('.pdf-page').first()).toHaveJSProperty('offsetWidth', 960);
    await expect(page.locator('.pdf-page').nth(3)).toHaveScreenshot('study-red-4x3-4.png', { maxDiffPixelRatio: 0.01, animations: 'disabled', scale: 'css' });
  });
});

interface Problem {
  slide: number;
  what: string;
}

/** Runs in the page: spills, contrast, lonely title lines (see the module comment). */
function findProblems(): Problem[] {
  const problems: Problem[] = [];
  const rgb = (c: string): [number, number, number, number] => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const lum = ([r, g, b]: number[]) =>
    [r!, g!, b!].map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: number[], b: number[]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const backgroundOf = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')];
  sections.forEach((sec, i) => {
    const slide = i + 1;
    const box = sec.getBoundingClientRect();
    const footerTop = sec.hasAttribute('data-page') ? box.bottom - 58 : box.bottom;
    for (const el of sec.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('aside.notes')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.bottom > footerTop + 2 || r.right > box.right + 2 || r.left < box.left - 2 || r.top < box.top - 2) {
        problems.push({ slide, what: `spills: <${el.tagName.toLowerCase()}> “${(el.textContent ?? '').slice(0, 20)}” ${Math.round(r.bottom - footerTop)}px` });
        break;
      }
    }
    const texts: Array<{ el: Element; style: CSSStyleDeclaration; text: string }> = [];
    const walker = document.createTreeWalker(sec, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('aside.notes')) continue;
      texts.push({ el, style: getComputedStyle(el), text: n.textContent.trim() });
    }
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(sec, pseudo);
      if (style.content && style.content !== 'none' && style.content !== 'normal' && style.display !== 'none') texts.push({ el: sec, style, text: `${pseudo} ${style.content}` });
    }
    for (const { el, style, text } of texts) {
      const size = parseFloat(style.fontSize);
      const bold = parseInt(style.fontWeight, 10) >= 700;
      const need = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
      const got = ratio(rgb(style.color), backgroundOf(el));
      if (got < need) problems.push({ slide, what: `contrast ${got.toFixed(2)} < ${need}: “${text.slice(0, 20)}” ${style.color}` });
    }
    for (const h of sec.querySelectorAll<HTMLElement>('h1, h2')) {
      const lines = new Map<number, number>();
      const w = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const s = n.textContent ?? '';
        for (let k = 0; k < s.length; k++) {
          if (/\s/.test(s[k]!)) continue;
          const range = document.createRange();
          range.setStart(n, k);
          range.setEnd(n, k + 1);
          const top = Math.round(range.getBoundingClientRect().top / 8);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      const counts = [...lines.values()];
      if (counts.length > 1 && counts.some((c) => c <= 2)) problems.push({ slide, what: `title line of ${Math.min(...counts)} characters: “${h.textContent}”` });
    }
  });
  return problems;
}

async function fixtureDecks(): Promise<Deck[]> {
  const decks: Deck[] = [];
  for (const f of readdirSync(join(root, 'slides')).filter((n) => n.endsWith('.md'))) decks.push(parseDeck(readFileSync(join(root, 'slides', f), 'utf8')).deck);
  for (const f of ['layouts.md', 'hand-written.md', 'design-example.md']) decks.push(parseDeck(readFileSync(join(root, 'test/fixtures/decks', f), 'utf8')).deck);
  const dir = join(root, 'test/fixtures/articles');
  for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
    const result = await importArticleBytes(new Uint8Array(readFileSync(join(dir, f))), f);
    for (const a of result.articles) decks.push(generateDeck(a));
  }
  return decks;
}

/** The decks as one deck (one page load per theme keeps the check quick). */
function joined(decks: Deck[], theme: ThemeName, aspect?: '4:3'): Deck {
  return { meta: { title: '版式检查', theme, ...(aspect ? { aspect } : {}) }, slides: decks.flatMap((d) => d.slides) };
}

test.describe('fixture decks stay inside their pages, readable, with no lonely title lines', () => {
  for (const theme of THEMES) {
    test(`${theme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await openPrint(page, joined(await fixtureDecks(), theme));
      const problems = await page.evaluate(findProblems);
      expect(problems).toEqual([]);
    });
  }
  // Decks are paginated for 16:9; switched to 4:3 they must still fit (one theme: the
  // type scale is shared by all, and high contrast's own footer is the largest).
  test('high-contrast at 4:3', async ({ page }) => {
    test.setTimeout(120_000);
    await openPrint(page, joined(await fixtureDecks(), 'high-contrast', '4:3'));
    await expect(page.locator('.pdf-page').first()).toHaveJSProperty('offsetWidth', 960);
    const problems = await page.evaluate(findProblems);
    expect(problems).toEqual([]);
  });
});
