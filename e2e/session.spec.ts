/**
 * A study session (学习会) in the browser edition: made from two library decks,
 * presented from its agenda to its last slide (the presenter view timing each
 * deck against its minutes), exported as ONE 简报 with 本期目录 and both items in
 * order, and the next export offering the next issue number.
 * The unit's own Word template and slide theme of issue 16 come from the
 * `templates` work: hook them in at the "export" step below.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 90_000 });
const A = '以实干为民谋福 用实绩书写答卷';
const B = '武进国家高新区：为万亿之城再出发贡献硬核力量';
const current = (page: Page) => page.locator('.reveal .slides > section.present');

test('build a session of two decks, present it through the agenda to the last slide, export one 简报', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('new-session').click();
  const dialog = page.getByTestId('new-session-dialog');
  await dialog.getByTestId('session-name').fill('中心组学习会');
  await dialog.getByTestId('session-place').fill('区委第一会议室');
  await dialog.getByTestId('session-unit').fill('区委办公室');
  // Ticked in presenting order: the second deck first.
  await dialog.getByTestId('session-pick').filter({ hasText: B }).getByRole('checkbox').check();
  await dialog.getByTestId('session-pick').filter({ hasText: A }).getByRole('checkbox').check();
  await dialog.getByTestId('session-create').click();

  const screen = page.getByTestId('session-screen');
  await expect(screen.getByTestId('session-item')).toHaveCount(2);
  await expect(screen.getByTestId('session-item').first()).toContainText(B);
  // Reorder (A first), give each deck its minutes, save.
  await screen.getByTestId('session-move-down').first().click();
  await expect(screen.getByTestId('session-item').first()).toContainText(A);
  await screen.getByTestId('session-minutes').nth(0).fill('20');
  await screen.getByTestId('session-minutes').nth(1).fill('15');
  await expect(screen.getByTestId('session-total')).toContainText('35');
  await screen.getByTestId('session-save').click();
  await expect(screen.getByTestId('session-status')).toHaveText('已保存');
  const file = readFileSync(`${app.userDir}/中心组学习会.session.md`, 'utf8');
  expect(file).toContain('  - path: 01-以实干为民谋福.md\n    root: builtin\n    minutes: 20\n  - path: 02-武进国家高新区.md\n    root: builtin\n    minutes: 15');

  // The library lists it apart from the decks.
  await page.getByRole('button', { name: '返回演示稿库' }).click();
  await expect(page.getByTestId('sessions').getByTestId('session-entry')).toContainText('2 个演示稿 · 共 35 分钟');

  // Present: cover, agenda with both decks and their minutes, …, the closing slide.
  await page.getByTestId('sessions').getByTestId('session-present').click();
  await expect(current(page)).toContainText('中心组学习会');
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText('议程');
  await expect(current(page)).toContainText(`${A}\u300020分钟`);
  await expect(current(page)).toContainText(`${B}\u300015分钟`);
  await page.screenshot({ path: test.info().outputPath('agenda.png') });
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText('第一项 · 20分钟');
  await page.keyboard.press('End');
  await expect(current(page)).toContainText('谢谢');
  await expect(current(page)).toContainText('中心组学习会');

  // The presenter view times the session per deck, the minutes planned as budgets.
  await app.open(page, '/presenter/user/中心组学习会.session.md?at=0');
  const sections = page.getByTestId('presenter-sections');
  await expect(sections.locator('.presenter-section')).toHaveCount(3);
  await expect(sections.locator('.presenter-section').nth(1)).toContainText(A);
  await expect(sections.locator('input').nth(1)).toHaveValue('20');
  await expect(sections.locator('input').nth(2)).toHaveValue('15');

  // One 简报 of the whole session.
  await app.open(page);
  await page.getByTestId('sessions').getByTestId('session-export').click();
  const exp = page.getByTestId('export-dialog');
  await expect(exp.getByTestId('export-run')).toBeEnabled();
  await exp.getByTestId('export-header-switch').click();
  await exp.getByTestId('export-issue').fill('12');
  await expect(exp.getByTestId('export-unit')).toHaveValue('区委办公室');
  const pending = page.waitForEvent('download', { timeout: 30_000 });
  await exp.getByTestId('export-run').click();
  const d = await pending;
  expect(d.suggestedFilename()).toBe('中心组学习会-全文简报.docx');
  const xml = await (await JSZip.loadAsync(readFileSync((await d.path())!))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const contents = at('本期目录');
  expect(at('第12期')).toBeGreaterThan(0);
  expect(contents).toBeGreaterThan(at('第12期'));
  expect(at(`一、${A}`, contents)).toBeGreaterThan(contents);
  expect(at(`二、${B}`, contents)).toBeGreaterThan(at(`一、${A}`, contents));
  expect(text.split('学习简报').length - 1).toBe(1);
  await expect(exp).toBeHidden();

  // Next time the masthead offers the next issue.
  await page.getByTestId('sessions').getByTestId('session-export').click();
  await expect(exp.getByTestId('export-issue')).toHaveValue('13');
});
