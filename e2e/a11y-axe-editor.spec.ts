/**
 * axe (WCAG 2.1 A/AA + best practices) on the editor in both interface languages:
 * the editor itself, with the source view and with the original-article pane open
 * (both its tabs), find & replace, shortcuts help, the export dialog and the
 * restore-draft question. One app and one browser context per language.
 * The deck's own slide content (canvas, thumbnails) is left out; the chrome is not.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import type { AppUnderTest } from './fixtures';
import { projectRoot } from './fixtures';
import { appIn, expectAxeClean, leaveDraft, LANGS } from './a11y-helpers';
import { userCopy, openEditor } from './editor-helpers';
import { presentDeckText } from './present-deck';
import { draftKeyOf } from '../src/renderer/editor/draft-key';

test.describe.configure({ timeout: 120_000 });

for (const lang of LANGS) {
  test.describe(`axe on the editor, ${lang}`, () => {
    test.describe.configure({ mode: 'serial' });
    let app: AppUnderTest;
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      ({ app, context, page } = await appIn(browser, lang));
    });
    test.afterAll(async () => {
      await context.close();
      await app.server.close();
    });

    test('editor, source view, original article and coverage', async () => {
      await openEditor(app, page);
      // One whole-page run (list, canvas, notes, toolbar, status bar, source view); the other side
      // panels and the find panel are then checked on their own, which is much cheaper than the page.
      await page.getByTestId('toggle-source').click();
      await expect(page.locator('.cm-content')).toBeVisible();
      await expectAxeClean(page, 'editor with the source view');
      await page.getByTestId('toggle-source').click();

      await page.getByTestId('toggle-article').click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open-article').click();
      await (await chooser).setFiles(join(projectRoot, 'test/fixtures/articles/wujin-articles.txt'));
      await expect(page.getByTestId('article-linked')).toHaveCount(1);
      await expectAxeClean(page, 'editor with the original article', { include: '.editor-side-pane' });
      await page.getByRole('tab').nth(1).click();
      await expect(page.getByTestId('coverage')).toBeVisible();
      await expectAxeClean(page, 'editor with the coverage check', { include: '.editor-side-pane' });
    });

    test('find & replace, shortcuts help, export dialog', async () => {
      await page.getByTestId('open-find').click();
      await expect(page.getByTestId('find-panel')).toBeVisible();
      await page.getByTestId('find-query').fill('发展');
      await expectAxeClean(page, 'find & replace', { include: '.ant-drawer' });
      await page.getByTestId('find-query').press('Escape');
      await expect(page.getByTestId('find-panel')).toBeHidden();

      await page.getByTestId('open-help').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectAxeClean(page, 'shortcuts help in the editor', { include: '.ant-modal-wrap' });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByTestId('open-export').click();
      await expect(page.getByRole('dialog').getByTestId('export-run')).toBeEnabled();
      await expectAxeClean(page, 'export dialog from the editor', { include: '.ant-modal-wrap' });
      await page.keyboard.press('Escape');
    });

    test('the restore-draft question', async () => {
      const ref = { root: 'user' as const, path: 'draft.md' };
      userCopy(app.userDir, 'draft.md');
      await leaveDraft(app, draftKeyOf(ref), ref, presentDeckText());
      await page.goto('about:blank');
      await app.open(page, '/deck/user/draft.md');
      await expect(page.getByTestId('restore-draft')).toBeVisible({ timeout: 30_000 });
      await expectAxeClean(page, 'restore-draft question', { include: '.ant-modal-wrap' });
    });
  });
}
