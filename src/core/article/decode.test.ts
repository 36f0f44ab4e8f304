import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { ImportError } from './errors';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, be: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  const v = new DataView(out.buffer);
  if (bom) v.setUint16(0, 0xfeff, !be);
  for (let i = 0; i < s.length; i++) v.setUint16((bom ? 2 : 0) + i * 2, s.charCodeAt(i), !be);
  return out;
}
// "中文报告，第一部分。" in GBK/GB18030.
const GBK = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6, 0xa3, 0xac, 0xb5, 0xda, 0xd2, 0xbb, 0xb2, 0xbf, 0xb7, 0xd6, 0xa1, 0xa3]);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
  return undefined;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    expect(decodeText(utf8('标题\n正文。'))).toEqual({ text: '标题\n正文。', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('标题')]))).toEqual({ text: '标题', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeText(utf16('武进\r\n高新区', false))).toEqual({ text: '武进\r\n高新区', encoding: 'utf-16le' });
    expect(decodeText(utf16('武进\r\n高新区', true))).toEqual({ text: '武进\r\n高新区', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from the NUL pattern of ASCII text', () => {
    expect(decodeText(utf16('Section 1. 第一部分\n', false, false)).encoding).toBe('utf-16le');
    expect(decodeText(utf16('Section 1. 第一部分\n', true, false)).encoding).toBe('utf-16be');
  });

  it('reads GB18030/GBK (what Notepad calls ANSI on Chinese Windows)', () => {
    expect(decodeText(GBK)).toEqual({ text: '中文报告，第一部分。', encoding: 'gb18030' });
  });

  it('keeps CR, LF and CRLF as they are: line splitting is the reader’s job', () => {
    expect(decodeText(utf8('a\rb\r\nc\n')).text).toBe('a\rb\r\nc\n');
  });

  it('refuses empty and whitespace-only input', () => {
    expect(codeOf(() => decodeText(new Uint8Array()))).toBe('EMPTY');
    expect(codeOf(() => decodeText(utf8(' \n\t\u3000\n')))).toBe('EMPTY');
    expect(codeOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('EMPTY');
  });

  it('refuses binary data, naming well-known formats', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(codeOf(() => decodeText(png))).toBe('BINARY');
    try {
      decodeText(png);
    } catch (e) {
      expect((e as ImportError).message.zh).toContain('PNG');
    }
    const noise = new Uint8Array(512).map((_, i) => (i * 7919) % 256);
    expect(codeOf(() => decodeText(noise))).toMatch(/BINARY|UNKNOWN_ENCODING/);
    expect(codeOf(() => decodeText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42])))).toBe('BINARY');
  });

  it('reports an encoding it cannot read instead of guessing mojibake', () => {
    // Latin-1 bytes that are neither UTF-8 nor GB18030 (0xFF is never a GB lead byte).
    expect(codeOf(() => decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x20, 0xff])))).toBe('UNKNOWN_ENCODING');
  });

  it('gives every error a Chinese and an English message', () => {
    try {
      decodeText(new Uint8Array());
    } catch (e) {
      const err = e as ImportError;
      expect(err.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(err.message.en).toMatch(/empty/i);
      expect(String(err.message)).toContain(err.message.zh);
      expect(JSON.parse(JSON.stringify(err))).toEqual({ code: 'EMPTY', message: { zh: err.message.zh, en: err.message.en } });
    }
  });
});
