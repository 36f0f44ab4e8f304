/** Helpers shared by the editor specs: a user-library copy of a shipped deck, and editor locators. */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectRoot } from './fixtures';

/** Copy the first shipped deck into the user library as `name`; returns its route. */
export function userCopy(userDir: string, name = 'study.md'): string {
  const dir = join(projectRoot, 'slides');
  const first = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!;
  mkdirSync(userDir, { recursive: true });
  copyFileSync(join(dir, first), join(userDir, name));
  return `/deck/user/${name}`;
}

export const editor = (page: Page) => ({
  rows: page.getByTestId('slide-row'),
  row: (i: number) => page.locator(`[data-testid=slide-row][data-index="${i}"]`),
  title: page.getByTestId('canvas').getByTestId('canvas-title'),
  bullets: page.getByTestId('canvas').getByTestId('canvas-bullet'),
  notes: page.getByTestId('notes'),
  position: page.getByTestId('slide-position'),
  list: page.getByTestId('slide-list'),
});
