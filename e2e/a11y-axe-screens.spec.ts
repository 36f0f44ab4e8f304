/**
 * axe (WCAG 2.1 A/AA + best practices) on the screens around the editor, in both
 * interface languages: library, display settings, shortcuts help, export dialog,
 * draft recovery, import review, audience view and presenter view. One app and one
 * browser context per language; each test walks several screens.
 * The deck's own slide content is left out (see a11y-helpers.ts); the chrome is not.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import type { AppUnderTest } from './fixtures';
import { appIn, expectAxeClean, leaveDraft, LANGS } from './a11y-helpers';
import { presentDeckText, writePresentDeck } from './present-deck';
import { draftKeyOf } from '../src/renderer/editor/draft-key';

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };
// A short notice with the usual numbering and an attachment line: the review's every kind of row, few of them
// (axe's time grows with the page; the long sample is imported in a11y-keyboard.spec.ts).
const NOTICE = [
  '关于做好春季安全生产检查工作的通知',
  '各镇人民政府、街道办事处，区各有关部门：',
  '为切实做好春季安全生产工作，现将有关事项通知如下。',
  '一、提高思想认识',
  '（一）压实工作责任。各单位要把安全生产摆在突出位置，主要负责同志亲自抓。',
  '1.明确分工。责任到岗、到人。',
  '二、突出检查重点',
  '一是抓好危化品领域。二是抓好建筑施工领域。',
  '附件：春季安全生产检查表',
  '区安全生产委员会办公室',
  '2024年3月1日',
].join('\n\n');

for (const lang of LANGS) {
  test.describe(`axe, ${lang}`, () => {
    test.describe.configure({ mode: 'serial' });
    let app: AppUnderTest;
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      ({ app, context, page } = await appIn(browser, lang));
      writePresentDeck(app.userDir);
    });
    test.afterAll(async () => {
      await context.close();
      await app.server.close();
    });

    test('library, draft recovery, display settings, shortcuts help, export dialog', async () => {
      await leaveDraft(app, draftKeyOf({ root: 'user', path: 'study.md' }), { root: 'user', path: 'study.md' }, presentDeckText().replace('提升贡献度', '草稿里的标题'));
      await app.open(page);
      await expect(page.getByTestId('import-button')).toBeVisible();
      await expect(page.getByTestId('draft-recovery')).toBeVisible(SLOW);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAxeClean(page, 'library with draft recovery');

      await page.getByTestId('display-settings').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectAxeClean(page, 'display settings', { include: '.ant-modal-wrap' });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByTestId('theme-settings').click();
      await expect(page.getByTestId('theme-preview')).toBeVisible();
      await expectAxeClean(page, 'slide theme settings', { include: '.ant-modal-wrap' });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.keyboard.press('Control+/');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectAxeClean(page, 'shortcuts help', { include: '.ant-modal-wrap' });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByTestId('deck-entry').filter({ hasText: '学习会放映测试' }).getByTestId('deck-export').click();
      const dialog = page.getByTestId('export-dialog');
      await expect(dialog.getByTestId('export-run')).toBeEnabled();
      await dialog.getByTestId('export-header-switch').click();
      await expectAxeClean(page, 'export dialog', { include: '.ant-modal-wrap' });
      await page.keyboard.press('Escape');
    });

    test('import review', async () => {
      await app.open(page);
      await expect(page.getByTestId('import-button')).toBeVisible();
      await page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.setData('text/plain', text);
        document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
      }, NOTICE);
      await expect(page.getByTestId('review-article')).toHaveCount(1, SLOW);
      await expect(page.getByTestId('review-heading').first()).toBeVisible();
      await expectAxeClean(page, 'import review');
    });

    test('audience view and presenter view', async () => {
      await app.open(page, '/present/user/study.md?from=3');
      await expect(page.locator('.reveal .slides > section.present')).toBeVisible();
      await expectAxeClean(page, 'audience view');
      await app.open(page, '/presenter/user/study.md?at=2');
      await expect(page.getByTestId('presenter-view')).toBeVisible();
      await expectAxeClean(page, 'presenter view');
    });
  });
}
