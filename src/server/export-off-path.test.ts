/**
 * Issue 17: a big deck's HTML export used to render on the web host's request
 * path, so the host answered nothing else until it was done. The page is now
 * rendered in a worker thread: while a 20,000-slide export runs, other requests
 * are answered (counted, not timed), and the export can be followed and cancelled.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../node/services';
import { startWebServer, type WebServer } from './server';

const tmp = mkdtempSync(join(tmpdir(), 'export-off-path-'));
for (const d of ['library', 'builtin', 'static']) mkdirSync(join(tmp, d), { recursive: true });
let server: WebServer;

const SLIDES = 20_000;
const bigDeck = '---\ntitle: 两万页\n---\n\n' + Array.from({ length: SLIDES }, (_, i) => `## 第${i + 1}页\n\n- 坚持稳中求进 ${i}\n\nNote:\n讲稿 ${i}`).join('\n\n---\n\n');

async function api(op: string, args: unknown[]): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string } } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briefing-Token': server.token },
    body: JSON.stringify(args),
  });
  return { status: res.status, body: (await res.json()) as never };
}

beforeAll(async () => {
  const services = createServices({ roots: { builtin: join(tmp, 'builtin'), user: join(tmp, 'library') }, dataDir: join(tmp, 'data'), host: 'web', version: 't' });
  server = await startWebServer({ services, staticDir: join(tmp, 'static'), port: 0, ratePerSecond: 10_000 });
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a 20,000-slide export off the request path', () => {
  it('other requests are answered while the export renders, and the export completes', async () => {
    let done = false;
    const exported = api('export/html', [{ text: bigDeck, jobId: 'big-html-1' }]).finally(() => (done = true));
    let answered = 0;
    let sawProgress = false;
    while (!done) {
      const r = await api('app/info', []);
      if (r.body.ok && !done) answered++;
      const p = await api('job/progress', [{ jobId: 'big-html-1' }]);
      if (p.body.value) sawProgress = true;
    }
    const r = await exported;
    expect(r.body.ok).toBe(true);
    const html = Buffer.from((r.body.value as { base64: string }).base64, 'base64').toString('utf8');
    expect(html).toContain(`第${SLIDES}页`);
    // Rendering 20,000 slides takes seconds; a host that kept answering answered many times meanwhile.
    expect(answered).toBeGreaterThan(10);
    expect(sawProgress).toBe(true);
  }, 180_000);

  it('cancelling after the first progress report ends the export with CANCELLED', async () => {
    const exported = api('export/html', [{ text: bigDeck, jobId: 'big-html-2' }]);
    for (;;) {
      const p = await api('job/progress', [{ jobId: 'big-html-2' }]);
      if (p.body.value) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await api('job/cancel', [{ jobId: 'big-html-2' }])).body.value).toBe(true);
    const r = await exported;
    expect(r.body).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  }, 180_000);
});
