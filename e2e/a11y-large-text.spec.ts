/**
 * 适老化 large text: at 特大 (1.5×) on a 1366×768 screen nothing clips or overlaps —
 * library, import review, editor, export dialog, presenter view. Each screen is
 * also saved as a screenshot (test-results/…/large-text-*.png) for a person to look at.
 * Ctrl+= / Ctrl+- / Ctrl+0 step the same setting, which is remembered.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appIn } from './a11y-helpers';
import { openEditor } from './editor-helpers';
import { writePresentDeck } from './present-deck';

test.describe.configure({ timeout: 120_000 });
const VIEWPORT = { width: 1366, height: 768 };

/**
 * Controls that stick out of the window sideways, overlap another control, or cut
 * their own text off. Rectangles are the ones the user sees (CSS zoom included).
 */
async function layoutProblems(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope) ?? document.body;
    const sel = 'button, a[href], input:not([type=hidden]):not([type=radio]):not([type=checkbox]), [role=tab], [role=option], .ant-radio-button-wrapper, .ant-segmented-item, .ant-select, h1, h2, h3, h4, label';
    const vw = document.documentElement.getBoundingClientRect().width;
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}"${(el.textContent ?? '').trim().slice(0, 24) || el.getAttribute('aria-label') || ''}"`;
    const shown = [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      // Inside a scrolling list, a row scrolled out of sight is not clipped: skip what is out of its scroller's view.
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[aria-hidden=true], .reveal .slides');
    });
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth})`);
    const boxes = shown.map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (const { el, r } of boxes) {
      if (r.right > vw + 1 || r.left < -1) out.push(`${name(el)} is outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(vw)})`);
      // Text cut off inside a control (ellipsis by design is marked with a title or is a long file name).
      if (/^(BUTTON|LABEL|H\d)$/.test(el.tagName) && el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflow !== 'visible' && !el.title) {
        out.push(`${name(el)} cuts its text (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    const controls = boxes.filter(({ el }) => /^(BUTTON|A|INPUT)$/.test(el.tagName) || el.matches('[role=tab], .ant-select, .ant-radio-button-wrapper, .ant-segmented-item'));
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i]!;
        const b = controls[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) out.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    return out;
  }, scope);
}

async function check(page: Page, screen: string, scope?: string) {
  await page.screenshot({ path: test.info().outputPath(`large-text-${screen}.png`) });
  expect(await layoutProblems(page, scope), `${screen} at 特大, 1366×768`).toEqual([]);
}

test('特大 at 1366×768: library, export dialog, import review, editor, presenter view; Ctrl+=/-/0 step the size', async ({ browser }) => {
  const { app, context, page } = await appIn(browser, 'zh-CN', { uiScale: 'x-large' });
  try {
    await page.setViewportSize(VIEWPORT);
    writePresentDeck(app.userDir, 'present.md');
    await app.open(page);
    await expect(page.getByTestId('import-button')).toBeVisible();
    // The whole interface is 1.5×: the body text is 21 px on screen, not only the slides.
    await expect.poll(() => page.evaluate(() => document.documentElement.style.zoom)).toBe('1.5');
    const textPx = async () => (await page.getByTestId('import-button').boundingBox())!.height;
    const big = await textPx();
    await check(page, 'library');

    // Ctrl+0 back to 标准, Ctrl+= twice to 特大 again; the choice is remembered in the settings file.
    await page.keyboard.press('Control+0');
    await expect.poll(textPx).toBeLessThan(big * 0.75);
    await expect(page.getByTestId('live-polite')).toContainText('文字大小：标准');
    await page.keyboard.press('Control+=');
    await expect(page.getByTestId('live-polite')).toContainText('文字大小：大');
    await page.keyboard.press('Control+=');
    await expect.poll(textPx).toBeCloseTo(big, 0);
    await expect.poll(() => JSON.parse(readFileSync(join(app.dataDir, 'settings.json'), 'utf8')).uiScale).toBe('x-large');

    await page.getByTestId('deck-entry').first().getByTestId('deck-export').click();
    await expect(page.getByRole('dialog').getByTestId('export-run')).toBeEnabled();
    await check(page, 'export-dialog', '.ant-modal-wrap');
    await page.keyboard.press('Escape');

    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', '关于做好安全生产工作的通知\n\n一、提高思想认识\n\n（一）压实责任。各单位要把安全生产摆在突出位置。\n\n二、突出检查重点\n\n附件：检查表');
      document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
    });
    await expect(page.getByTestId('review-article')).toHaveCount(1, { timeout: 30_000 });
    await check(page, 'import-review');

    await openEditor(app, page);
    await check(page, 'editor');

    await app.open(page, '/presenter/user/present.md?at=1');
    await expect(page.getByTestId('presenter-view')).toBeVisible();
    await check(page, 'presenter');
  } finally {
    await context.close();
    await app.server.close();
  }
});
