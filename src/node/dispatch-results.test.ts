/**
 * Every operation's answer, from the real services over temporary folders, checked
 * against the result schema the contract declares for it: the renderer relies on
 * those shapes, and a service drifting from them would only show up as a broken
 * screen. Operations a host supplies itself (native dialogs, windows) answer
 * UNSUPPORTED here, which must still be a well-formed error envelope.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, type Envelope } from '../core/contract';
import { OPERATIONS, type OperationName } from '../core/contract-channels';
import { dispatch } from '../core/dispatch';
import { createServices } from './services';

const tmp = mkdtempSync(join(tmpdir(), 'dispatch-results-'));
const user = join(tmp, 'user');
const builtin = join(tmp, 'builtin');
mkdirSync(user, { recursive: true });
mkdirSync(builtin, { recursive: true });
writeFileSync(join(user, 'a.md'), '---\ntitle: 甲\n---\n\n# 甲\n\n---\n\n## 一页\n\n- 要点\n\nNote:\n讲稿\n');
const services = createServices({ roots: { builtin, user }, dataDir: join(tmp, 'data'), host: 'web', version: 't' });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ref = { root: 'user', path: 'a.md' };
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Valid arguments for every operation, in an order where each finds what it needs. */
const calls: Array<[OperationName, unknown[]]> = [
  ['app/info', []],
  ['library/list', []],
  ['deck/read', [ref]],
  ['deck/stat', [ref]],
  ['deck/stat', [{ root: 'user', path: 'missing.md' }]],
  ['deck/write', [{ ref, text: '---\ntitle: 甲\n---\n', expectedVersion: null }]],
  ['deck/write', [{ ref, text: 'x', expectedVersion: 'stale' }]],
  ['deck/create', [{ name: '乙.md', text: '---\ntitle: 乙\n---\n', article: { title: '乙', subtitle: null, byline: null, lead: ['正文。'], sections: [], extras: [], sourceName: '乙.txt', encoding: 'utf-8' } }]],
  ['deck/createMany', [{ decks: [{ name: '丙', text: '---\ntitle: 丙\n---\n' }, { name: '丙', text: '---\ntitle: 丙\n---\n' }] }]],
  ['deck/duplicate', [{ ref: { root: 'user', path: '丙.md' }, name: '丙（副本）' }]],
  ['deck/rename', [{ ref: { root: 'user', path: '丙（副本）.md' }, name: '丁' }]],
  ['deck/trash', [{ root: 'user', path: '丁.md' }]],
  ['deck/writeAsset', [{ ref, name: 'p.png', base64: PNG }]],
  ['deck/readAsset', [{ ref, src: 'missing.png' }]],
  ['session/create', [{ name: '学习会', text: '---\ntitle: 学习会\ndecks:\n  - path: a.md\n    minutes: 20\n---\n' }]],
  ['session/read', [{ root: 'user', path: '学习会.session.md' }]],
  ['session/write', [{ ref: { root: 'user', path: '学习会.session.md' }, text: '---\ntitle: 学习会\ndecks: []\n---\n', expectedVersion: null }]],
  ['deck/readArticle', [ref]],
  ['deck/readArticle', [{ root: 'user', path: '乙.md' }]],
  ['draft/save', [{ key: 'k1', text: 't', ref, baseVersion: null }]],
  ['draft/load', ['k1']],
  ['draft/load', ['none']],
  ['draft/list', []],
  ['draft/discard', ['k1']],
  ['settings/get', []],
  ['settings/set', [{ language: 'en' }]],
  ['file/saveBytes', [{ suggestedName: 'a.docx', kind: 'docx', base64: PNG }]],
  ['file/openArticle', []],
  ['file/reveal', [{ path: '/tmp/a.docx' }]],
  ['article/readDoc', [{ name: '通知.doc', base64: readFileSync(join(import.meta.dirname, '../../test/fixtures/articles/notice-legacy.doc')).toString('base64') }]],
  ['article/readDoc', [{ name: '坏.doc', base64: PNG }]],
  ['present/openPresenter', [{ ref, indexh: 0 }]],
  ['present/closePresenter', []],
  ['present/swapDisplays', []],
  ['present/setFullScreen', [true]],
  ['template/list', []],
  ['template/import', [{ name: '本单位.docx', base64: readFileSync(join(import.meta.dirname, '../../resources/word-templates/example-briefing.docx')).toString('base64') }]],
  ['template/read', [{ name: '本单位.docx', builtin: false }]],
  ['template/remove', [{ name: '本单位.docx', builtin: false }]],
  ['theme/get', []],
  ['theme/set', [{ name: '本单位', colors: { background: '#ffffff', text: '#111111', accent: '#0b4f8a', emphasis: '#b3261e' }, titleFont: 'hei', bodyFont: 'song', logo: `data:image/png;base64,${PNG}`, cover: null, section: null }]],
  ['theme/get', []],
  ['export/html', [{ text: '---\ntitle: 甲\ntheme: custom\n---\n\n# 甲\n', jobId: 'job-results-1' }]],
  ['theme/remove', []],
  ['job/progress', [{ jobId: 'job-results-1' }]],
  ['job/cancel', [{ jobId: 'job-results-2' }]],
];

const answers: Array<[OperationName, Envelope]> = [];

describe('every operation answers in the shape the contract declares', () => {
  it('runs each operation through dispatch', async () => {
    for (const [op, args] of calls) answers.push([op, await dispatch(services, op, args)]);
    // export/pdf needs Chromium: its result schema is checked by pdf tests; all others are here.
    const covered = new Set(calls.map(([op]) => op));
    expect(OPERATIONS.filter((op) => !covered.has(op))).toEqual(['export/pdf']);
  });

  it('a value matches its result schema; an error is a code with both messages', () => {
    expect(answers.length).toBe(calls.length);
    for (const [op, env] of answers) {
      if (env.ok) {
        const r = contract[op].result.safeParse(env.value);
        expect(r.success, `${op}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
      } else {
        // A file the host cannot read answers with the importer's own code; the rest is host-specific.
        expect(env.error.code, `${op}: ${JSON.stringify(env.error)}`).toBe(op === 'article/readDoc' ? 'DOC_CORRUPT' : 'UNSUPPORTED');
        expect(env.error.message.zh.length > 0 && env.error.message.en.length > 0).toBe(true);
      }
    }
  });
});
