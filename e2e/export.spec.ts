/**
 * The export dialog on the browser edition, opened from the library: a Word
 * briefing with a 简报 masthead downloads as a real .docx holding the deck's
 * title, the options are remembered for that deck, PowerPoint downloads too.
 */
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };
const TITLE = '以实干为民谋福 用实绩书写答卷';

async function openExport(page: Page) {
  const entry = page.getByTestId('deck-entry').filter({ hasText: TITLE });
  await entry.getByTestId('deck-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('button', { name: '导出' })).toBeEnabled();
  return dialog;
}

async function download(page: Page, dialog: ReturnType<Page['getByTestId']>) {
  const pending = page.waitForEvent('download', SLOW);
  await dialog.getByTestId('export-run').click();
  const d = await pending;
  const bytes = readFileSync((await d.path())!);
  return { name: d.suggestedFilename(), bytes };
}

test('export a Word briefing with a masthead: a .docx with the title, options remembered for the deck', async ({ app, page }) => {
  await app.open(page);
  let dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: /Word 全文简报/ })).toBeChecked();
  await dialog.getByTestId('export-header-switch').click();
  await dialog.getByTestId('export-header-name').fill('武进学习简报');
  await dialog.getByTestId('export-issue').fill('12');
  await dialog.getByTestId('export-unit').fill('区发改局办公室');
  await dialog.getByTestId('export-date').fill('2024-07-01');
  await expect(dialog).toContainText('2024年7月1日');

  const { name, bytes } = await download(page, dialog);
  expect(name).toBe(`${TITLE}-全文简报.docx`);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  // Runs may split text: compare the text content only.
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('以实干为民谋福');
  expect(text).toContain('武进学习简报');
  expect(text).toContain('第12期');
  expect(text).toContain('区发改局办公室');
  expect(text).toContain('2024年7月1日');
  // The browser edition says which name the download was saved under.
  await expect(page.getByTestId('export-saved')).toContainText(`已下载为“${name}”`);
  await expect(dialog).toBeHidden();

  // Opening the dialog again for the same deck brings the same options back.
  dialog = await openExport(page);
  await expect(dialog.getByTestId('export-header-name')).toHaveValue('武进学习简报');
  await expect(dialog.getByTestId('export-unit')).toHaveValue('区发改局办公室');
  // …and they live in the settings under this deck's key.
  const settings = JSON.parse(readFileSync(`${app.dataDir}/settings.json`, 'utf8')) as { exportOptions: Record<string, { header?: { name: string } }> };
  const key = Object.keys(settings.exportOptions).find((k) => k.startsWith('builtin:01-'));
  expect(settings.exportOptions[key!]!.header!.name).toBe('武进学习简报');
});

test('export the key-points briefing and PowerPoint', async ({ app, page }) => {
  await app.open(page);
  let dialog = await openExport(page);
  await dialog.getByText('Word 要点简报').click();
  const points = await download(page, dialog);
  expect(points.name).toBe(`${TITLE}-要点简报.docx`);
  const pointsXml = await (await JSZip.loadAsync(points.bytes)).file('word/document.xml')!.async('string');
  expect(pointsXml.replace(/<[^>]+>/g, '')).toContain('始终把推动发展作为首要职责');

  dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: /Word 要点简报/ })).toBeChecked();
  await dialog.getByText('PowerPoint 演示文稿').click();
  // Word-only options disappear for PowerPoint.
  await expect(dialog.getByTestId('export-header-switch')).toHaveCount(0);
  const pptx = await download(page, dialog);
  expect(pptx.name).toBe(`${TITLE}-演示文稿.pptx`);
  const zip = await JSZip.loadAsync(pptx.bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides.length).toBeGreaterThan(10);
  expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('以实干为民谋福');
});

test('the dialog speaks English when the interface does', async ({ app, page }) => {
  await app.open(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Briefing Studio' })).toBeVisible();
  await page.getByTestId('deck-entry').filter({ hasText: TITLE }).getByTestId('deck-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText('Word: full-text briefing');
  await expect(dialog).toContainText('Official (GB/T 9704)');
});

test('PDF and standalone HTML come from the host and download too', async ({ app, page }) => {
  await app.open(page);
  let dialog = await openExport(page);
  await dialog.getByText('PDF 幻灯片').click();
  const pdf = await download(page, dialog);
  expect(pdf.name).toBe(`${TITLE}-幻灯片.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The last format chosen for this deck is remembered, PDF included.
  dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: /PDF 幻灯片/ })).toBeChecked();
  await dialog.getByText('网页（离线放映）').click();
  const html = await download(page, dialog);
  expect(html.name).toBe(`${TITLE}-网页版.html`);
  const doc = html.bytes.toString('utf8');
  expect(doc).toMatch(/^<!doctype html>/i);
  expect(doc).toContain('以实干为民谋福');
});

test('from the editor: Ctrl+E opens the dialog for the open deck and Word downloads', async ({ app, page }) => {
  await app.open(page, '/deck/builtin/01-以实干为民谋福.md');
  await expect(page.getByText(TITLE).first()).toBeVisible(SLOW);
  // The title can show before the editor's key bindings are attached (the editor is
  // loaded lazily); CI once pressed Ctrl+E in that gap. Wait for the slide list.
  await expect(page.getByRole('listbox').first()).toBeVisible(SLOW);
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('button', { name: '导出' })).toBeEnabled(SLOW);
  const { name, bytes } = await download(page, dialog);
  expect(name).toBe(`${TITLE}-全文简报.docx`);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  expect(xml.replace(/<[^>]+>/g, '')).toContain('以实干为民谋福');
});

test('pictures of a saved deck go into the PowerPoint file', async ({ app, page }) => {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  // A 1×1 PNG in the deck's own assets folder, referenced from a slide.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  mkdirSync(`${app.userDir}/图片.assets`, { recursive: true });
  writeFileSync(`${app.userDir}/图片.assets/map.png`, png);
  writeFileSync(
    `${app.userDir}/图片.md`,
    '---\ntitle: 带图片的演示稿\ntheme: party-red\n---\n\n<!-- .slide: class="cover" -->\n# 带图片的演示稿\n\n---\n\n<!-- .slide: class="bullets" -->\n## 区位图\n\n![区位图](图片.assets/map.png)\n\nNote:\n这是一张区位图。\n',
  );
  await app.open(page);
  await page.getByTestId('deck-entry').filter({ hasText: '带图片的演示稿' }).getByTestId('deck-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('button', { name: '导出' })).toBeEnabled();
  await dialog.getByText('PowerPoint 演示文稿').click();
  const { bytes } = await download(page, dialog);
  const zip = await JSZip.loadAsync(bytes);
  const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && !zip.files[f]!.dir);
  expect(media.length).toBeGreaterThan(0);
  expect((await zip.file(media[0]!)!.async('uint8array')).length).toBe(png.length);
});

test("the unit's own Word template: a file without {{正文}} or a damaged one is refused, an imported template is filled and remembered", async ({ app, page }) => {
  await app.open(page);
  // A real Word file without placeholders.
  const plain = Buffer.from(await Packer.pack(new Document({ sections: [{ children: [new Paragraph('本单位的普通文件，没有占位符')] }] }), 'uint8array'));
  let dialog = await openExport(page);
  const pick = (name: string, buffer: Buffer) => dialog.getByTestId('export-template-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await pick('普通文档.docx', plain);
  await expect(dialog.getByTestId('export-template-error')).toContainText('没有 {{正文}} 占位符');
  await expect(dialog.getByTestId('export-template-error')).toContainText('{{标题}}');
  await pick('坏文件.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
  await expect(dialog.getByTestId('export-template-error')).toContainText('Word 文件已损坏');
  await pick('区委办简报.docx', readFileSync(new URL('../resources/word-templates/example-briefing.docx', import.meta.url)));
  await expect(dialog.getByTestId('export-template')).toContainText('区委办简报.docx');
  await expect(dialog.getByTestId('export-template')).toContainText('{{正文}}');
  await expect(dialog.getByTestId('export-template-error')).toHaveCount(0);
  await dialog.getByTestId('export-header-switch').click();
  await dialog.getByTestId('export-issue').fill('8');
  const { bytes } = await download(page, dialog);
  const text = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain('示例单位学习简报');
  expect(text).toContain('第8期');
  expect(text).toContain(TITLE);
  expect(text).not.toContain('{{');
  dialog = await openExport(page);
  await expect(dialog.getByTestId('export-template-select')).toContainText('区委办简报.docx');
});
