import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

test('the library lists the shipped deck; opening it shows its slides in the editor and → goes to slide 2', async ({ app, page }) => {
  await app.open(page);
  const entry = page.getByTestId('deck-entry').filter({ hasText: '以实干为民谋福' });
  await expect(entry).toBeVisible();
  await entry.getByRole('link', { name: '以实干为民谋福 用实绩书写答卷' }).click();

  // The canvas is a reveal.js slide: .reveal > .slides > section.present, with the deck's theme.
  const current = page.getByTestId('canvas').locator('.reveal .slides section.present');
  await expect(current).toContainText('以实干为民谋福');
  await expect(page.getByTestId('canvas')).toHaveClass(/deck-theme-party-red/);
  await expect(page.getByTestId('slide-position')).toContainText('第 1 /');
  await page.getByTestId('slide-list').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-position')).toContainText('第 2 /');
  await expect(current).toContainText('目录');
  // Notes stay in the notes editor, never on the visible slide.
  await expect(current.locator('aside.notes')).toHaveCount(0);
});

test('the page is refused without the token', async ({ app, page }) => {
  const res = await page.goto(app.url.replace(/\?token=.*/, ''));
  expect(res?.status()).toBe(401);
  await expect(page.locator('body')).toContainText('需要访问令牌');
});

test('the access token is removed from the address bar once the page has it, and the app keeps working after a reload', async ({ app, page }) => {
  await app.open(page, '/');
  await expect(page.getByTestId('deck-entry').first()).toBeVisible();
  expect(page.url()).not.toContain('token');
  expect(await page.evaluate(() => window.location.search)).toBe('');
  await page.reload();
  await expect(page.getByTestId('deck-entry').first()).toBeVisible();
  expect(page.url()).not.toContain('token');
});

test('the interface switches to English and back', async ({ app, page }) => {
  await app.open(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing Studio' })).toBeVisible();
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '简报工坊' })).toBeVisible();
});

test('a deck opened in the editor is listed under 最近打开 when the user comes back to the library', async ({ app, page }) => {
  await app.open(page);
  await expect(page.getByTestId('recent-decks')).toHaveCount(0);
  await page.getByTestId('deck-entry').filter({ hasText: '武进国家高新区' }).getByRole('link', { name: /武进国家高新区/ }).click();
  await expect(page.getByTestId('slide-position')).toContainText('第 1 /');
  await app.open(page);
  const recent = page.getByTestId('recent-decks');
  await expect(recent).toContainText('最近打开');
  await recent.getByRole('link', { name: /武进国家高新区/ }).click();
  await expect(page.getByTestId('canvas').locator('.reveal .slides section.present')).toContainText('武进国家高新区');
});

test('rename, duplicate and delete a deck from the library; dialog buttons read 取消, dates read 年月日', async ({ app, page }) => {
  await app.open(page);
  const shipped = page.getByTestId('deck-entry').filter({ hasText: '武进国家高新区' });
  await expect(shipped.getByTestId('deck-modified')).toHaveText(/^修改于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  await shipped.getByTestId('deck-more').click();
  await page.getByRole('menuitem', { name: '复制' }).click();
  const copy = page.getByTestId('deck-entry').filter({ hasText: '（副本）' });
  await expect(copy).toHaveCount(1);

  await copy.getByTestId('deck-more').click();
  await page.getByRole('menuitem', { name: '重命名' }).click();
  const dialog = page.getByRole('dialog', { name: '重命名演示稿' });
  // No space inside two-character Chinese button labels.
  await expect(dialog.getByRole('button', { name: '取消' })).toHaveText('取消');
  await page.getByTestId('rename-input').fill('第一次学习会');
  await dialog.getByRole('button', { name: '重命名' }).click();
  const renamed = page.getByTestId('deck-entry').filter({ hasText: '第一次学习会.md' });
  await expect(renamed).toHaveCount(1);

  await renamed.getByTestId('deck-more').click();
  await page.getByRole('menuitem', { name: '删除' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '删除“' });
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('deck-entry').filter({ hasText: '第一次学习会' })).toHaveCount(0);
  expect(readdirSync(app.userDir).filter((f) => f.endsWith('.md'))).toEqual([]);
  const trash = join(app.dataDir, 'trash');
  expect(readdirSync(join(trash, readdirSync(trash)[0]!))).toContain('第一次学习会.md');
});
