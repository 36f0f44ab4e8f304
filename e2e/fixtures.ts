/**
 * A fresh browser-edition server per test: the shipped slides/ as the built-in
 * library, an empty temporary user library and data folder, the built renderer.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../src/node/services';
import { startWebServer, type WebServer } from '../src/server/server';

export const projectRoot = resolve(import.meta.dirname, '..');

export interface AppUnderTest {
  server: WebServer;
  url: string;
  userDir: string;
  dataDir: string;
  /** Open the app's start page in `page`. */
  open(page: Page, hash?: string): Promise<void>;
}

export async function startApp(opts: { userDir?: string; dataDir?: string } = {}): Promise<AppUnderTest> {
  const tmp = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
  const userDir = opts.userDir ?? join(tmp, 'library');
  const dataDir = opts.dataDir ?? join(tmp, 'data');
  const services = createServices({
    roots: { builtin: join(projectRoot, 'slides'), user: userDir },
    dataDir,
    host: 'web',
    version: 'e2e',
  });
  const server = await startWebServer({ services, staticDir: join(projectRoot, 'out', 'renderer'), port: 0 });
  return {
    server,
    url: server.url,
    userDir,
    dataDir,
    async open(page, hash = '') {
      await page.goto(server.url + (hash ? `#${hash}` : ''));
    },
  };
}

export const test = base.extend<{ app: AppUnderTest }>({
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.server.close();
    rmSync(resolve(app.userDir, '..'), { recursive: true, force: true });
  },
});

export { expect };
