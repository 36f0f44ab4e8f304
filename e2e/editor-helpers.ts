/** Helpers shared by the editor specs: a user-library copy of a shipped deck, and editor locators. */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { projectRoot, type AppUnderTest } from './fixtures';

/** Copy the first shipped deck into the user library as `name`; returns its route. */
export function userCopy(userDir: string, name = 'study.md'): string {
  const dir = join(projectRoot, 'slides');
  const first = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!;
  mkdirSync(userDir, { recursive: true });
  copyFileSync(join(dir, first), join(userDir, name));
  return `/deck/user/${name}`;
}

/**
 * Open a user-library copy of the first shipped deck in the editor and wait for its slide list
 * (the editor loads lazily: keys pressed before the list shows can reach no binding).
 */
export async function openEditor(app: AppUnderTest, page: Page, name = 'study.md') {
  await app.open(page, userCopy(app.userDir, name));
  const ed = editor(page);
  await expect(ed.rows.first()).toBeVisible();
  return ed;
}

export const editor = (page: Page) => ({
  rows: page.getByTestId('slide-row'),
  row: (i: number) => page.locator(`[data-testid=slide-row][data-index="${i}"]`),
  title: page.getByTestId('canvas').getByTestId('canvas-title'),
  bullets: page.getByTestId('canvas').getByTestId('canvas-bullet'),
  notes: page.getByTestId('notes'),
  position: page.getByTestId('slide-position'),
  list: page.getByTestId('slide-list'),
  /** Select slide `row` and replace its title on the canvas by typing `text`. */
  async retitle(row: number, text: string) {
    await page.locator(`[data-testid=slide-row][data-index="${row}"]`).click();
    await page.getByTestId('canvas').getByTestId('canvas-title').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  },
});
