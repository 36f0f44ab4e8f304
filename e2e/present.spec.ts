import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTES, TITLES, writePresentDeck } from './present-deck';

const current = (page: Page) => page.locator('.reveal .slides > section.present');

test('the audience view presents, advances with keys, jumps by number, blacks out, shows the overview and never holds the notes', async ({ app, page }) => {
  writePresentDeck(app.userDir);
  await app.open(page, '/present/user/study.md?from=1');
  await expect(current(page)).toContainText(TITLES[0]);

  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText(TITLES[1]);
  await page.keyboard.press('Space');
  await expect(current(page)).toContainText(TITLES[2]);
  await page.keyboard.press('ArrowLeft');
  await expect(current(page)).toContainText(TITLES[1]);

  // Notes never reach the audience DOM, not even hidden.
  await expect(page.locator('aside.notes')).toHaveCount(0);
  const html = await page.content();
  for (const n of NOTES) if (n) expect(html).not.toContain(n);

  // 5 Enter → slide 5.
  await page.keyboard.press('5');
  await expect(page.getByTestId('jump-buffer')).toContainText('5');
  await page.keyboard.press('Enter');
  await expect(current(page)).toContainText(TITLES[4]);

  // B: black screen, B again: back.
  await page.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(1);
  await expect(page.locator('.reveal .pause-overlay')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(0);

  // O: overview of all slides; Esc closes the overview (and does not leave).
  await page.keyboard.press('o');
  await expect(page.locator('.reveal.overview')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal.overview')).toHaveCount(0);
  await expect(page.getByTestId('present-audience')).toBeVisible();

  // L: laser pointer dot follows the mouse.
  await page.keyboard.press('l');
  await page.mouse.move(400, 300);
  await expect(page.getByTestId('laser-dot')).toBeVisible();
  const box = await page.getByTestId('laser-dot').boundingBox();
  expect(Math.abs(box!.x + box!.width / 2 - 400)).toBeLessThan(3);
  await page.keyboard.press('l');
  await expect(page.getByTestId('laser-dot')).toHaveCount(0);

  // P: pen; a stroke puts ink on the canvas; the deck file is untouched.
  await page.keyboard.press('p');
  await expect(page.getByTestId('ink-layer')).toHaveClass(/present-ink-active/);
  await page.mouse.move(300, 300);
  await page.mouse.down();
  await page.mouse.move(500, 350, { steps: 8 });
  await page.mouse.up();
  const inked = await page.getByTestId('ink-layer').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(50);

  // Esc leaves the pen first, then the presentation (back to the deck).
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ink-layer')).not.toHaveClass(/present-ink-active/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/deck\/user\/study\.md$/);
});

test('?from=n starts the audience view at slide n', async ({ app, page }) => {
  writePresentDeck(app.userDir);
  await app.open(page, '/present/user/study.md?from=4');
  await expect(current(page)).toContainText(TITLES[3]);
});

test('the presenter window shows the right notes, drives the audience and follows it', async ({ app, page, context }) => {
  writePresentDeck(app.userDir);
  await app.open(page, '/present/user/study.md?from=1');
  await expect(current(page)).toContainText(TITLES[0]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText(TITLES[2]);

  // S opens the presenter view in a second window (browser edition).
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.getByTestId('presenter-view')).toBeVisible();
  const notes = presenter.getByTestId('presenter-notes');
  await expect(notes).toContainText(NOTES[2]!);
  await expect(presenter.getByTestId('presenter-position')).toHaveText('3 / 6');
  await expect(presenter.getByTestId('presenter-next').locator('.slides > section.present')).toContainText(TITLES[3]);

  // Presenter drives: → moves the audience and the notes.
  await presenter.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText(TITLES[3]);
  await expect(notes).toContainText(NOTES[3]!);
  await expect(presenter.getByTestId('presenter-position')).toHaveText('4 / 6');

  // Audience drives (a clicker on the projector window): the presenter follows.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText(TITLES[4]);
  await expect(notes).toContainText(NOTES[4]!);
  await expect(presenter.getByTestId('presenter-position')).toHaveText('5 / 6');

  // Jump from the presenter: 2 Enter.
  await presenter.bringToFront();
  await presenter.keyboard.press('2');
  await presenter.keyboard.press('Enter');
  await expect(current(page)).toContainText(TITLES[1]);
  await expect(notes).toContainText(NOTES[1]!);

  // B in the presenter blacks out the audience; B again brings it back.
  await presenter.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(1);
  await presenter.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(0);

  // O in the presenter opens the overview on the audience screen.
  await presenter.keyboard.press('o');
  await expect(page.locator('.reveal.overview')).toHaveCount(1);
  await presenter.keyboard.press('o');
  await expect(page.locator('.reveal.overview')).toHaveCount(0);

  // Notes font size is adjustable.
  const size = async () => Number.parseFloat(await notes.evaluate((e) => getComputedStyle(e).fontSize));
  const before = await size();
  await presenter.keyboard.press('+');
  expect(await size()).toBeGreaterThan(before);

  // Section budget: a budget below the time already spent turns the section red.
  await presenter.waitForTimeout(1200);
  const firstSectionInput = presenter.getByTestId('presenter-sections').locator('input').nth(1);
  await firstSectionInput.fill('0.01');
  await expect(presenter.getByTestId('presenter-sections').locator('.presenter-section').nth(1)).toHaveAttribute('data-budget', 'over');

  // T resets the elapsed timer.
  await presenter.locator('body').click({ position: { x: 5, y: 400 } });
  await presenter.keyboard.press('t');
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText('00:00');
});

for (const theme of ['party-red', 'deep-blue', 'clean-white'] as const) {
  test(`screens in the ${theme} theme: audience and presenter views render the slide, the notes and the timers`, async ({ app, page, context }, info) => {
    writePresentDeck(app.userDir, 'study.md', theme);
    await app.open(page, '/present/user/study.md?from=4');
    await expect(current(page)).toContainText(TITLES[3]);
    await expect(page.locator(`.deck-theme-${theme} .reveal`)).toBeVisible();
    await page.waitForTimeout(600); // let the slide transition finish before the picture
    await page.screenshot({ path: info.outputPath(`audience-${theme}.png`) });
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await presenter.setViewportSize({ width: 1440, height: 900 });
    await expect(presenter.getByTestId('presenter-notes')).toContainText(NOTES[3]!);
    await presenter.waitForTimeout(600);
    await presenter.screenshot({ path: info.outputPath(`presenter-${theme}.png`) });
  });
}

test('a long deck is handed to reveal.js a window at a time: walking, jumping and the number all cover the whole deck', async ({ app, page }) => {
  const slides = Array.from({ length: 120 }, (_, i) => `## 第${i + 1}页标题\n\n- 要点${i + 1}\n\nNote:\n第${i + 1}页讲稿`);
  mkdirSync(app.userDir, { recursive: true });
  writeFileSync(join(app.userDir, 'long.md'), `---\ntitle: 长演示稿\ntheme: party-red\n---\n\n${slides.join('\n\n---\n\n')}\n`);
  await app.open(page, '/present/user/long.md?from=1');
  await expect(current(page)).toContainText('第1页标题');
  expect(await page.locator('.reveal .slides > section').count()).toBeLessThan(120);
  // Quick presses straight across several window edges: none is lost.
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText('第41页标题');
  await expect(page.getByTestId('present-number')).toHaveText('41 / 120');
  // Far jump and the deck's ends.
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  await expect(current(page)).toContainText('第100页标题');
  await page.keyboard.press('End');
  await expect(current(page)).toContainText('第120页标题');
  await expect(page.getByTestId('present-number')).toHaveText('120 / 120');
  await page.keyboard.press('Home');
  await expect(current(page)).toContainText('第1页标题');
  await page.keyboard.press('ArrowLeft');
  await expect(current(page)).toContainText('第1页标题');
  await expect(page.locator('aside.notes')).toHaveCount(0);
});

test('the presenter view on its own (rehearsal with one display) steps through the deck with its notes and says it is a rehearsal', async ({ app, page }) => {
  writePresentDeck(app.userDir);
  await app.open(page, '/presenter/user/study.md?at=1&mode=rehearsal');
  await expect(page.getByTestId('presenter-rehearsal')).toBeVisible();
  await expect(page.getByTestId('presenter-notes')).toContainText(NOTES[1]!);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-position')).toHaveText('3 / 6');
  await expect(page.getByTestId('presenter-current').locator('.slides > section.present')).toContainText(TITLES[2]);
  await page.keyboard.press('End');
  await expect(page.getByTestId('presenter-notes')).toContainText(NOTES[5]!);
  await expect(page.getByTestId('presenter-next')).toContainText('已是最后一张');
});
