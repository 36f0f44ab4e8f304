/** Word templates through the contract, as both hosts run them (core/dispatch.ts). */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { dispatch } from '../core/dispatch';
import { createServices } from './services';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const docx = async (text: string) => Packer.pack(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] }), 'uint8array');

function host() {
  const tmp = mkdtempSync(join(tmpdir(), 'templates-'));
  const services = createServices({ roots: { builtin: join(tmp, 'b'), user: join(tmp, 'u') }, dataDir: join(tmp, 'data'), host: 'web', version: 't' });
  return { tmp, call: (op: string, ...args: unknown[]) => dispatch(services, op, args) };
}

describe('template/* operations', () => {
  it('imports a template into the data folder, lists it after the shipped example, reads it back and removes it', async () => {
    const { tmp, call } = host();
    const first = await call('template/list');
    expect(first).toMatchObject({ ok: true, value: [{ name: 'example-briefing.docx', builtin: true }] });
    const bytes = await docx('{{正文}}');
    const added = await call('template/import', { name: '区委办简报.docx', base64: b64(bytes) });
    expect(added).toEqual({ ok: true, value: { name: '区委办简报.docx', builtin: false, placeholders: ['正文'] } });
    expect(existsSync(join(tmp, 'data', 'word-templates', '区委办简报.docx'))).toBe(true);
    const listed = await call('template/list');
    expect(listed.ok && (listed.value as Array<{ name: string }>).map((t) => t.name)).toEqual(['example-briefing.docx', '区委办简报.docx']);
    const read = await call('template/read', { name: '区委办简报.docx', builtin: false });
    expect(read.ok && Buffer.from((read.value as { base64: string }).base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    const example = await call('template/read', { name: 'example-briefing.docx', builtin: true });
    expect(example.ok && (example.value as { base64: string }).base64).toBe(b64(readFileSync(new URL('../../resources/word-templates/example-briefing.docx', import.meta.url))));
    await call('template/remove', { name: '区委办简报.docx', builtin: false });
    expect(existsSync(join(tmp, 'data', 'word-templates', '区委办简报.docx'))).toBe(false);
  });

  it('refuses a template without placeholders and a damaged file, with bilingual messages, and keeps neither', async () => {
    const { tmp, call } = host();
    const plain = await call('template/import', { name: '普通文档.docx', base64: b64(await docx('没有占位符')) });
    expect(plain).toMatchObject({ ok: false, error: { code: 'TEMPLATE_NO_BODY' } });
    if (!plain.ok) {
      expect(plain.error.message.zh).toContain('{{正文}}');
      expect(plain.error.message.en).toContain('{{正文}}');
    }
    const broken = await call('template/import', { name: '坏文件.docx', base64: b64(new TextEncoder().encode('PK\u0003\u0004 broken')) });
    expect(broken).toMatchObject({ ok: false, error: { code: 'DOCX_CORRUPT' } });
    expect(existsSync(join(tmp, 'data', 'word-templates', '普通文档.docx'))).toBe(false);
    // A name with folders in it is refused before any service runs.
    expect(await call('template/import', { name: '../x.docx', base64: '' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
    expect(await call('template/read', { name: 'gone.docx', builtin: false })).toMatchObject({ ok: false, error: { code: 'TEMPLATE_MISSING' } });
  });
});
