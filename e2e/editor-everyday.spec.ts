/**
 * Everyday editor defects a new user ran into (#15), one test each, in a browser whose
 * system locale (en-US) differs from the interface language (zh-CN), as on many office PCs:
 * ↓ through a long slide list, Enter at the end of the notes, 结束放映 back on the slide
 * that was showing, the presenter-view button, and the draft-recovery dialog's default
 * button and times in the interface language.
 */
import { test, expect } from './fixtures';
import { userCopy, openEditor } from './editor-helpers';
import { leaveDraft } from './a11y-helpers';
import { presentDeckText } from './present-deck';
import { draftKeyOf } from '../src/renderer/editor/draft-key';

test.use({ locale: 'en-US' });

test('↓ walks the whole slide list from a clicked row; Shift extends, Home/End jump, options are named by number and title', async ({ app, page }) => {
  const e = await openEditor(app, page);
  const total = Number(/\/ (\d+)/.exec((await e.position.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThan(15);
  await e.row(1).click();
  await expect(e.position).toContainText(`第 2 / ${total} 张`);
  for (let i = 2; i < total; i++) await page.keyboard.press('ArrowDown');
  await expect(e.position).toContainText(`第 ${total} / ${total} 张`);
  // The list keeps the focus however far the clicked row scrolled away.
  await expect(e.list).toBeFocused();
  await expect(e.list).toHaveAttribute('aria-activedescendant', `slide-row-${total - 1}`);
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(page.getByText('已选 3 张')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(e.position).toContainText(`第 1 / ${total} 张`);
  await expect(page.getByRole('option', { selected: true })).toHaveCount(1);
  await expect(page.getByRole('option', { name: /^第 1 张：\S/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+End');
  await expect(page.getByText(`已选 ${total} 张`)).toBeVisible();
  await expect(e.list).toBeFocused();
});

test('Enter and Shift+Enter at the very end of the speaker notes start new lines', async ({ app, page }) => {
  const e = await openEditor(app, page);
  await e.row(2).click();
  await e.notes.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('甲');
  await page.keyboard.press('Enter');
  await page.keyboard.type('乙');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('丙');
  await expect(e.notes).toHaveValue(/甲\n乙\n\n丙$/);
});

test('结束放映 returns to the slide that was showing; the presenter-view button opens the presenter view beside the show', async ({ app, page, context }) => {
  const e = await openEditor(app, page);
  await e.row(4).click();
  await page.keyboard.press('Shift+F5');
  await expect(page).toHaveURL(/#\/present\//);
  const shown = page.locator('.reveal .slides > section.present');
  await expect(shown).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(e.rows.first()).toBeVisible();
  await expect(e.position).toContainText('第 6 /');

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByTestId('present-presenter').click()]);
  await expect(presenter.getByTestId('presenter-position')).toHaveText(/^6 \//);
  await expect(shown).toBeVisible();
  await presenter.close();
});

test('the draft-recovery dialog focuses 恢复草稿 and gives its time, and the status bar its times, in the interface language', async ({ app, page }) => {
  const ref = { root: 'user' as const, path: 'draft.md' };
  userCopy(app.userDir, 'draft.md');
  await leaveDraft(app, draftKeyOf(ref), ref, presentDeckText());
  await app.open(page, '/deck/user/draft.md');
  const restore = page.getByTestId('restore-draft');
  await expect(restore).toBeFocused();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  await expect(dialog).not.toContainText(/AM|PM/);
  // Enter keeps the draft.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toContainText(/草稿已于 \d{2}:\d{2}:\d{2} 自动保存/, { timeout: 20_000 });
});
