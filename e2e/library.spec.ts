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
