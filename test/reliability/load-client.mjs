// The second process of the load test: N requests to the browser edition on
// loopback, `width` at a time, a realistic mix plus hostile ones. Prints one JSON
// line: status counts per kind, failures, latency percentiles.
// Usage: node load-client.mjs <port> <token> <count> <width>
import http from 'node:http';

const [port, token, count, width] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
const agent = new http.Agent({ keepAlive: true, maxSockets: width });

const kinds = [
  { kind: 'list', method: 'POST', path: '/api/library/list', body: '[]', expect: [200] },
  { kind: 'read', method: 'POST', path: '/api/deck/read', body: JSON.stringify([{ root: 'user', path: 'load.md' }]), expect: [200] },
  { kind: 'draft', method: 'POST', path: '/api/draft/save', body: JSON.stringify([{ key: 'user:load.md', text: '# 草稿\n'.repeat(200), ref: null, baseVersion: null }]), expect: [200] },
  { kind: 'page', method: 'GET', path: '/index.html', cookie: true, expect: [200] },
  { kind: 'no-token', method: 'POST', path: '/api/library/list', body: '[]', noToken: true, expect: [401] },
  { kind: 'rebinding', method: 'POST', path: '/api/library/list', body: '[]', host: `evil.example:${port}`, expect: [403] },
  { kind: 'traversal', method: 'GET', path: '/..%2f..%2fetc%2fpasswd', cookie: true, expect: [404] },
  { kind: 'bad-args', method: 'POST', path: '/api/deck/read', body: JSON.stringify([{ root: 'user', path: '../../etc/passwd.md' }]), expect: [400] },
];

function once(k) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const headers = { host: k.host ?? `127.0.0.1:${port}` };
    if (k.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(k.body);
    }
    if (!k.noToken && k.method === 'POST') headers['x-briefing-token'] = token;
    if (k.cookie) headers.cookie = `briefing_token=${encodeURIComponent(token)}`;
    const req = http.request({ host: '127.0.0.1', port, method: k.method, path: k.path, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - t0 }));
    });
    req.on('error', (e) => resolve({ status: `error:${e.code ?? e.message}`, ms: performance.now() - t0 }));
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.end(k.body);
  });
}

const counts = {};
const failures = [];
const latencies = [];
let next = 0;
await Promise.all(
  Array.from({ length: width }, async () => {
    while (next < count) {
      const k = kinds[next++ % kinds.length];
      const r = await once(k);
      latencies.push(r.ms);
      const key = `${k.kind}:${r.status}`;
      counts[key] = (counts[key] ?? 0) + 1;
      // 429 is the rate bound doing its job; anything else unexpected is a failure.
      if (!k.expect.includes(r.status) && r.status !== 429) failures.push(key);
    }
  }),
);
agent.destroy();
latencies.sort((a, b) => a - b);
const pct = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]);
process.stdout.write(JSON.stringify({ counts, failures, p50: pct(0.5), p99: pct(0.99), max: pct(1) }) + '\n');
