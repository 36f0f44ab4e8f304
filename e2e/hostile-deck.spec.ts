/**
 * A hostile deck in the user's library, opened the ways a user opens a deck: from
 * the library (the editor), presented (audience view) and in the presenter view.
 * Every payload tries to set window.__pwned, pop a dialog or fetch from outside.
 * What must hold, as the user's machine would see it: no dialog, no script ran,
 * no request left 127.0.0.1, and the Content-Security-Policy had nothing to block
 * from the deck — the sanitiser, not just the CSP behind it, removed the payload.
 *
 * Two kinds of CSP report are the app's own and expected: zod probes for eval
 * (new Function) once, and Chromium reports inline handlers when DOMPurify parses
 * the dirty markup in its inert DOMParser document. Both name a file of the app's
 * bundle as their source; a payload that reached the live page would not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AppUnderTest } from './fixtures';

const HOSTILE = `---
title: 恶意演示稿
theme: party-red
---
<!-- .slide: class="cover" data-background-iframe="https://example.com/frame" data-background-image="http://example.com/bg.png" onclick="window.__pwned='slide-attr'" -->
# 第一页 恶意内容测试
<script>window.__pwned = 'script'; alert('script')</script>

<img src=x onerror="window.__pwned='onerror'; alert('onerror')">

<img src="http://example.com/x.png">

<img src="//example.com/protocol-relative.png">

<img data-src="http://example.com/lazy.png">
---
## 第二页 框架与链接
<iframe src="https://example.com/"></iframe>

<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>

[点我](javascript:window.__pwned='link')

<a href="javascript:alert('link')">HTML 链接</a>

<svg onload="window.__pwned='svg'"><circle r="5"/></svg>

<object data="http://example.com/x.swf"></object>
---
## 第三页 样式与表单
<div style="background:url(http://example.com/style.png)">背景</div>

<style>@import url(http://example.com/x.css);</style>

<form action="http://example.com/steal"><button>提交</button></form>

![穿越](../../etc/passwd)

<meta http-equiv="refresh" content="0;url=http://example.com/">
Note:
<script>window.__pwned = 'notes'</script>
<img src=x onerror="window.__pwned='notes-onerror'">
<img src="http://example.com/notes.png">
`;

interface Watch {
  dialogs: string[];
  outside: string[];
}

async function watch(page: Page, app: AppUnderTest): Promise<Watch> {
  const origin = new URL(app.url).origin;
  const w: Watch = { dialogs: [], outside: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')) w.outside.push(u);
  });
  // CSP violations are reported in the page; collect them before any script of the app runs.
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const fromAppCode = /\/assets\/[^/]+\.js$/.test(e.sourceFile) && !/^(https?|wss?|ftp):/.test(e.blockedURI);
      if (!fromAppCode) (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
  });
  return w;
}

async function assertNothingRan(page: Page, w: Watch): Promise<void> {
  // Give lazy loading, reveal.js backgrounds and event handlers time to fire.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.outside).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  // Nothing that runs or frames made it into the document.
  // (The page's own <head> holds the CSP meta tag; only the body shows deck content.)
  const body = page.locator('body');
  expect(await body.locator('iframe, object, embed, frame, script:not([src]), form, meta[http-equiv], style:has-text("example.com")').count()).toBe(0);
  expect(await body.locator('[onerror], [onload], [onclick], [data-background-iframe], [data-src^="http"]').count()).toBe(0);
}

function install(app: AppUnderTest): void {
  mkdirSync(app.userDir, { recursive: true });
  writeFileSync(join(app.userDir, 'hostile.md'), HOSTILE);
}

test('a hostile deck opened from the library runs no script and sends nothing outside', async ({ app, page }) => {
  install(app);
  const w = await watch(page, app);
  await app.open(page);
  const entry = page.getByTestId('deck-entry').filter({ hasText: '恶意演示稿' });
  await expect(entry).toBeVisible();
  await entry.getByRole('link', { name: '恶意演示稿' }).first().click();
  await expect(page.getByText('第一页 恶意内容测试').first()).toBeVisible();
  await assertNothingRan(page, w);
});

test('a hostile deck presented (every slide) runs no script and sends nothing outside', async ({ app, page }) => {
  install(app);
  const w = await watch(page, app);
  await app.open(page, '/present/user/hostile.md?from=1');
  const current = page.locator('.reveal .slides > section.present');
  await expect(current).toContainText('第一页');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText('第二页');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText('第三页');
  await assertNothingRan(page, w);
});

test('a hostile deck in the presenter view (notes shown) runs no script and sends nothing outside', async ({ app, page }) => {
  install(app);
  const w = await watch(page, app);
  await app.open(page, '/presenter/user/hostile.md?at=2');
  await expect(page.getByTestId('presenter-view')).toBeVisible();
  await assertNothingRan(page, w);
});
