import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportErrorCode } from './errors';
import { importArticleBytes, importText, MAX_INPUT_BYTES } from './index';

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<ImportErrorCode | 'none'> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof ImportError) return e.code;
    throw e;
  }
  return 'none';
}

async function zip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('bad input gets a typed error', () => {
  it('empty file and empty paste', async () => {
    expect(await codeOf(importArticleBytes(new Uint8Array(), 'a.txt'))).toBe('EMPTY');
    expect(await codeOf(() => importText('  \n\n\u3000 '))).toBe('EMPTY');
    expect(await codeOf(importArticleBytes(new TextEncoder().encode('\n\n'), 'a.md'))).toBe('EMPTY');
  });

  it('a file over the size limit is refused before any work, saying so', async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1);
    const err = await importArticleBytes(big, 'big.txt').catch((e: unknown) => e as ImportError);
    expect((err as ImportError).code).toBe('TOO_LARGE');
    expect((err as ImportError).message.zh).toContain('60 MB');
  });

  it('a corrupt .docx', async () => {
    expect(await codeOf(importArticleBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx'))).toBe('DOCX_CORRUPT');
    expect(await codeOf(importArticleBytes(new TextEncoder().encode('not a zip at all'), 'a.docx'))).toBe('DOCX_CORRUPT');
    expect(await codeOf(importArticleBytes(await zip({ 'hello.txt': 'hi' }), 'a.docx'))).toBe('DOCX_CORRUPT');
    const broken = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><unclosed' });
    expect(await codeOf(importArticleBytes(broken, 'a.docx'))).toBe('DOCX_CORRUPT');
  });

  it('a plain ZIP that is not a Word file reads as binary, not as a broken document', async () => {
    expect(await codeOf(importArticleBytes(await zip({ 'a.txt': 'x' }), 'photos.zip'))).toBe('BINARY');
  });

  it('an encrypted .docx (OLE container) and a legacy .doc', async () => {
    expect(await codeOf(importArticleBytes(OLE, '方案.docx'))).toBe('DOCX_ENCRYPTED');
    expect(await codeOf(importArticleBytes(OLE, '方案.doc'))).toBe('LEGACY_DOC');
  });

  it('legacy .doc and .wps: read through the host reader, typed errors when it cannot', async () => {
    expect(await codeOf(importArticleBytes(OLE, '旧文件.wps'))).toBe('WPS_UNREADABLE');
    const failing = { readDoc: () => Promise.reject(new Error('bad FIB')) };
    expect(await codeOf(importArticleBytes(OLE, '方案.doc', failing))).toBe('DOC_CORRUPT');
    expect(await codeOf(importArticleBytes(OLE, '旧文件.wps', failing))).toBe('WPS_UNREADABLE');
    const read = await importArticleBytes(OLE, '方案.doc', { readDoc: async () => '关于开展评议工作的通知\n\n各单位：\n\n现将有关事项通知如下。' });
    expect([read.encoding, read.articles[0]!.title]).toEqual(['doc', '关于开展评议工作的通知']);
  });

  it('PDF: damaged, and a scan without a text layer (no OCR offered)', async () => {
    expect(await codeOf(importArticleBytes(new TextEncoder().encode('%PDF-1.4 nothing else'), 'a.pdf'))).toBe('PDF_CORRUPT');
    const blank = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const err = await importArticleBytes(new TextEncoder().encode(blank), '扫描件.pdf').catch((e: unknown) => e as ImportError);
    expect((err as ImportError).code).toBe('PDF_NO_TEXT');
    expect((err as ImportError).message.zh).toContain('OCR');
  });

  it('a web page with no text', async () => {
    expect(await codeOf(importArticleBytes(new TextEncoder().encode('<!DOCTYPE html><html><body><img src="a.png"><script>x()</script></body></html>'), 'a.html'))).toBe('HTML_NO_TEXT');
  });

  it('a ZIP with encrypted entries', async () => {
    const bytes = await zip({ 'word/document.xml': '<x/>' });
    // Set the "encrypted" flag bit on the central directory entry.
    const cen = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2);
    bytes[cen + 8]! |= 1;
    expect(await codeOf(importArticleBytes(bytes, 'a.docx'))).toBe('DOCX_ENCRYPTED');
  });

  it('a part that inflates past the size its directory entry declares is refused as a zip bomb', async () => {
    // Small and large (over 64 KB compressed): the one-go and the step-by-step reader.
    let seed = 7;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const noise = Array.from({ length: 60_000 }, () => String.fromCharCode(0x4e00 + (next() % 3000))).join('');
    for (const text of ['关于推进改革的实施方案'.repeat(2000), noise]) {
      const bytes = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>` });
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i + 4 <= bytes.length; i++) {
        // A claim above the compressed size (so the directory alone cannot tell) and far below the truth.
        if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))) === 'word/document.xml') view.setUint32(i + 24, view.getUint32(i + 20, true) + 1000, true);
      }
      expect(await codeOf(importArticleBytes(bytes, 'a.docx'))).toBe('ZIP_BOMB');
    }
  });

  it('an entry declaring fewer bytes than it holds compressed is refused from the directory, even one never read', async () => {
    // 1 GB of zeros deflates to about 1 MB; the headers claim 1 KB (reliability case docx-lying-1gb).
    const bytes = await zip({ 'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>', 'word/media/zeros.bin': new Uint8Array(8 * 1024 * 1024) });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))) === 'word/media/zeros.bin') view.setUint32(i + 24, 1024, true);
    }
    expect(await codeOf(importArticleBytes(bytes, 'a.docx'))).toBe('ZIP_BOMB');
  });

  it('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const bomb = await zip({ 'word/document.xml': '<w:document/>', 'word/media/pad.bin': new Uint8Array(40 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await codeOf(importArticleBytes(bomb, 'a.docx'))).toBe('ZIP_BOMB');
    // Declared sizes over garbage data: anything that inflated it would fail as
    // corrupt, so ZIP_BOMB proves the refusal came from the directory alone.
    const forged = await zip({ 'word/document.xml': '<w:document/>', 'word/media/pad.bin': new Uint8Array(64 * 1024).fill(7) });
    const view = new DataView(forged.buffer, forged.byteOffset, forged.byteLength);
    for (let i = 0; i + 4 <= forged.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 400 * 1024 * 1024, true);
    }
    expect(await codeOf(importArticleBytes(forged, 'a.docx'))).toBe('ZIP_BOMB');
  });
});
