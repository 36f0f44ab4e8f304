/**
 * Crash recovery: the host is killed mid-edit (server closed, page closed without
 * beforeunload), a new host starts on the same library and data folders, and the
 * edits made up to a few seconds before the kill come back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startApp } from './fixtures';
import { editor, openEditor } from './editor-helpers';

test.describe.configure({ mode: 'serial' });

/** Every draft file's text, as the next start will read it. */
function draftsOnDisk(dataDir: string): string {
  const dir = join(dataDir, 'drafts');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((n) => n.endsWith('.draft.json'))
    .map((n) => (JSON.parse(readFileSync(join(dir, n), 'utf8')) as { text: string }).text)
    .join('\n');
}

async function editAndKill(page: Page, browserPage: () => Promise<Page>) {
  const first = await startApp();
  const ed = await openEditor(first, page);
  await ed.retitle(3, '崩溃前的修改');
  await ed.notes.click();
  await page.keyboard.type('备注也在');
  await expect(page.getByTestId('save-state')).toContainText('草稿已于', { timeout: 8000 });
  // Edits after the last draft write may be lost; everything up to it must come back. On a
  // busy machine the first draft can be written before the notes were typed: kill only once a
  // draft on disk holds both edits (the next autosave writes it).
  await expect.poll(() => draftsOnDisk(first.dataDir), { timeout: 15_000 }).toMatch(/崩溃前的修改[\s\S]*备注也在/);
  await page.close({ runBeforeUnload: false });
  await first.server.close();
  const next = await startApp({ userDir: first.userDir, dataDir: first.dataDir });
  return { next, page: await browserPage(), cleanup: () => rmSync(resolve(first.userDir, '..'), { recursive: true, force: true }) };
}

test('after a kill, the library offers the draft and restoring brings the edits back', async ({ page, context }) => {
  const { next, page: again, cleanup } = await editAndKill(page, () => context.newPage());
  try {
    await next.open(again);
    const offer = again.getByTestId('draft-recovery');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('study.md');
    await offer.getByRole('button', { name: /恢\s*复/ }).click();
    const ed = editor(again);
    await ed.row(3).click();
    await expect(ed.title).toHaveText('崩溃前的修改');
    await expect(ed.notes).toContainText('备注也在');
    // Restored, not saved: the document is dirty until the user saves.
    await expect(again.getByTestId('dirty-marker')).toBeVisible();
  } finally {
    await next.server.close();
    cleanup();
  }
});

test('opening the deck itself after a kill asks to restore the draft', async ({ page, context }) => {
  const { next, page: again, cleanup } = await editAndKill(page, () => context.newPage());
  try {
    await next.open(again, '/deck/user/study.md');
    await expect(again.getByRole('dialog')).toContainText('发现未保存的草稿');
    await again.getByTestId('restore-draft').click();
    const ed = editor(again);
    await ed.row(3).click();
    await expect(ed.title).toHaveText('崩溃前的修改');
    // Undo goes back to the file as it was on disk.
    await again.getByTestId('slide-list').focus();
    await again.keyboard.press('Control+Z');
    await expect(ed.title).not.toHaveText('崩溃前的修改');
  } finally {
    await next.server.close();
    cleanup();
  }
});

test('when the drafts folder cannot be written, the status bar does not claim a draft keeps the changes', async ({ page, app }) => {
  // A file where the drafts folder should be: every draft write fails (root ignores folder permissions).
  mkdirSync(app.dataDir, { recursive: true });
  writeFileSync(join(app.dataDir, 'drafts'), 'not a folder');
  const ed = await openEditor(app, page);
  await ed.retitle(3, '草稿写不进去');
  const state = page.getByTestId('save-state');
  await expect(state).toContainText('草稿无法保存', { timeout: 8000 });
  await expect(state).not.toContainText('草稿已于');
});
