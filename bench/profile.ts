/**
 * Profiling the editor and the audience view on the 500-slide deck (not a bench: nothing
 * is a figure). `npx tsx bench/profile.ts <mode>` after `npx electron-vite build`
 * (BRIEFING_NO_MINIFY=1 for readable names); BENCH_RENDERER=<dir> serves another build.
 *   editor | present | load   a V8 CPU profile (/tmp/speedprof/*.cpuprofile), top functions
 *   cpu-editor | cpu-present  a Chromium trace: thread CPU time (tdur) of each keystroke's
 *                             input task / each key press's task, median and p95. Thread CPU
 *                             moves far less with the machine's load than wall-clock figures,
 *                             so A/B runs of two builds compare on a busy machine.
 *                             BREAKDOWN=1 adds style/layout costs and forced-layout stacks.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../src/node/services';
import { bigDeck } from './big-deck';
import { startWebServer } from '../src/server/server';
import { CHROMIUM_ARGS } from '../src/node/chromium-flags';
const root = resolve(import.meta.dirname, '..');
const mode = process.argv[2] ?? 'editor';
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number; children?: number[] };
function summarize(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }, label: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(profile.samples[i]!)!;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    total += dt;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); }
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${v.toFixed(1).padStart(8)}  ${n}`).join('\n');
  console.log(`== ${label}: busy ${total.toFixed(1)} ms\n-- self\n${top(self, 35)}\n-- inclusive\n${top(incl, 70)}`);
}
mkdirSync('/tmp/speedprof', { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'briefing-prof-'));
const userDir = join(tmp, 'library');
mkdirSync(userDir, { recursive: true });
writeFileSync(join(userDir, 'big.md'), bigDeck(500, 'x'));
const services = createServices({ roots: { builtin: join(root, 'slides'), user: userDir }, dataDir: join(tmp, 'data'), host: 'web', version: 'bench' });
const server = await startWebServer({ services, staticDir: process.env.BENCH_RENDERER ?? join(root, 'out', 'renderer'), port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: mode === 'present' ? { width: 1280, height: 720 } : { width: 1440, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (mode === 'load') {
  await page.addInitScript(`new MutationObserver(function () {
    var t = document.querySelector('[data-testid=canvas] section.present');
    if (window.__firstSlide === undefined && t && t.textContent.trim() !== '') window.__firstSlide = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });`);
  await page.goto(server.url);
  await page.goto(server.url.replace('/?', '/?warm=1&') + '#/deck/user/big.md');
  await page.locator('[data-testid=slide-row]').first().waitFor({ timeout: 60_000 });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' }).catch(() => {});
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForSelector('[data-testid=canvas] section.present');
  const t = await page.evaluate(() => performance.now());
  await page.locator('[data-testid=slide-row]').first().waitFor({ timeout: 60_000 });
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/speedprof/load.cpuprofile', JSON.stringify(profile));
  const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)])));
  console.log('first slide at', await page.evaluate('window.__firstSlide'), 'canvas at', t, nav);
  summarize(profile as never, 'load');
} else if (mode === 'cpu-editor' || mode === 'cpu-present') {
  const present = mode === 'cpu-present';
  if (present) {
    await page.goto(`${server.url}#/present/user/big.md?from=1`);
    await page.waitForSelector('.reveal .slides > section.present');
    await page.waitForTimeout(500);
    for (let i = 0; i < 5; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(80); }
  } else {
    await page.goto(server.url);
    await page.goto(server.url.replace('/?', '/?warm=1&') + '#/deck/user/big.md');
    await page.locator('[data-testid=slide-row]').first().waitFor({ timeout: 60_000 });
    await page.evaluate(`var list = document.querySelector('[data-testid=slide-list]'); list.scrollTop = 250 * document.querySelector('[data-testid=slide-row]').getBoundingClientRect().height;`);
    await page.locator('[data-testid=slide-row][data-index="250"]').click();
    await page.locator('[data-testid=canvas] [data-testid=canvas-title]').click();
    await page.waitForTimeout(500);
    await page.keyboard.press('End');
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...(process.env.BREAKDOWN ? ['disabled-by-default-devtools.timeline.stack'] : [])] });
  const text = '坚持稳中求进以进促稳先立后破持续提升经济运行质效';
  const N = present ? 40 : 80;
  for (let i = 0; i < N; i++) {
    if (present) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(80); }
    else { await page.keyboard.type(text[i % text.length]!); await page.waitForTimeout(15); }
  }
  await page.waitForTimeout(300);
  const buf = await browser.stopTracing();
  const ev = (JSON.parse(buf.toString()) as { traceEvents: Array<{ name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { type?: string } } }> }).traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'EventDispatch'))!;
  const onMain = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const want = present ? 'keydown' : 'input';
  const hits = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === want);
  const per: number[] = [];
  // The key press's task plus the frame that paints it: what present.slide_change_ms times.
  const toPaint: number[] = [];
  const commits = onMain.filter((e) => e.name === 'Commit' || e.name === 'Paint');
  const frames = tasks.filter((k) => commits.some((c) => c.ts >= k.ts && c.ts <= k.ts + (k.dur ?? 0)));
  const names = new Map<string, number>();
  for (const h of hits) {
    const t = tasks.find((k) => k.ts <= h.ts && k.ts + (k.dur ?? 0) >= h.ts);
    if (!t) continue;
    per.push((t.tdur ?? 0) / 1000);
    const f = frames.find((k) => k.ts >= t.ts + (t.dur ?? 0));
    if (f) toPaint.push(((t.tdur ?? 0) + (f.tdur ?? 0)) / 1000);
    for (const e of onMain) if (e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)) names.set(e.name, (names.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / hits.length);
  }
  if (process.env.BREAKDOWN) {
    const stacks = new Map<string, number>();
    for (const e of onMain) {
      if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
      const a = e.args as unknown as { beginData?: { stackTrace?: Array<{ functionName: string; url: string; lineNumber: number }> } };
      const st = (a.beginData?.stackTrace ?? []).slice(0, 4).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ') || '(no stack)';
      const k = `${e.name} ${st}`;
      stacks.set(k, (stacks.get(k) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    const counts = onMain.filter((e) => e.name === 'UpdateLayoutTree').map((e) => `${((e.tdur ?? 0) / 1000).toFixed(1)}ms/${(e.args as unknown as { elementCount?: number }).elementCount}`);
    console.log('style recalcs (ms/elements):', counts.slice(0, 60).join(' '));
    console.log([...stacks].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
  }
  if (process.env.BREAKDOWN) console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(2).padStart(7)} ${k}`).join('\n'));
  // Frames: everything else on the main thread in the window (paint, layout, RO, timers).
  const all = tasks.reduce((a, k) => a + (k.tdur ?? 0) / 1000, 0);
  per.sort((a, b) => a - b);
  const q = (f: number) => per[Math.min(per.length - 1, Math.floor(per.length * f))]!.toFixed(2);
  toPaint.sort((a, b) => a - b);
  const paint = present ? `; with the frame after it median ${toPaint[Math.floor(toPaint.length / 2)]!.toFixed(2)} p95 ${toPaint[Math.min(toPaint.length - 1, Math.floor(toPaint.length * 0.95))]!.toFixed(2)}` : '';
  console.log(`${mode} ${process.env.BENCH_RENDERER ? 'base' : 'new'}: ${per.length} ${want} tasks, CPU ms median ${q(0.5)} p95 ${q(0.95)}${paint}; main thread CPU per ${present ? 'press' : 'key'} ${(all / N).toFixed(2)}`);
} else if (mode === 'editor') {
  await page.goto(server.url);
  await page.goto(server.url.replace('/?', '/?warm=1&') + '#/deck/user/big.md');
  await page.locator('[data-testid=slide-row]').first().waitFor({ timeout: 60_000 });
  await page.evaluate(`var list = document.querySelector('[data-testid=slide-list]'); list.scrollTop = 250 * document.querySelector('[data-testid=slide-row]').getBoundingClientRect().height;`);
  await page.locator('[data-testid=slide-row][data-index="250"]').click();
  const title = page.locator('[data-testid=canvas] [data-testid=canvas-title]');
  await title.click();
  await page.waitForTimeout(500);
  await page.keyboard.press('End');
  await cdp.send('Profiler.start');
  const text = '坚持稳中求进以进促稳先立后破持续提升经济运行质效';
  for (let i = 0; i < 60; i++) { await page.keyboard.type(text[i % text.length]!); await page.waitForTimeout(15); }
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/speedprof/editor.cpuprofile', JSON.stringify(profile));
  summarize(profile as never, 'editor 60 keys');
} else {
  await page.goto(`${server.url}#/present/user/big.md?from=1`);
  await page.waitForSelector('.reveal .slides > section.present');
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  for (let i = 0; i < 30; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(60); }
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/speedprof/present.cpuprofile', JSON.stringify(profile));
  summarize(profile as never, 'present 30 presses');
}
await browser.close();
await server.close();
rmSync(tmp, { recursive: true, force: true });
