/**
 * 取消 in the export dialog (issue 13, 17): a long deck's PowerPoint export (made in
 * the renderer's worker) and its PDF (made by the host, a cancellable job) show
 * "slide n of m" progress and stop on 取消 with a clear message; nothing downloads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 60_000 };
const TITLE = '很长的演示稿';
const SLIDES = 3000;

function writeLongDeck(dir: string) {
  mkdirSync(dir, { recursive: true });
  const body = Array.from({ length: SLIDES }, (_, i) => `## 第${i + 1}页\n\n- 坚持稳中求进、以进促稳 ${i}\n- 持续提升经济运行质效\n\nNote:\n讲稿 ${i}`).join('\n\n---\n\n');
  writeFileSync(`${dir}/long.md`, `---\ntitle: ${TITLE}\n---\n\n${body}\n`);
}

async function startExport(page: Page, format: RegExp) {
  await page.getByTestId('deck-entry').filter({ hasText: TITLE }).getByTestId('deck-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-run')).toBeEnabled(SLOW);
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByTestId('export-run').click();
  return dialog;
}

test('取消 stops a long PowerPoint and a long PDF export; nothing is downloaded', async ({ app, page }) => {
  writeLongDeck(app.userDir);
  let downloads = 0;
  page.on('download', () => downloads++);
  await app.open(page);

  const dialog = await startExport(page, /PowerPoint/);
  // Progress in slides before the user gives up.
  await expect(dialog.getByTestId('export-progress-detail')).toContainText(`/ ${SLIDES}`, SLOW);
  await dialog.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-cancelled')).toContainText('已取消导出', SLOW);
  await expect(dialog.getByTestId('export-progress')).toBeHidden();
  await expect(dialog.getByTestId('export-run')).toBeEnabled();

  await dialog.getByRole('radio', { name: /^PDF 幻灯片/ }).check();
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-progress-detail')).toBeVisible(SLOW);
  await dialog.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-cancelled')).toContainText('没有生成文件', SLOW);
  // The dialog stays open, ready for another try.
  await expect(dialog.getByTestId('export-run')).toBeEnabled();
  expect(downloads).toBe(0);
});
