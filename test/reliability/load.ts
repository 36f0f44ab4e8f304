/**
 * Load test of the browser edition: 1,000 requests from a second process on
 * loopback against a server in this process. Survives when every request got its
 * expected answer (or 429 from the rate bound), the server still answers a probe
 * quickly, and its heap after a full GC is where it started.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { createServices } from '../../src/node/services';
import { startWebServer } from '../../src/server/server';

export interface LoadResult {
  ok: boolean;
  requests: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  probeMs: number;
  p50: number;
  p99: number;
  detail: string;
}

/** Growth of the GC'd heap we still call flat: a little for JIT and caches, nothing per request. */
const FLAT_HEAP_MB = 8;

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;

async function settle(): Promise<NodeJS.MemoryUsage> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  return process.memoryUsage();
}

function probe(port: number, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/app/info', agent: false, headers: { 'content-type': 'application/json', 'x-briefing-token': token } },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`probe HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end('[]');
  });
}

export async function runLoad(requests = 1000, width = 8): Promise<LoadResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'load-'));
  const lib = join(tmp, 'lib');
  const stat = join(tmp, 'static');
  mkdirSync(lib);
  mkdirSync(stat);
  writeFileSync(join(lib, 'load.md'), '---\ntitle: 负载\n---\n' + '# 一页\n- 要点\n---\n'.repeat(100));
  writeFileSync(join(stat, 'index.html'), '<!doctype html><title>app</title>' + 'x'.repeat(20_000));
  const services = createServices({ roots: { builtin: lib, user: lib }, dataDir: join(tmp, 'data'), host: 'web', version: 'load' });
  const server = await startWebServer({ services, staticDir: stat, port: 0 });
  try {
    // One warm-up round so module loading and JIT are not counted as growth.
    await probe(server.port, server.token);
    const before = await settle();
    const child = spawn(process.execPath, [join(import.meta.dirname, 'load-client.mjs'), String(server.port), server.token, String(requests), String(width)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    const probeMs = await probe(server.port, server.token);
    const after = await settle();
    const report = JSON.parse(out.trim().split('\n').pop() || '{}') as { counts?: Record<string, number>; failures?: string[]; p50?: number; p99?: number };
    const total = Object.values(report.counts ?? {}).reduce((a, b) => a + b, 0);
    const problems: string[] = [];
    if (code !== 0) problems.push(`client exited ${code}: ${err.slice(0, 200)}`);
    if (total !== requests) problems.push(`${total} of ${requests} requests answered`);
    if (report.failures?.length) problems.push(`unexpected answers: ${[...new Set(report.failures)].join(', ')}`);
    const growth = mb(after.heapUsed - before.heapUsed);
    if (!gc) problems.push('run with --expose-gc to measure memory');
    else if (growth > FLAT_HEAP_MB) problems.push(`heap grew ${growth} MB`);
    if (probeMs > 1000) problems.push(`probe took ${Math.round(probeMs)} ms`);
    return {
      ok: problems.length === 0,
      requests: total,
      heapBeforeMb: mb(before.heapUsed),
      heapAfterMb: mb(after.heapUsed),
      rssBeforeMb: mb(before.rss),
      rssAfterMb: mb(after.rss),
      probeMs: Math.round(probeMs),
      p50: report.p50 ?? -1,
      p99: report.p99 ?? -1,
      detail: problems.join('; ') || JSON.stringify(report.counts),
    };
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
