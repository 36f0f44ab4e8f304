import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './src/node/chromium-flags';

/**
 * End-to-end tests drive the browser edition in Debian's Chromium (Playwright's
 * own browser download is not reachable from these machines). Where
 * /usr/bin/chromium is missing, Playwright's bundled browser is used instead.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';


export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
