import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { editor, openEditor } from './editor-helpers';

test('edit a title and a note, reorder, undo/redo, save, reload: the edits are there', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  await ed.row(3).click();
  await expect(ed.position).toContainText('第 4 /');
  const oldTitle = (await ed.title.textContent())!;

  // Edit the title in place on the canvas.
  await ed.title.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('立足全局抓落实');
  await expect(ed.title).toHaveText('立足全局抓落实');
  await expect(ed.row(3)).toContainText('立足全局抓落实');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  expect(await page.title()).toMatch(/^● /);

  // And its note.
  await ed.notes.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('（补充：结合本单位实际讲。）');

  // Reorder: drag slide 4 above slide 2.
  const from = await ed.row(3).boundingBox();
  const to = await ed.row(1).boundingBox();
  await page.mouse.move(from!.x + 80, from!.y + 40);
  await page.mouse.down();
  await page.mouse.move(from!.x + 80, from!.y + 20, { steps: 5 });
  await page.mouse.move(to!.x + 80, to!.y + 10, { steps: 15 });
  await page.mouse.up();
  await expect(ed.row(1)).toContainText('立足全局抓落实');
  await expect(ed.position).toContainText('第 2 /');

  // Undo the move, then the note, then the title; redo all three.
  await ed.list.focus();
  await page.keyboard.press('Control+Z');
  await expect(ed.row(3)).toContainText('立足全局抓落实');
  await page.keyboard.press('Control+Z');
  await expect(ed.notes).not.toContainText('补充');
  await page.keyboard.press('Control+Z');
  await expect(ed.title).toHaveText(oldTitle);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+Z');
  await expect(ed.row(1)).toContainText('立足全局抓落实');
  await expect(ed.position).toContainText('第 2 /');
  await expect(ed.notes).toContainText('补充：结合本单位实际讲');

  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const file = readFileSync(join(app.userDir, 'study.md'), 'utf8');
  expect(file).toContain('## 立足全局抓落实');
  expect(file).toContain('（补充：结合本单位实际讲。）');
  expect(file.indexOf('立足全局抓落实')).toBeLessThan(file.indexOf('class="contents"'));

  await page.reload();
  await ed.row(1).click();
  await expect(ed.title).toHaveText('立足全局抓落实');
  await expect(ed.notes).toContainText('补充：结合本单位实际讲');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
});

// Slide 5 (在万亿之城再出发中提升贡献度): several bullets, a title without emphasis marks.
test('Enter makes a new bullet, Tab indents, Backspace at the start merges', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  await ed.row(4).click();
  const count = await ed.bullets.count();
  const first = ed.bullets.first();
  const text = (await first.textContent())!;

  await first.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('新增一条要点');
  await expect(ed.bullets).toHaveCount(count + 1);
  await expect(ed.bullets.nth(1)).toHaveText('新增一条要点');

  await page.keyboard.press('Tab');
  await expect(page.getByTestId('canvas').locator('li li')).toHaveText('新增一条要点');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('canvas').locator('li li')).toHaveCount(0);

  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await expect(ed.bullets).toHaveCount(count);
  await expect(ed.bullets.first()).toHaveText(text + '新增一条要点');
  // The caret sits at the join: typing goes between the two parts.
  await page.keyboard.type('，');
  await expect(ed.bullets.first()).toHaveText(text + '，新增一条要点');
});

test('source-view edits show on the canvas, and canvas edits show in the source', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  await ed.row(4).click();
  await page.getByTestId('toggle-source').click();
  const source = page.getByTestId('source-editor').locator('.cm-content');
  const title = (await ed.title.textContent())!;

  // The cursor follows the current slide: its heading line is in view.
  const line = page.getByTestId('source-editor').locator('.cm-line', { hasText: `## ${title}` });
  await expect(line).toBeVisible();
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.type('（源码修改）');
  await expect(ed.title).toHaveText(`${title}（源码修改）`);
  await expect(ed.row(4)).toContainText('（源码修改）');

  // The other way round, and undo across both views.
  await ed.title.click();
  await page.keyboard.press('End');
  await page.keyboard.type('！');
  await expect(page.getByTestId('source-editor').locator('.cm-line', { hasText: `## ${title}（源码修改）！` })).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(ed.title).toHaveText(`${title}（源码修改）`);
  await page.keyboard.press('Control+Z');
  await expect(ed.title).toHaveText(title);
  await expect(source).not.toContainText('（源码修改）');
});

test('themes switch live, layouts change, slides are inserted, duplicated and deleted', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  const frame = page.getByTestId('canvas');
  await expect(frame).toHaveClass(/deck-theme-party-red/);
  await page.getByTestId('theme-select').click();
  await page.getByTitle('深蓝').click();
  await expect(frame).toHaveClass(/deck-theme-deep-blue/);
  await expect(ed.row(0).locator('.deck-theme-deep-blue')).toBeVisible();
  // Thumbnails carry what the canvas draws around a slide: page number and footer, the divider's number.
  await expect(ed.row(3).locator('section')).toHaveAttribute('data-page', '4');
  await expect(ed.row(2).locator('section')).toHaveAttribute('data-section-no', '01');
  await expect(ed.row(3).locator('section')).toHaveAttribute('data-deck-title', /.+/);

  await ed.row(3).click();
  await page.getByTestId('layout-select').click();
  await page.getByTitle('两栏要点').click();
  await expect(frame.getByTestId('canvas-slide')).toHaveClass(/two-column/);

  const n = await page.getByTestId('slide-position').textContent();
  const total = Number(/\/ (\d+)/.exec(n!)![1]);
  await page.getByTestId('duplicate-slide').click();
  await expect(ed.position).toContainText(`第 5 / ${total + 1} 张`);
  await page.getByTestId('new-slide').click();
  await expect(ed.position).toContainText(`第 6 / ${total + 2} 张`);
  // A new slide offers a title to type into.
  await frame.getByTestId('canvas-title').click();
  await page.keyboard.type('新的一页');
  await expect(ed.row(5)).toContainText('新的一页');
  await page.getByTestId('slide-list').focus();
  await page.keyboard.press('Delete');
  await expect(ed.position).toContainText(`/ ${total + 1} 张`);
  // Multi-select with Shift+click, delete both.
  await ed.row(1).click();
  await ed.row(2).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('editor').getByText('已选 2 张')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(ed.position).toContainText(`/ ${total - 1} 张`);
});

test('a shipped deck saves as a copy in the user library, and the route follows', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('deck-entry').first().getByRole('link').first().click();
  const ed = editor(page);
  await ed.row(2).click();
  await ed.title.click();
  await page.keyboard.press('End');
  await page.keyboard.type('（学习用）');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('dialog')).toContainText('另存为');
  await page.getByTestId('save-as-ok').click();
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/deck\/user\//);
  // The undo history survived the route change.
  await expect(page.getByTestId('undo')).toBeEnabled();
});

test('an outside change to the open file is noticed and can be reloaded', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  const { writeFileSync } = await import('node:fs');
  const path = join(app.userDir, 'study.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^(#{1,2}) (.*)$/m, '$1 外部程序改过的标题'));
  await expect(page.getByTestId('outside-change')).toBeVisible({ timeout: 8000 });
  await page.getByTestId('outside-change').getByRole('button', { name: '重新载入' }).click();
  await ed.row(0).click();
  await expect(ed.title).toHaveText('外部程序改过的标题');
});

test('leaving with unsaved changes asks first', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  await ed.row(3).click();
  await ed.title.click();
  await page.keyboard.type('改');
  await page.getByTestId('editor-back').click();
  await expect(page.getByRole('dialog')).toContainText('有未保存的修改');
  await page.getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
});

test('find & replace from the editor is one undo step', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  await ed.row(4).click();
  const before = (await ed.title.textContent())!;
  await ed.list.focus();
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('find-panel')).toBeVisible();
  await page.getByTestId('find-query').fill('提升');
  await page.getByTestId('find-replacement').fill('增强');
  await page.getByTestId('find-replace-all').click();
  await expect(ed.title).toHaveText(before.replaceAll('提升', '增强'));
  await page.keyboard.press('Escape');
  await ed.list.focus();
  await page.keyboard.press('Control+Z');
  await expect(ed.title).toHaveText(before);
});

test('the keyboard shortcuts panel opens with Ctrl+/', async ({ app, page }) => {
  await (await openEditor(app, page)).list.focus();
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog')).toContainText('Ctrl');
  await expect(page.getByRole('dialog')).toContainText('另起一条要点');
});

test('the original article shows where the slide comes from, and coverage lists what a deletion lost', async ({ app, page }) => {
  const ed = await openEditor(app, page);
  await page.getByTestId('toggle-article').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-article').click();
  await (await chooser).setFiles(join(import.meta.dirname, '../test/fixtures/articles/wujin-articles.txt'));
  await ed.row(3).click();
  const title = (await ed.title.textContent())!;
  const linked = page.getByTestId('article-linked');
  await expect(linked).toHaveCount(1);
  await expect(linked).toContainText(title);
  await expect(linked).toBeInViewport();

  await page.getByRole('tab', { name: '覆盖检查' }).click();
  await expect(page.getByTestId('coverage')).toContainText('100%');
  await ed.list.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('coverage-missing').first()).toContainText(title);
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('coverage-missing')).toHaveCount(0);
});

test('an inserted image is copied into the deck’s assets folder and shown on the canvas', async ({ app, page }) => {
  const { writeFileSync, readdirSync } = await import('node:fs');
  const png = join(app.userDir, '..', '会场照片.png');
  // A 1×1 PNG.
  writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  const ed = await openEditor(app, page);
  await ed.row(3).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('insert-image').click();
  await (await chooser).setFiles(png);
  const img = page.getByTestId('canvas').locator('img');
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect(img).toHaveAttribute('alt', '会场照片');
  expect(readdirSync(join(app.userDir, 'study.assets'))).toEqual([expect.stringMatching(/^会场照片-[0-9a-f]{6}\.png$/)]);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  expect(readFileSync(join(app.userDir, 'study.md'), 'utf8')).toMatch(/!\[会场照片\]\(study\.assets\/会场照片-[0-9a-f]{6}\.png\)/);
  // The thumbnail shows it too.
  await expect(ed.row(3).locator('img')).toHaveAttribute('src', /^blob:/);
});
