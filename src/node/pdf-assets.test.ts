import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticleBytes } from '../core/article/index';
import { importArticleFile } from './article-file';

/**
 * A PDF as older 公文 printers write it: the Chinese text in a Type0 font with
 * the predefined CMap UniGB-UCS2-H over Adobe-GB1, the font (STSong-Light) not
 * embedded and no ToUnicode map, so the text is found only through PDF.js's
 * CMap files. Written here byte by byte because LibreOffice and Chromium always
 * embed fonts with a ToUnicode map (poppler's pdftotext cannot read this one
 * either without its Adobe-GB1 language pack).
 */
function cidFontPdf(lines: Array<[size: number, text: string]>): Uint8Array {
  const hex = (s: string) => `<${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  const content = lines.map(([size, text], i) => `BT /F1 ${size} Tf 72 ${760 - i * 30} Td ${hex(text)} Tj ET`).join('\n') + '\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf); // all ASCII: the text is in hex
}

const TITLE = '关于做好春季安全生产工作的通知';
const BODY = [
  '各镇人民政府、街道办事处，区各有关部门：',
  '为切实做好春季安全生产工作，现将有关事项通知如下。',
  '一、压实安全责任。各单位要落实主体责任，开展隐患排查。',
  '二、加强值班值守。严格执行领导带班和二十四小时值班制度。',
];

describe('PDF with a predefined Chinese CMap and no embedded font', () => {
  const bytes = cidFontPdf([[18, TITLE], ...BODY.map((t): [number, string] => [12, t])]);

  it('is read through the CMaps the Node hosts give PDF.js', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-cmap-'));
    const file = join(dir, '通知.pdf');
    writeFileSync(file, bytes);
    const { articles } = await importArticleFile(file);
    expect(articles[0]!.title).toBe(TITLE);
    const text = JSON.stringify(articles[0]);
    for (const line of BODY) expect(text).toContain(line.slice(0, 8));
  });

  it('has no text at all for PDF.js without them (what the CLI read before)', async () => {
    await expect(importArticleBytes(bytes, '通知.pdf')).rejects.toMatchObject({ code: 'PDF_NO_TEXT' });
  });
});
