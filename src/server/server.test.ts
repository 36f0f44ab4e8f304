/**
 * The browser edition as an attacker on the same machine or a hostile web page in
 * the user's browser would meet it: a real server on an ephemeral port, raw HTTP
 * requests (so Host and Origin can be forged), real services over temporary folders.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../node/services';
import { startWebServer, type WebServer } from './server';

const tmp = mkdtempSync(join(tmpdir(), 'server-test-'));
const userDir = join(tmp, 'library');
const builtinDir = join(tmp, 'builtin');
const staticDir = join(tmp, 'static');
const outsideDir = join(tmp, 'outside');
for (const d of [userDir, builtinDir, staticDir, outsideDir]) mkdirSync(d, { recursive: true });
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(tmp, 'secret.txt'), 'TOP-SECRET-PARENT');
writeFileSync(join(outsideDir, 'stolen.md'), 'TOP-SECRET-OUTSIDE');
writeFileSync(join(userDir, 'mine.md'), '---\ntitle: Mine\n---\n# hello');
writeFileSync(join(builtinDir, 'shipped.md'), '# shipped');
symlinkSync(join(outsideDir, 'stolen.md'), join(userDir, 'link.md'));
symlinkSync(outsideDir, join(userDir, 'dirlink'));
symlinkSync(join(tmp, 'secret.txt'), join(staticDir, 'leak.txt'));
symlinkSync(tmp, join(staticDir, 'up'));

const services = createServices({ roots: { builtin: builtinDir, user: userDir }, dataDir: join(tmp, 'data'), host: 'web', version: 't' });

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  server: WebServer,
  opts: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer; chunked?: boolean },
): Promise<Reply> {
  const headers: Record<string, string | number> = { host: `127.0.0.1:${server.port}`, ...opts.headers };
  // An empty Host means "send none at all" (HTTP/1.0 style); Node would otherwise fill one in.
  const noHost = headers.host === '';
  if (noHost) delete headers.host;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers,
        setHost: !noHost,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) {
      if (opts.chunked) {
        // No Content-Length: the server must count as it reads.
        const b = Buffer.from(opts.body);
        for (let i = 0; i < b.length; i += 4096) req.write(b.subarray(i, i + 4096));
      } else req.write(opts.body);
    }
    req.end();
  });
}

const api = (server: WebServer, op: string, args: unknown[], headers: Record<string, string> = {}) =>
  request(server, {
    method: 'POST',
    path: `/api/${op}`,
    headers: { 'content-type': 'application/json', 'x-briefing-token': server.token, ...headers },
    body: JSON.stringify(args),
  });

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer({ services, staticDir, port: 0, maxBodyBytes: 64 * 1024, ratePerSecond: 10_000 });
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('token', () => {
  it('a good token works (control)', async () => {
    const r = await api(server, 'library/list', []);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).value.map((e: { ref: { path: string } }) => e.ref.path)).toContain('mine.md');
  });
  it('no token → 401', async () => {
    const r = await request(server, { method: 'POST', path: '/api/library/list', headers: { 'content-type': 'application/json' }, body: '[]' });
    expect(r.status).toBe(401);
  });
  it('wrong token, token of other length, token in the query or the cookie only → 401 for the API', async () => {
    const bad = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    for (const headers of [{ 'x-briefing-token': bad }, { 'x-briefing-token': server.token + 'x' }, { 'x-briefing-token': '' }]) {
      const r = await request(server, { method: 'POST', path: '/api/library/list', headers: { 'content-type': 'application/json', ...headers }, body: '[]' });
      expect(r.status).toBe(401);
    }
    // A cookie rides along with cross-site form posts; the API wants the header, so CSRF gets nowhere.
    const cookie = await request(server, {
      method: 'POST',
      path: `/api/library/list?token=${server.token}`,
      headers: { 'content-type': 'application/json', cookie: `briefing_token=${server.token}` },
      body: '[]',
    });
    expect(cookie.status).toBe(401);
  });
  it('pages need the token too', async () => {
    expect((await request(server, { path: '/' })).status).toBe(401);
    expect((await request(server, { path: '/index.html?token=nope' })).status).toBe(401);
    const ok = await request(server, { path: `/?token=${server.token}` });
    expect(ok.status).toBe(200);
    expect(ok.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('Host and Origin (DNS rebinding and CSRF)', () => {
  const foreignHosts = (port: number) => [
    `evil.com:${port}`,
    `127.0.0.1.evil.com:${port}`,
    `localhost.evil.com:${port}`,
    `evil.com`,
    `127.0.0.1`,
    `127.0.0.1:${port + 1}`,
    `0.0.0.0:${port}`,
    `[::ffff:127.0.0.1]:${port}`,
    `2130706433:${port}`,
    '',
  ];
  it('a foreign Host header → 403 even with a valid token', async () => {
    for (const host of foreignHosts(server.port)) {
      const r = await api(server, 'library/list', [], { host });
      // No Host at all is already refused by Node's HTTP parser (400); any other is ours to refuse (403).
      expect(r.status, `Host: ${JSON.stringify(host)}`).toBe(host === '' ? 400 : 403);
      expect(r.body).not.toContain('mine.md');
      const page = await request(server, { path: `/?token=${server.token}`, headers: { host } });
      expect(page.status, host).toBe(host === '' ? 400 : 403);
      expect(page.body).not.toContain('<title>app</title>');
    }
  });
  it('localhost and [::1] with the right port are accepted', async () => {
    for (const host of [`localhost:${server.port}`, `LOCALHOST:${server.port}`]) {
      expect((await api(server, 'library/list', [], { host })).status).toBe(200);
    }
  });
  it('a cross-site Origin → 403 even with a valid token', async () => {
    for (const origin of ['https://evil.example', 'http://evil.com', 'null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`, `http://127.0.0.1.evil.com:${server.port}`, 'file://']) {
      const r = await api(server, 'library/list', [], { origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await api(server, 'library/list', [], { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });
});

describe('request shape', () => {
  it('a non-JSON content type → 415 (a cross-site form cannot send JSON without a preflight)', async () => {
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const r = await request(server, { method: 'POST', path: '/api/library/list', headers: { 'content-type': ct, 'x-briefing-token': server.token }, body: '[]' });
      expect(r.status, ct).toBe(415);
    }
  });
  it('GET on the API → 405, bad JSON → 400, unknown operation → 404', async () => {
    expect((await request(server, { path: '/api/library/list', headers: { 'x-briefing-token': server.token } })).status).toBe(405);
    expect((await request(server, { method: 'POST', path: '/api/library/list', headers: { 'content-type': 'application/json', 'x-briefing-token': server.token }, body: '[' })).status).toBe(400);
    expect((await api(server, 'shell/exec', ['rm'])).status).toBe(404);
    expect((await api(server, '__proto__', [])).status).toBe(404);
    expect((await api(server, 'constructor', [])).status).toBe(404);
  });
  it('a body over the limit → 413, declared or streamed', async () => {
    const big = JSON.stringify([{ key: 'k', text: 'x'.repeat(100 * 1024), ref: null, baseVersion: null }]);
    const declared = await api(server, 'draft/save', JSON.parse(big));
    expect(declared.status).toBe(413);
    const streamed = await request(server, {
      method: 'POST',
      path: '/api/draft/save',
      headers: { 'content-type': 'application/json', 'x-briefing-token': server.token, 'transfer-encoding': 'chunked' },
      body: big,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    // Nothing was saved.
    expect((await api(server, 'draft/list', [])).body).not.toContain('xxxx');
  });
});

describe('path containment', () => {
  const readRef = (path: string, root = 'user') => api(server, 'deck/read', [{ root, path }]);
  it('deck/read refuses traversal, absolute paths and their encoded variants', async () => {
    for (const path of ['../outside/stolen.md', '../../etc/passwd.md', '/etc/passwd.md', 'C:\\Windows\\x.md', '..\\outside\\stolen.md', 'sub/../../outside/stolen.md', 'a\0.md']) {
      const r = await readRef(path);
      expect(r.status, path).toBe(400);
      expect(r.body).not.toContain('TOP-SECRET');
    }
    for (const path of ['%2e%2e/outside/stolen.md', '..%2foutside%2fstolen.md', '%2e%2e%2foutside%2fstolen.md']) {
      // Percent signs are just characters in a file name: no file, no escape.
      const r = await readRef(path);
      expect(r.status, path).toBe(422);
      expect(r.body).not.toContain('TOP-SECRET');
    }
  });
  it('deck/read refuses a symlink in the user folder that points outside it', async () => {
    for (const path of ['link.md', 'dirlink/stolen.md']) {
      const r = await readRef(path);
      expect(r.status, path).toBe(422);
      expect(JSON.parse(r.body).error.code).toBe('PATH_OUTSIDE');
      expect(r.body).not.toContain('TOP-SECRET');
    }
  });
  it('deck/write through an escaping symlink is refused and the outside file is untouched', async () => {
    for (const path of ['link.md', 'dirlink/stolen.md', 'dirlink/new.md']) {
      const r = await api(server, 'deck/write', [{ ref: { root: 'user', path }, text: 'PWNED', expectedVersion: null }]);
      expect(r.status, path).toBe(422);
    }
    expect(readFileSync(join(outsideDir, 'stolen.md'), 'utf8')).toBe('TOP-SECRET-OUTSIDE');
    expect(existsSync(join(outsideDir, 'new.md'))).toBe(false);
  });
  it('the listing leaves out the escaping symlink', async () => {
    const paths = JSON.parse((await api(server, 'library/list', [])).body).value.map((e: { ref: { path: string } }) => e.ref.path);
    expect(paths).not.toContain('link.md');
  });
  it('static files cannot escape the renderer folder', async () => {
    const cookie = `briefing_token=${encodeURIComponent(server.token)}`;
    for (const path of [
      '/../../etc/passwd',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/leak.txt',
      '/up/secret.txt',
      '//etc/passwd',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      const r = await request(server, { path, headers: { cookie } });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toMatch(/TOP-SECRET|root:x:0/);
    }
    expect((await request(server, { path: '/index.html', headers: { cookie } })).status).toBe(200);
  });
});

describe('binding and rate', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    if (existsSync('/proc/net/tcp')) {
      // The kernel's own table: the listening socket's local address is 0100007F (127.0.0.1).
      const portHex = server.port.toString(16).toUpperCase().padStart(4, '0');
      const rows = readFileSync('/proc/net/tcp', 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\s+/))
        .filter((c) => c[1]?.endsWith(':' + portHex) && c[3] === '0A');
      expect(rows.length).toBe(1);
      expect(rows[0]![1]).toBe(`0100007F:${portHex}`);
      if (existsSync('/proc/net/tcp6')) expect(readFileSync('/proc/net/tcp6', 'utf8')).not.toMatch(new RegExp(`:${portHex} [0-9A-F:]+ 0A `));
    }
    // And from any other address of this machine the port is closed.
    const others = Object.values(networkInterfaces()).flat().filter((i) => i && !i.internal && i.family === 'IPv4');
    for (const iface of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: iface!.address, port: server.port, timeout: 2000 }, () => {
          s.destroy();
          resolve(false);
        });
        s.on('error', () => resolve(true));
        s.on('timeout', () => (s.destroy(), resolve(true)));
      });
      expect(refused, iface!.address).toBe(true);
    }
  });

  it('answers 429 past the rate bound, and recovers afterwards', async () => {
    const slow = await startWebServer({ services, staticDir, port: 0, ratePerSecond: 5 });
    try {
      const statuses = await Promise.all(Array.from({ length: 40 }, () => api(slow, 'app/info', []).then((r) => r.status)));
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(20);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 1200));
      expect((await api(slow, 'app/info', [])).status).toBe(200);
    } finally {
      await slow.close();
    }
  });
});
