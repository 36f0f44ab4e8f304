/**
 * The browser edition's local host: serves the built renderer and the host
 * contract over HTTP, on 127.0.0.1 only, behind a random per-run token.
 *
 *   GET  /?token=T            index.html; sets an HttpOnly SameSite=Strict cookie for assets
 *   GET  /<asset>             built renderer files (cookie or token required)
 *   POST /api/<domain>/<verb> JSON array of arguments; header X-Briefing-Token: T
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CSP } from '../core/csp';
import { isOperation, type ServiceTable } from '../core/contract';
import { dispatch, httpStatusOf } from '../core/dispatch';
import { hostOk, originOk, tokenEquals, cookieToken, RateLimiter } from './http-guard';
import { resolveStatic, contentType } from './static-files';

export interface WebServerOptions {
  services: ServiceTable;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Sustained requests per second before 429. */
  ratePerSecond?: number;
  log?: (line: string) => void;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = 96 * 1024 * 1024;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const limiter = new RateLimiter(opts.ratePerSecond ?? 500, (opts.ratePerSecond ?? 500) * 2);
  const log = opts.log ?? (() => {});
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`internal error: ${String(e)}`);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: { zh: '内部错误', en: 'Internal error' } } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostOk(req, port)) return refuse(res, 403, 'BAD_HOST', '拒绝：Host 头不是本机地址', 'Refused: Host header is not this machine');
    if (!originOk(req, port)) return refuse(res, 403, 'BAD_ORIGIN', '拒绝：请求来自其他网站', 'Refused: cross-origin request');
    if (!limiter.take()) return refuse(res, 429, 'RATE', '请求过于频繁', 'Too many requests');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'METHOD', '仅接受 POST', 'POST only');
      if (!tokenEquals(header(req, 'x-briefing-token'), token))
        return refuse(res, 401, 'TOKEN', '缺少或错误的访问令牌', 'Missing or wrong token');
      if (!(header(req, 'content-type') ?? '').startsWith('application/json'))
        return refuse(res, 415, 'CONTENT_TYPE', '仅接受 JSON', 'JSON only');
      const op = url.pathname.slice('/api/'.length);
      if (!isOperation(op)) return refuse(res, 404, 'UNKNOWN_OP', `未知操作：${op}`, `Unknown operation: ${op}`);
      const body = await readBody(req, maxBody);
      if (body === 'too-large')
        return refuse(res, 413, 'TOO_LARGE', `请求内容超过 ${Math.round(maxBody / 1048576)} MB 上限`, `Request body over ${Math.round(maxBody / 1048576)} MB`);
      let raw: unknown;
      try {
        raw = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, 400, 'BAD_JSON', '请求不是有效的 JSON', 'Request is not valid JSON');
      }
      // A page that goes away (closed, reloaded) while its export runs stops the export too.
      const gone = new AbortController();
      const onClose = () => {
        if (!res.writableEnded) gone.abort();
      };
      res.once('close', onClose);
      const env = await dispatch(opts.services, op, raw, log, gone.signal);
      res.off('close', onClose);
      if (res.destroyed) return;
      return send(res, httpStatusOf(env), env);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'METHOD', '不支持的请求方法', 'Method not allowed');
    const queryToken = url.searchParams.get('token');
    const authed = tokenEquals(queryToken, token) || tokenEquals(cookieToken(req), token);
    if (!authed) {
      res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>简报工坊</title><p>需要访问令牌：请使用启动时打印的完整地址（含 ?token=…）。</p><p>A token is required: open the full address printed at start-up.</p>');
      return;
    }
    if (tokenEquals(queryToken, token)) {
      res.setHeader('Set-Cookie', `briefing_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const file = await resolveStatic(opts.staticDir, url.pathname);
    if (!file) return refuse(res, 404, 'NOT_FOUND', '找不到该文件', 'Not found');
    const data = await fs.readFile(file);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache', 'Content-Length': data.length });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  return {
    url,
    port,
    token,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': data.length });
  res.end(data);
}

function refuse(res: ServerResponse, status: number, code: string, zh: string, en: string): void {
  send(res, status, { ok: false, error: { code, message: { zh, en } } });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const c of req) {
    // Past the limit, keep reading but drop the bytes: destroying the request here
    // would reset the connection before the 413 is written, and the page would show
    // "cannot reach the service" instead of "too large". Memory stays bounded, and
    // requestTimeout bounds how long a client can keep sending.
    if (over) continue;
    size += (c as Buffer).length;
    if (size > limit) {
      over = true;
      chunks.length = 0;
      continue;
    }
    chunks.push(c as Buffer);
  }
  return over ? 'too-large' : Buffer.concat(chunks);
}
