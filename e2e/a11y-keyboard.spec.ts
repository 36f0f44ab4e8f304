/**
 * Keyboard only, from article to Word briefing: import the sample, review it,
 * edit a title and a note, reorder slides, present with the presenter view and
 * export — no mouse event at all. Controls are reached with Tab (tabTo fails if
 * one cannot be), and every control reached shows a visible focus ring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, projectRoot } from './fixtures';

test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 30_000 };
const samplePath = join(projectRoot, 'test/fixtures/articles/wujin-articles.txt');

/** Press Tab (or Shift+Tab) until `target` has the focus; fail when it never gets it. */
async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}) {
  const handle = await target.elementHandle();
  for (let i = 0; i < (opts.max ?? 120); i++) {
    if (await page.evaluate((el) => el !== null && (el === document.activeElement || el.contains(document.activeElement)), handle)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The focused element (or, for antd's hidden inputs, its visible wrapper) draws a focus ring. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    for (let i = 0; el && i < 4; i++, el = el.parentElement) {
      const s = getComputedStyle(el);
      if (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2) return `${el.tagName} outline ${s.outlineWidth}`;
      if (s.boxShadow !== 'none' && el.matches(':focus-visible, :focus-within')) return `${el.tagName} shadow`;
    }
    return null;
  });
  expect(ring, 'the focused control shows where the focus is').not.toBeNull();
}

test('import, review, edit, reorder, present with the presenter view and export Word, all from the keyboard', async ({ app, page, context }) => {
  await app.open(page);
  await expect(page.getByTestId('import-button')).toBeVisible();

  // Import: Ctrl+I opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+I');
  await (await chooser).setFiles(samplePath);
  const articles = page.getByTestId('review-article');
  await expect(articles).toHaveCount(2, SLOW);
  await expect(page.getByTestId('live-polite')).toContainText('请检查结构', SLOW);

  // Review: leave the second article out, then generate.
  await tabTo(page, articles.nth(1).getByTestId('review-include'), { max: 400 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('review-generate')).toContainText('1 篇');
  await tabTo(page, page.getByTestId('review-generate'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/deck\/user\//, SLOW);

  // Edit: Alt+1 slide list, ↓ ↓ to slide 3, Alt+2 its title, Alt+3 its notes.
  const rows = page.getByTestId('slide-row');
  await expect(rows.first()).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('slide-position')).toContainText('第 3 /');
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('键盘改的标题');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+3');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('键盘加的讲稿。');
  await expect(rows.nth(2)).toContainText('键盘改的标题');

  // Reorder: Alt+↑ moves the slide up, the selection goes with it.
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(1)).toContainText('键盘改的标题');
  await expect(page.getByTestId('slide-position')).toContainText('第 2 /');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  await expect(page.getByTestId('live-polite')).toContainText('已保存');
  const file = decodeURIComponent(new URL(page.url()).hash).replace(/^#\/deck\/user\//, '');
  const saved = readFileSync(join(app.userDir, file), 'utf8');
  expect(saved).toContain('键盘改的标题');
  expect(saved).toContain('键盘加的讲稿。');

  // Present from the current slide (Shift+F5), S opens the presenter view; → advances both,
  // and a screen reader hears the new slide's number and title.
  await page.keyboard.press('Shift+F5');
  await expect(page).toHaveURL(/#\/present\//);
  const current = page.locator('.reveal .slides > section.present');
  await expect(current).toContainText('键盘改的标题');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.getByTestId('presenter-notes')).toContainText('键盘加的讲稿。');
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-position')).toHaveText(/^3 \//);
  await expect(presenter.getByTestId('live-polite')).toContainText(/第 3 张，共 \d+ 张/);
  await expect(current).not.toContainText('键盘改的标题');
  // Esc in the presenter view ends the show: its window closes, the editor is back on the slide that was showing.
  const closed = presenter.waitForEvent('close');
  await presenter.keyboard.press('Escape').catch(() => {});
  await closed;
  await page.bringToFront();
  await expect(page).toHaveURL(/#\/deck\/user\//);
  await expect(page.getByTestId('slide-position')).toContainText('第 3 /');

  // Export: Ctrl+E opens the dialog with the focus inside; Word 全文简报 is the default; Tab to 导出, Enter.
  await expect(rows.first()).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('slide-list')).toBeFocused();
  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Word 全文简报/ })).toBeChecked();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await tabTo(page, dialog.getByTestId('export-run'));
  const download = page.waitForEvent('download', SLOW);
  await page.keyboard.press('Enter');
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/\.docx$/);
  expect(readFileSync((await d.path())!).subarray(0, 2).toString('latin1')).toBe('PK');
  // Where the file went is announced (its name; in the browser edition the downloads folder).
  await expect(page.getByTestId('live-polite')).toContainText(d.suggestedFilename());
  // The dialog closes and gives the focus back to where it was, the slide list.
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('slide-list')).toBeFocused();
});
