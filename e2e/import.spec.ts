/**
 * The import flow on the browser edition: file chooser, paste and drag-and-drop
 * into the review step, corrections, generation, and what a user sees when the
 * input is bad (wrong kind of file, empty, damaged .docx, far too much text).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, projectRoot } from './fixtures';
import { dropFiles } from './drop-files';
import { cidFontPdf, CID_PDF_TITLE } from '../test/fixtures/articles/cid-font-pdf';

// Imports run in a Web Worker; on a loaded two-core build machine a worker can take seconds to start.
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };

const samplePath = join(projectRoot, 'test/fixtures/articles/wujin-articles.txt');
const sampleText = readFileSync(samplePath, 'utf8');
const TITLE_1 = '以实干为民谋福 用实绩书写答卷';
const TITLE_2 = '武进国家高新区：为万亿之城再出发贡献硬核力量';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

/** Open the app and wait for the library: its window listeners exist only once it is on screen. */
async function openLibrary(app: { open(page: Page): Promise<void> }, page: Page) {
  await app.open(page);
  // The library renders after the settings load; only then do its drop and paste listeners exist.
  await expect(page.getByTestId('import-button')).toBeVisible();
}

async function paste(page: Page, text: string) {
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
  }, text);
}

test('import the sample with the file chooser, correct it in the review, generate, and the new deck opens', async ({ app, page }) => {
  await openLibrary(app, page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /导入文章/ }).click();
  await (await chooser).setFiles(samplePath);

  const review = page.getByTestId('import-review');
  await expect(review).toBeVisible(SLOW);
  await expect(page.getByTestId('review-encoding')).toContainText('UTF-8');
  await expect(review).toContainText('自动修复了');
  const articles = page.getByTestId('review-article');
  await expect(articles).toHaveCount(2);
  await expect(articles.nth(0).getByTestId('review-title')).toHaveValue(TITLE_1);
  await expect(articles.nth(1).getByTestId('review-title')).toHaveValue(TITLE_2);
  await expect(articles.nth(0).getByTestId('review-byline')).toHaveValue('区发改局党组书记、局长 祁斌');
  // Three top-level parts in each article.
  await expect(articles.nth(0).locator('.review-level-1')).toHaveCount(3);
  await expect(articles.nth(1).locator('.review-level-1')).toHaveCount(3);
  await expect(articles.nth(0).locator('.review-level-1').getByTestId('review-heading-input').first()).toHaveValue(/始终把推动发展作为首要职责/);

  // Correct the first title, leave the second article out.
  const title = articles.nth(0).getByTestId('review-title');
  await title.fill('以实干为民谋福（学习材料）');
  await title.press('Enter');
  await articles.nth(1).getByTestId('review-include').click();
  await expect(page.getByTestId('review-generate')).toContainText('1 篇');
  await page.getByTestId('review-generate').click();

  // One article: the new deck opens straight away.
  await expect(page).toHaveURL(/#\/deck\/user\//, SLOW);
  expect(decodeURIComponent(new URL(page.url()).hash)).toContain('以实干为民谋福（学习材料）.md');
  await expect(page.getByText('以实干为民谋福（学习材料）').first()).toBeVisible();
  // The deck, and beside it the article as reviewed (the corrected title included).
  expect(readdirSync(app.userDir).sort()).toEqual(['以实干为民谋福（学习材料）.assets', '以实干为民谋福（学习材料）.md']);
  const deck = readFileSync(join(app.userDir, '以实干为民谋福（学习材料）.md'), 'utf8');
  expect(deck).toContain('title: 以实干为民谋福（学习材料）');
  expect(deck).toContain('byline: 区发改局党组书记、局长 祁斌');
  const saved = JSON.parse(readFileSync(join(app.userDir, '以实干为民谋福（学习材料）.assets', 'article.json'), 'utf8'));
  expect(saved.article.title).toBe('以实干为民谋福（学习材料）');

  // The article panel shows that saved article without asking for the file again.
  await page.getByTestId('toggle-article').click();
  await expect(page.getByTestId('article-saved')).toBeVisible(SLOW);
  await expect(page.getByTestId('article-paragraphs')).toContainText('始终把推动发展作为首要职责');
});

test('structure corrections in the review reach the decks; several articles land in the library', async ({ app, page }) => {
  await openLibrary(app, page);
  await dropFiles(page, [{ name: 'wujin-articles.txt', base64: b64(sampleText) }]);
  const articles = page.getByTestId('review-article');
  await expect(articles).toHaveCount(2, SLOW);
  const second = articles.nth(1);

  // Demote the second article's first heading: it becomes a paragraph, one section fewer.
  const headingsBefore = await second.getByTestId('review-heading').count();
  await second.getByTestId('review-heading').first().getByRole('button', { name: '降为正文' }).click();
  await expect(second.getByTestId('review-heading')).toHaveCount(headingsBefore - 1);
  // Undo puts it back, then mark a paragraph as not body: it shows under the extras instead.
  await page.getByTestId('review-undo').click();
  await expect(second.getByTestId('review-heading')).toHaveCount(headingsBefore);
  const extrasBefore = await second.getByTestId('review-extra').count();
  const firstPara = second.getByTestId('review-paragraph').first();
  const paraText = (await firstPara.locator('.review-text').textContent())!.slice(0, 12);
  // A row's actions show when it is hovered or focused.
  await firstPara.hover();
  await firstPara.getByRole('button', { name: '标为非正文' }).click();
  await expect(second.getByTestId('review-extra')).toHaveCount(extrasBefore + 1);
  await expect(second.getByTestId('review-extra').last()).toContainText(paraText);

  // Merging the two articles leaves one whose outline holds the second title as a heading; undo splits them again.
  const firstHeadings = await articles.first().getByTestId('review-heading').count();
  await second.getByRole('button', { name: '与上一篇合并' }).click();
  await expect(articles).toHaveCount(1);
  await expect(articles.first().getByTestId('review-heading')).toHaveCount(firstHeadings + headingsBefore + 1);
  await expect(articles.first().getByTestId('review-heading-input').nth(firstHeadings)).toHaveValue(TITLE_2);
  await page.keyboard.press('Control+z');
  await expect(articles).toHaveCount(2);
  await expect(articles.nth(1).getByTestId('review-extra').last()).toContainText(paraText);

  // A different theme for both.
  await page.getByLabel('生成选项').getByText('深蓝').click();
  await page.getByTestId('review-generate').click();

  // Two articles: the first deck opens in the editor; both are in the library.
  await expect(page.getByTestId('import-review')).toHaveCount(0);
  await expect(page.getByTestId('canvas').locator('.reveal .slides section.present')).toContainText(TITLE_1, SLOW);
  await app.open(page);
  const user = page.getByTestId('deck-entry').filter({ hasNotText: '只读' });
  await expect(user).toHaveCount(2, SLOW);
  await expect(user.filter({ hasText: TITLE_1 })).toHaveCount(1);
  await expect(user.filter({ hasText: TITLE_2 })).toHaveCount(1);
  const files = readdirSync(app.userDir).filter((f) => f.endsWith('.md')).sort();
  expect(files).toHaveLength(2);
  const deck2 = readFileSync(join(app.userDir, files.find((f) => f.startsWith('武进'))!), 'utf8');
  expect(deck2).toContain('theme: deep-blue');
  // The paragraph marked "not body" made no slide of its own.
  expect(deck2).not.toContain(`Note:\n${paraText}`);
  // The saved article keeps that correction: the paragraph is an extra there, not body.
  const saved2 = JSON.parse(readFileSync(join(app.userDir, files.find((f) => f.startsWith('武进'))!.replace(/\.md$/, '.assets'), 'article.json'), 'utf8'));
  expect(saved2.article.extras.map((e: { text: string }) => e.text).join('\n')).toContain(paraText);
});

test('paste plain text on the library screen goes to the review and makes a deck', async ({ app, page }) => {
  await openLibrary(app, page);
  await paste(page, sampleText.split(/\n(?=# 武进国家高新区)/)[0]!);
  await expect(page.getByTestId('review-article')).toHaveCount(1, SLOW);
  await expect(page.getByTestId('review-encoding')).toContainText('粘贴的文字');
  await expect(page.getByTestId('review-title')).toHaveValue(TITLE_1);
  await page.getByTestId('review-generate').click();
  await expect(page).toHaveURL(/#\/deck\/user\//, SLOW);
  await expect(page.getByText(TITLE_1).first()).toBeVisible();
});

test('paste into a text field is left alone', async ({ app, page }) => {
  await openLibrary(app, page);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'probe';
    document.body.appendChild(input);
    input.focus();
  });
  await paste(page, sampleText);
  await page.waitForTimeout(300);
  await expect(page.getByTestId('import-review')).toHaveCount(0);
  await expect(page.getByTestId('import-progress')).toBeHidden();
});

test('drag and drop several files: highlight while dragging, progress, failures listed beside what imported', async ({ app, page }) => {
  await openLibrary(app, page);
  const second = sampleText.split(/\n(?=# 武进国家高新区)/)[1]!;
  await dropFiles(
    page,
    [
      { name: 'wujin-articles.txt', base64: b64(sampleText) },
      { name: 'second.md', base64: b64(second) },
      { name: 'broken.docx', base64: b64('PK\u0003\u0004 this is not really a zip') },
    ],
    true,
  );
  const review = page.getByTestId('import-review');
  await expect(review).toBeVisible(SLOW);
  await expect(page.getByTestId('review-source')).toHaveCount(2);
  await expect(page.getByTestId('review-article')).toHaveCount(3);
  await expect(page.getByTestId('review-source-error')).toContainText('broken.docx');
  await expect(page.getByTestId('review-source-error')).toContainText('Word 文件已损坏');
});

test('a PDF, a saved portal page and a legacy .doc go to the review like any other import', async ({ app, page }) => {
  await openLibrary(app, page);
  const fixture = (name: string) => readFileSync(join(projectRoot, 'test/fixtures/articles', name)).toString('base64');
  await dropFiles(page, ['printed-article.pdf', 'portal-page.html', 'notice-legacy.doc'].map((name) => ({ name, base64: fixture(name) })));
  // Three readers load in a fresh worker each (PDF.js is the largest): allow a loaded machine its time.
  await expect(page.getByTestId('review-source')).toHaveCount(3, { timeout: 120_000 });
  const titles = page.getByTestId('review-title');
  await expect(titles.nth(0)).toHaveValue('坚持创新驱动 加快建设现代化产业体系');
  await expect(titles.nth(1)).toHaveValue('区政府召开全区优化营商环境推进会');
  await expect(titles.nth(2)).toHaveValue('关于开展2024年度机关作风建设评议工作的通知');
});

test('a Chinese PDF whose font is not embedded is read through the CMaps the app ships, from its own origin', async ({ app, page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await openLibrary(app, page);
  await dropFiles(page, [{ name: '通知.pdf', base64: Buffer.from(cidFontPdf()).toString('base64') }]);
  // Without the CMaps PDF.js finds no text in this file and the import stops with '这个 PDF 里没有文字层'.
  await expect(page.getByTestId('review-title')).toHaveValue(CID_PDF_TITLE, { timeout: 60_000 });
  await expect(page.getByTestId('review-heading-input')).toHaveValue('一、压实安全责任。');
  const review = page.getByTestId('import-review');
  for (const text of ['各镇人民政府、街道办事处', '为切实做好春季安全生产工作', '各单位要落实主体责任', '二、加强值班值守。严格执行领导带班']) await expect(review).toContainText(text);
  const origin = new URL(app.url).origin;
  expect(requests.filter((u) => u.includes('/pdfjs/cmaps/')).length).toBeGreaterThan(0);
  expect(requests.filter((u) => /^https?:/.test(u) && !u.startsWith(origin + '/'))).toEqual([]);
  expect(violations).toEqual([]);
});

test('bad files get a clear message in Chinese and nothing is created', async ({ app, page }) => {
  await openLibrary(app, page);
  const cases: Array<[string, string, string]> = [
    ['empty.txt', '', '文件是空的'],
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0]).toString('binary'), '不是文字文件'],
    ['corrupt.docx', 'PK\u0003\u0004garbage that is not a zip archive at all', 'Word 文件已损坏'],
  ];
  for (const [name, content, expected] of cases) {
    await dropFiles(page, [{ name, base64: Buffer.from(content, 'binary').toString('base64') }]);
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('import-error') });
    await expect(dialog).toContainText(expected, SLOW);
    await dialog.getByRole('button', { name: '知道了' }).click();
    await expect(dialog).toHaveCount(0);
  }
  await expect(page.getByTestId('import-review')).toHaveCount(0);
  expect(existsSync(app.userDir) ? readdirSync(app.userDir) : []).toHaveLength(0);
});

test('the message follows the interface language', async ({ app, page }) => {
  await openLibrary(app, page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing Studio' })).toBeVisible();
  await dropFiles(page, [{ name: 'empty.txt', base64: '' }]);
  await expect(page.getByTestId('import-error')).toContainText('The file is empty', SLOW);
});

test('a 70 MB paste is refused with a message, and the window stays responsive meanwhile', async ({ app, page }) => {
  await openLibrary(app, page);
  // Count animation frames: a frozen main thread draws none. Counted from the moment the paste is
  // handed over, and required to keep rising until the message is up (a fixed total flaked when
  // the refusal was quick: the window was responsive, there was just little time to count).
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number };
    w.frames_ = 0;
    const tick = () => {
      w.frames_++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const handedOver = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '一、关于加强学习的通知\n'.repeat(2_000_000)); // 24 M characters, ~70 MB as UTF-8
    document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
    return (window as unknown as { frames_: number }).frames_;
  });
  await expect(page.getByTestId('import-error')).toContainText('超过 60 MB 的上限', { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { frames_: number }).frames_)).toBeGreaterThan(handedOver + 5);
  await expect(page.getByTestId('import-button')).toBeEnabled();
});

test('a long import can be cancelled from the progress dialog', async ({ app, page }) => {
  await openLibrary(app, page);
  // ~40 MB of text under the limit: the worker takes a few seconds on it.
  await paste(page, ('二、持续深化作风建设\n' + '持续深化作风建设，坚持不懈抓好落实，推动各项工作取得新成效。'.repeat(30) + '\n').repeat(15_000));
  await expect(page.getByTestId('import-progress')).toBeVisible(SLOW);
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-progress')).toBeHidden();
  // Said plainly: cancelled, and nothing was made.
  await expect(page.locator('.import-cancelled')).toContainText('已取消导入');
  await expect(page.getByTestId('import-review')).toHaveCount(0);
  await expect(page.getByTestId('deck-entry').first()).toBeVisible();
});

test('script tags in a Markdown file are shown as text, never run', async ({ app, page }) => {
  await openLibrary(app, page);
  const md = '# 测试标题\n\n<script>window.__pwned = 1</script>\n\n## 一、第一部分\n\n正文一段<img src=x onerror="window.__pwned=2">内容。\n\n## 二、第二部分\n\n第二段。\n';
  await dropFiles(page, [{ name: 'evil.md', base64: b64(md) }]);
  await expect(page.getByTestId('import-review')).toContainText('<script>window.__pwned = 1</script>', SLOW);
  await expect(page.getByTestId('import-review')).toContainText('onerror');
  await page.getByTestId('review-generate').click();
  await expect(page).toHaveURL(/#\/deck\/user\//, SLOW);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('Ctrl+I opens the file chooser on the library screen', async ({ app, page }) => {
  await openLibrary(app, page);
  // Give the page keyboard focus the way a user would, by clicking somewhere neutral.
  await page.getByRole('heading', { name: '演示稿库' }).click();
  const chooser = page.waitForEvent('filechooser', SLOW);
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(samplePath);
  await expect(page.getByTestId('review-article')).toHaveCount(2, SLOW);
});

test('GB18030, UTF-16 and Word files import in the worker with their encoding shown', async ({ app, page }) => {
  await openLibrary(app, page);
  const fx = (f: string) => readFileSync(join(projectRoot, 'test/fixtures/articles', f)).toString('base64');
  await dropFiles(page, [
    { name: 'speech-gb18030.txt', base64: fx('speech-gb18030.txt') },
    { name: 'report-utf16le.txt', base64: fx('report-utf16le.txt') },
    { name: 'word-headings.docx', base64: fx('word-headings.docx') },
  ]);
  await expect(page.getByTestId('import-review')).toBeVisible(SLOW);
  const sources = page.getByTestId('review-source');
  await expect(sources).toHaveCount(3);
  await expect(sources.filter({ hasText: 'speech-gb18030.txt' }).getByTestId('review-encoding')).toContainText('GB18030');
  await expect(sources.filter({ hasText: 'report-utf16le.txt' }).getByTestId('review-encoding')).toContainText('UTF-16');
  await expect(sources.filter({ hasText: 'word-headings.docx' }).getByTestId('review-encoding')).toContainText('Word 文档');
  const titles = page.getByTestId('review-title');
  await expect(titles.nth(0)).toHaveValue('在全区作风建设推进会上的讲话');
  await expect(titles.nth(2)).toHaveValue('关于推进“高效办成一件事”改革的实施方案');
  // The Word file's sub-headings keep their level.
  await expect(page.getByTestId('review-article').nth(2).getByTestId('review-heading-input')).toHaveCount(6);
});
