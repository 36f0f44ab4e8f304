/**
 * A long file at full speed: the sample article fifty times (448 KB, a hundred
 * articles) goes through review and generation. Timings are bench figures
 * (bench/import-app.bench.ts); this checks what the user sees and what is saved.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, projectRoot } from './fixtures';

test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 60_000 };

export const bigSample = () => {
  const one = readFileSync(join(projectRoot, 'test/fixtures/articles/wujin-articles.txt'), 'utf8');
  return Array.from({ length: 50 }, () => one.trimEnd() + '\n').join('\n');
};

test('a hundred articles from one file: review, 3 节 9 小节 style counts, generate all, open the first', async ({ app, page }) => {
  await app.open(page);
  await expect(page.getByTestId('import-button')).toBeVisible();
  const text = bigSample();
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '五十遍.txt', { type: 'text/plain' }));
    const target = document.querySelector('main')!;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, text);

  const articles = page.getByTestId('review-article');
  await expect(articles).toHaveCount(100, SLOW);
  // Sections and sub-sections are counted apart, not every heading as a 小节.
  await expect(articles.first().locator('.review-article-head')).toContainText(/\d+ 节 \d+ 小节|\d+ 节 ·/);
  await expect(articles.first().locator('.review-article-head')).not.toContainText('个小节');
  // Paragraph actions show on keyboard focus only.
  const para = articles.first().getByTestId('review-paragraph').first();
  const promote = para.getByRole('button', { name: '设为小标题' });
  await expect(promote).toBeHidden();
  await para.focus();
  await expect(promote).toBeVisible();
  // The last article's outline appears once scrolled to.
  await articles.last().scrollIntoViewIfNeeded();
  await expect(articles.last().getByTestId('review-title')).toBeVisible();

  await page.getByTestId('review-generate').click();
  await expect(page.getByTestId('canvas').locator('.reveal .slides section.present')).toContainText('以实干为民谋福', SLOW);
  const files = readdirSync(app.userDir).filter((f) => f.endsWith('.md'));
  expect(files).toHaveLength(100);
  expect(files).toContain('以实干为民谋福 用实绩书写答卷 第1篇.md');
  expect(files).toContain('武进国家高新区：为万亿之城再出发贡献硬核力量 第100篇.md');
  expect(files.some((f) => /（\d+）/.test(f))).toBe(false);
  expect(decodeURIComponent(page.url())).toContain('第1篇.md');
});
