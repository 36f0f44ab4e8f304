/**
 * Accessibility checks shared by the a11y specs: axe-core with the WCAG 2.1 A/AA
 * rules and best practices, failing on serious and critical findings.
 *
 * Only what a deck itself contains is left out: the reveal.js slides' own content
 * (titles, bullets, pictures and colours the deck's author chose). The app's chrome
 * around it — lists, toolbars, panels, dialogs, the presenter's controls — is checked.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { startApp, type AppUnderTest } from './fixtures';

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];

/** The deck's own slide content: rendered reveal.js sections and slide thumbnails. */
const DECK_CONTENT = ['.reveal .slides > section', '.slide-thumb-content'];

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

export interface AxeScope {
  include?: string;
  exclude?: string[];
}

/** Run axe on the page as it is; returns the serious and critical findings, readable in a failure message. */
export async function axeFindings(page: Page, opts: AxeScope = {}): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  // A dialog is checked on its own: the screen behind it has its own check.
  if (opts.include) builder = builder.include(opts.include);
  for (const sel of [...DECK_CONTENT, ...(opts.exclude ?? [])]) builder = builder.exclude(sel);
  const res = await builder.analyze();
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n')[1] ?? ''}`) }));
}

/** Assert a screen is clean; `screen` names it in the failure message. */
export async function expectAxeClean(page: Page, screen: string, opts: AxeScope = {}) {
  const started = Date.now();
  const found = await axeFindings(page, opts);
  if (process.env.A11Y_TIMING) console.log(`axe ${screen}: ${Date.now() - started} ms`);
  expect(found, `${screen}: serious or critical axe findings`).toEqual([]);
}

/** One app and one browser context for a language: settings say the interface language before the first page. */
export async function appIn(browser: Browser, lang: Lang, settings: Record<string, unknown> = {}) {
  const app: AppUnderTest = await startApp();
  mkdirSync(app.dataDir, { recursive: true });
  writeFileSync(join(app.dataDir, 'settings.json'), JSON.stringify({ language: lang, ...settings }));
  const context: BrowserContext = await browser.newContext({ locale: lang });
  const page = await context.newPage();
  return { app, context, page };
}

/** Leave a draft for a deck as a crash would: straight through the host API, as the editor's autosave does. */
export async function leaveDraft(app: AppUnderTest, key: string, ref: { root: 'user' | 'builtin'; path: string }, text: string) {
  const u = new URL(app.url);
  const res = await fetch(`${u.origin}/api/draft/save`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': u.searchParams.get('token') ?? '' },
    body: JSON.stringify([{ key, text, ref, baseVersion: null }]),
  });
  expect(res.ok, await res.text()).toBe(true);
}
