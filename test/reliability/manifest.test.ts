/**
 * The hostile corpus is only useful if it holds what issue 8 lists; this keeps the
 * manifest honest as it changes (the corpus itself runs in npm run test:reliability).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_CASES } from '../fixtures/bad/manifest';

const dir = join(import.meta.dirname, '..', 'fixtures', 'bad');

describe('hostile corpus manifest', () => {
  it('has at least 40 cases with unique ids, across articles, Word files and decks', () => {
    expect(BAD_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_CASES.map((c) => c.id)).size).toBe(BAD_CASES.length);
    for (const kind of ['article', 'docx', 'deck']) expect(BAD_CASES.filter((c) => c.kind === kind).length).toBeGreaterThan(5);
  });

  it('covers every input the issue names', () => {
    const ids = BAD_CASES.map((c) => c.id).join(' ');
    for (const needle of [
      'article-empty', 'whitespace-only', 'binary', 'truncated-utf8', 'mixed-encodings', '50mb', '5mb-line', 'nested-lists', '10000-headings', 'nul-bytes', 'rtl-marks', 'zero-width',
      'docx-not-a-zip', 'docx-truncated', 'zip-bomb', 'encrypted', 'missing-document', 'huge-image', 'external-relationships',
      'deck-bad-front-matter', 'unknown-attributes', 'deck-script', 'event-handlers', 'javascript-links', 'iframes', 'remote-images', 'path-traversal',
      // issue 17
      'deck-data-notes', 'deck-css-escape', 'deck-svg-image', 'deck-nested-800', 'deck-nested-3000', 'docx-lying-1gb',
    ]) {
      expect(ids, needle).toContain(needle);
    }
  });

  it('every committed file is used by a case, and the committed files stay small', async () => {
    const files = readdirSync(dir).filter((n) => n !== 'manifest.ts');
    const used = new Set<string>();
    // A case built from a committed file reads it by the case's id plus its extension.
    for (const c of BAD_CASES) for (const f of files) if (f.startsWith(c.id + '.')) used.add(f);
    expect(files.filter((f) => !used.has(f))).toEqual([]);
    const { statSync } = await import('node:fs');
    for (const f of files) expect(statSync(join(dir, f)).size, f).toBeLessThan(64 * 1024);
  });

  it('every case produces its bytes', async () => {
    for (const c of BAD_CASES.filter((x) => !/50mb|bomb|huge|lying|5mb/.test(x.id))) {
      const b = await c.bytes({ canaryUrl: 'http://127.0.0.1:9/' });
      expect(b, c.id).toBeInstanceOf(Uint8Array);
    }
  });
});
