import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBatch, importInWorker, ImportCancelled, ImportFailed } from './import-client';

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
});
