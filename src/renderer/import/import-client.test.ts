import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBatch, importInWorker, ImportCancelled, ImportFailed } from './import-client';
import { buildHostApi } from '../host/host';
import type * as HostModule from '../host';
import { createServices } from '../../node/services';
import { dispatch } from '../../core/dispatch';

// The host answers through the real services (as the web server and Electron main do): .doc files are read there.
const services = createServices({ roots: { builtin: '/nonexistent', user: '/nonexistent' }, dataDir: '/tmp/briefing-import-client-test', host: 'web', version: 't' });
vi.mock('../host', async (orig) => {
  const real = await orig<typeof HostModule>();
  return { ...real, getHost: () => ({ kind: 'web', api: buildHostApi((op, args) => dispatch(services, op, args)), onMenuCommand: () => () => {} }) };
});
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles', name));

// Under Node there is no Worker: these run the main-thread path, the same code the worker runs.
const sample = readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles/wujin-articles.txt'));
const buf = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('importBatch', () => {
  it('imports every source in order, reports progress, and keeps failures beside successes', async () => {
    const progress: string[] = [];
    const out = await importBatch(
      [
        { name: 'wujin.txt', bytes: buf(sample) },
        { name: 'empty.txt', bytes: new ArrayBuffer(0) },
        { name: '粘贴的文本', text: '关于学习的通知\n\n一、总体要求\n\n认真学习。' },
      ],
      (done, total, name) => progress.push(`${done}/${total} ${name}`),
    );
    expect(progress).toEqual(['0/3 wujin.txt', '1/3 empty.txt', '2/3 粘贴的文本', '3/3 ']);
    expect(out.map((o) => [o.name, o.ok])).toEqual([
      ['wujin.txt', true],
      ['empty.txt', false],
      ['粘贴的文本', true],
    ]);
    const failed = out[1]!;
    expect(!failed.ok && failed.error.code).toBe('EMPTY');
    expect(!failed.ok && failed.error.message.zh).toContain('文件是空的');
    expect(out[0]!.ok && out[0]!.result.articles).toHaveLength(2);
  });

  it('a corrupt .docx fails with its own message, in both languages', async () => {
    const e = await importInWorker({ kind: 'bytes', name: 'x.docx', bytes: buf(new TextEncoder().encode('PK\u0003\u0004 not a zip')) }).catch((x) => x);
    expect(e).toBeInstanceOf(ImportFailed);
    expect((e as ImportFailed).failure.code).toBe('DOCX_CORRUPT');
    expect((e as ImportFailed).failure.message.en).toContain('Word file is damaged');
  });

  it('an aborted batch stops with ImportCancelled', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(importBatch([{ name: 'a', text: 'x' }], () => {}, ctl.signal)).rejects.toBeInstanceOf(ImportCancelled);
  });

  it('a legacy .doc is read by the host, then imported like any file; a broken one says so in both languages', async () => {
    const [doc, broken] = await importBatch(
      [
        { name: '通知.doc', bytes: buf(fixture('notice-legacy.doc')) },
        { name: '坏.doc', bytes: buf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])) },
      ],
      () => {},
    );
    expect(doc!.ok && [doc!.result.encoding, doc!.result.articles[0]!.title]).toEqual(['doc', '关于开展2024年度机关作风建设评议工作的通知']);
    expect(!broken!.ok && broken!.error.code).toBe('DOC_CORRUPT');
    expect(!broken!.ok && broken!.error.message.zh).toContain('.doc');
  });

  it('a paste with HTML keeps its bold headings; the same paste as plain text cannot know them', async () => {
    const heads = ['深入学习领会，把握精神实质', '坚持学用结合，推动工作落实'];
    const text = `学习心得\n\n${heads[0]}\n\n我们认真学习了会议精神，深受启发。\n\n${heads[1]}\n\n把学习成效转化为工作成果。`;
    const html = `<p>学习心得</p><p><b>${heads[0]}</b></p><p>我们认真学习了会议精神，深受启发。</p><p><strong>${heads[1]}</strong></p><p>把学习成效转化为工作成果。</p>`;
    const [withHtml, plain] = await importBatch([{ name: '粘贴的文本', text, html }, { name: '粘贴的文本', text }], () => {});
    expect(withHtml!.ok && withHtml!.result.articles[0]!.sections.map((s) => s.heading)).toEqual(heads);
    expect(plain!.ok && plain!.result.articles[0]!.sections).toEqual([]);
  });
});
