/**
 * app://bundle/… must map to files inside the renderer folder and nothing else:
 * a page (or a deck's injected markup) asking for app://bundle/../../etc/passwd in
 * any spelling gets null, which respondAppUrl turns into a 404.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileForAppUrl, respondAppUrl } from './app-protocol';

const dir = mkdtempSync(join(tmpdir(), 'app-proto-'));
const rendererDir = join(dir, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>ok');
writeFileSync(join(dir, 'secret.txt'), 'secret');

describe('fileForAppUrl', () => {
  it('maps the app URLs to files inside the renderer folder', () => {
    expect(fileForAppUrl(rendererDir, 'app://bundle/')).toBe(join(rendererDir, 'index.html'));
    expect(fileForAppUrl(rendererDir, 'app://bundle/index.html')).toBe(join(rendererDir, 'index.html'));
    expect(fileForAppUrl(rendererDir, 'app://bundle/assets/a%20b.js')).toBe(join(rendererDir, 'assets', 'a b.js'));
  });

  const refused = [
    'app://bundle/../secret.txt',
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E/%2E%2E/etc/passwd',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%5c..%5csecret.txt',
    'app://bundle/%252e%252e/secret.txt',
    'app://bundle/index.html%00.png',
    'app://bundle/%00',
    'app://bundle/%E0%A4%A', // malformed percent-encoding
    'app://bundle//etc/passwd',
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'app://BUNDLE@evil/index.html',
    'http://bundle/index.html',
    'https://bundle/index.html',
    'file:///etc/passwd',
    'file://bundle/index.html',
    'javascript:alert(1)',
    'not a url',
  ];
  for (const url of refused) {
    it(`refuses ${url}`, () => {
      const f = fileForAppUrl(rendererDir, url);
      // Either refused outright or, for spellings the URL parser normalises, still inside the folder.
      if (f !== null) expect(f.startsWith(resolve(rendererDir) + sep)).toBe(true);
      expect(f === join(dir, 'secret.txt') || f === '/etc/passwd').toBe(false);
    });
  }

  it('refuses encoded traversal that survives URL normalisation (decoded after parsing)', () => {
    // The URL parser itself folds %2e%2e segments, so that one lands inside the folder…
    expect(fileForAppUrl(rendererDir, 'app://bundle/%2e%2e/secret.txt')).toBe(join(rendererDir, 'secret.txt'));
    // …but an encoded slash survives parsing and only decoding reveals the '..': refused.
    expect(fileForAppUrl(rendererDir, 'app://bundle/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(fileForAppUrl(rendererDir, 'app://bundle/index.html%00.png')).toBeNull();
    expect(fileForAppUrl(rendererDir, 'app://evil/index.html')).toBeNull();
    expect(fileForAppUrl(rendererDir, 'file:///etc/passwd')).toBeNull();
  });
});

describe('respondAppUrl', () => {
  it('serves a file of the bundle and answers 404 for escapes and missing files', async () => {
    const ok = await respondAppUrl(rendererDir, 'app://bundle/index.html');
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('<!doctype html>ok');
    for (const url of ['app://bundle/%2e%2e/secret.txt', 'app://bundle/missing.js', 'app://bundle/assets']) {
      const r = await respondAppUrl(rendererDir, url);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('secret');
    }
  });
});
