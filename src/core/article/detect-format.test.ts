import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

describe('detectFormat by content when the name says nothing', () => {
  it('reads a page saved under any name as a web page, after a BOM and blank lines', () => {
    expect(detectFormat(bom('\r\n  <!DOCTYPE html><html><body>正文</body></html>'), '下载.txt')).toBe('html');
    expect(detectFormat(utf8('<?xml version="1.0"?>\n<html xmlns="x"></html>'), 'page')).toBe('html');
    expect(detectFormat(utf8('<HTML>\n<p>通知</p>'), 'a.txt')).toBe('html');
  });

  it('reads MIME headers naming multipart/related as a saved page (.mhtml)', () => {
    const mht = 'From: <Saved by Blink>\r\nSubject: 通知\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n';
    expect(detectFormat(utf8(mht), '网页')).toBe('mhtml');
    expect(detectFormat(utf8(`关于印发的通知\n${mht}`), '网页')).toBe('mhtml');
    expect(detectFormat(utf8(mht.toUpperCase().replace('MULTIPART/RELATED', 'Multipart/Related')), '网页')).toBe('mhtml');
    expect(detectFormat(utf8(`${'正文'.repeat(200)}\n${mht}`), '网页')).toBe('text'); // past the first KB
  });

  it('keeps Chinese text with slashes, angle brackets and colons as text', () => {
    expect(detectFormat(utf8('关于做好2024/2025年度工作的通知\n各单位：\n请按 <附件> 要求报送。'), 'a.txt')).toBe('text');
    expect(detectFormat(utf8('<附件>\n关于……的通知'), 'a.txt')).toBe('text');
    expect(detectFormat(utf8('From: 区政府办公室\n主题：通知'), 'a.txt')).toBe('text');
    expect(detectFormat(utf8('一、总体要求\n'.repeat(200) + '<html>'), 'a.txt')).toBe('text');
  });

  it('trusts the extension for web pages and Markdown, the signature for PDF', () => {
    expect(detectFormat(utf8('正文'), 'a.htm')).toBe('html');
    expect(detectFormat(utf8('正文'), 'a.mht')).toBe('mhtml');
    expect(detectFormat(utf8('# 标题'), 'a.md')).toBe('markdown');
    expect(detectFormat(utf8('\n\n%PDF-1.7\n'), 'a.pdf')).toBe('pdf');
    expect(detectFormat(utf8('%PDF-1.7\n'), 'a.txt')).toBe('pdf');
  });
});
