/**
 * A study session (学习会) in the browser edition, with the unit's own templates
 * (issue 16): made from two library decks, presented from its agenda to its last
 * slide (the presenter view timing each deck against its minutes), exported as ONE
 * 简报 written into the unit's Word template (本期目录, both items in order), the
 * next export offering the next issue number; then the unit's slide theme made in
 * the settings screen and a deck in it exported to PowerPoint. Both files are
 * rendered by LibreOffice and read back: the titles in order, the template's own
 * header text, the logo inside the slides.
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { officeToPdf, pdfPages } from '../src/node/office-render';

// The two tests share nothing (each has its own app and library), and each waits on LibreOffice:
// they run on both workers instead of one after the other at the end of the suite.
test.describe.configure({ timeout: 180_000, mode: 'parallel' });
const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/theme/${name}`, import.meta.url));
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
  // The unit's own Word template (a copy of the shipped example under the unit's name).
  await exp.getByTestId('export-template-file').setInputFiles({ name: '区委办简报.docx', mimeType: 'application/octet-stream', buffer: readFileSync(new URL('../resources/word-templates/example-briefing.docx', import.meta.url)) });
  await expect(exp.getByTestId('export-template')).toContainText('区委办简报.docx');
  await exp.getByTestId('export-header-switch').click();
  await exp.getByTestId('export-issue').fill('12');
  await expect(exp.getByTestId('export-unit')).toHaveValue('区委办公室');
  const pending = page.waitForEvent('download', { timeout: 30_000 });
  await exp.getByTestId('export-run').click();
  const d = await pending;
  expect(d.suggestedFilename()).toBe('中心组学习会-全文简报.docx');
  const docx = readFileSync((await d.path())!);
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const contents = at('本期目录');
  expect(at('第12期')).toBeGreaterThan(0);
  expect(contents).toBeGreaterThan(at('第12期'));
  expect(at(`一、${A}`, contents)).toBeGreaterThan(contents);
  expect(at(`二、${B}`, contents)).toBeGreaterThan(at(`一、${A}`, contents));
  // The masthead is the template's own, once.
  expect(text.split('学习简报').length - 1).toBe(1);
  expect(text).toContain('示例单位学习简报');
  await expect(exp).toBeHidden();
  // As printed by LibreOffice: the template's page header, the masthead, both items in order.
  const word = await officeToPdf(docx, 'docx');
  try {
    const printed = (await pdfPages(word.pdfPath)).join('\n').replace(/\s+/g, '');
    expect(printed).toContain('内部资料注意保存');
    expect(printed).toContain('示例单位学习简报');
    const [a, b] = [printed.indexOf(A.replace(/\s+/g, ''), printed.indexOf('本期目录')), printed.lastIndexOf(B.replace(/\s+/g, ''))];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
  } finally {
    await word.cleanup();
  }

  // Next time the masthead offers the next issue.
  await page.getByTestId('sessions').getByTestId('session-export').click();
  await expect(exp.getByTestId('export-issue')).toHaveValue('13');
  await page.keyboard.press('Escape');
  await expect(exp).toBeHidden();

  // Renamed and deleted from the library like a deck; it stays a session when renamed.
  const entry = page.getByTestId('sessions').getByTestId('session-entry');
  await entry.getByTestId('deck-more').click();
  await page.getByRole('menuitem', { name: '重命名' }).click();
  await page.getByTestId('rename-input').fill('第三季度学习会');
  await page.getByTestId('rename-input').press('Enter');
  await expect(entry).toContainText('第三季度学习会.session.md');
  await entry.getByTestId('deck-more').click();
  await page.getByRole('menuitem', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(entry).toHaveCount(0);
});

/** The unit's slide theme from the settings screen, live on the canvas, carried into PowerPoint with its logo. */
test('the unit’s own slide theme: made in settings, shown in the editor, exported to PowerPoint with its logo and pictures', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('theme-settings').click();
  const dialog = page.getByTestId('theme-dialog');
  await dialog.getByTestId('theme-name').fill('区委办主题');
  await dialog.getByTestId('theme-color-accent').fill('#0b4f8a');
  await dialog.getByTestId('theme-color-emphasis').fill('#b3261e');
  await dialog.getByTestId('theme-title-font').click();
  await page.getByTitle('楷体').click();
  // A picture that is no PNG/JPEG is refused with its reason; the good ones are kept.
  await dialog.getByTestId('theme-logo-file').setInputFiles({ name: '标志.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(dialog.getByTestId('theme-logo-error')).toContainText('不是 PNG 或 JPEG 图片');
  await dialog.getByTestId('theme-logo-file').setInputFiles({ name: '标志.png', mimeType: 'image/png', buffer: fixture('logo.png') });
  await dialog.getByTestId('theme-cover-file').setInputFiles({ name: '封面.png', mimeType: 'image/png', buffer: fixture('cover.png') });
  await dialog.getByTestId('theme-section-file').setInputFiles({ name: '章节.png', mimeType: 'image/png', buffer: fixture('section.png') });
  await expect(dialog.getByTestId('theme-logo-error')).toHaveCount(0);
  await dialog.getByTestId('theme-save').click();
  await expect(dialog.getByTestId('theme-status')).toContainText('已保存');
  await page.screenshot({ path: test.info().outputPath('theme-settings.png') });
  const kept = JSON.parse(readFileSync(`${app.dataDir}/slide-theme.json`, 'utf8'));
  expect(kept).toMatchObject({ name: '区委办主题', titleFont: 'kai', colors: { accent: '#0b4f8a' } });
  await page.keyboard.press('Escape');

  // A deck in the unit's theme: the first six slides of a shipped deck (cover … content pages), naming it.
  const shipped = readFileSync(new URL('../slides/01-以实干为民谋福.md', import.meta.url), 'utf8').replace('theme: party-red', 'theme: custom').replace(/^title: .*$/m, 'title: 本单位主题示例');
  const deck = shipped.split('\n---\n').slice(0, 7).join('\n---\n');
  mkdirSync(app.userDir, { recursive: true });
  writeFileSync(`${app.userDir}/本单位主题示例.md`, deck);
  await app.open(page, '/deck/user/本单位主题示例.md');
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveClass(/deck-theme-custom/);
  await expect(page.getByTestId('theme-missing')).toHaveCount(0);
  const cover = canvas.locator('section').first();
  await expect.poll(() => cover.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/^url\("data:image\/png;base64,.*linear-gradient.*url\("data:image\/png;base64,/);
  await canvas.screenshot({ path: test.info().outputPath('custom-cover.png') });
  await page.getByTestId('slide-row').nth(4).click();
  await expect.poll(() => canvas.locator('section').first().evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('data:image/png;base64,');
  await canvas.screenshot({ path: test.info().outputPath('custom-content.png') });

  // PowerPoint: the logo and both pictures inside the file; LibreOffice shows the titles and draws the logo.
  await expect(page.getByTestId('slide-list')).toBeVisible();
  await page.keyboard.press('Control+e');
  const exp = page.getByTestId('export-dialog');
  await exp.getByText('PowerPoint 演示文稿').click();
  const pending = page.waitForEvent('download', { timeout: 30_000 });
  await exp.getByTestId('export-run').click();
  const pptx = readFileSync((await (await pending).path())!);
  const zip = await JSZip.loadAsync(pptx);
  const media = await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && !zip.files[n]!.dir).map((n) => zip.file(n)!.async('nodebuffer')));
  for (const f of ['logo.png', 'cover.png', 'section.png']) expect(media.some((m) => m.equals(fixture(f))), f).toBe(true);
  const slides = await officeToPdf(pptx, 'pptx');
  try {
    const pages = (await pdfPages(slides.pdfPath)).map((p) => p.replace(/\s+/g, ''));
    expect(pages[0]).toContain('以实干为民谋福');
    expect(pages.some((p) => p.includes('本单位主题示例'))).toBe(true);
    // pdfimages: the 240×96 logo is drawn on the cover page.
    const images = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', slides.pdfPath], { encoding: 'utf8' });
    expect(images).toMatch(/^\s*1\s+\d+\s+image\s+240\s+96\s/m);
    // Pictures of the first pages, to look at.
    execFileSync('pdftoppm', ['-png', '-r', '40', '-l', '6', slides.pdfPath, test.info().outputPath('pptx-page')]);
  } finally {
    await slides.cleanup();
  }
});
