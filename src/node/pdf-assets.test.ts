import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticleBytes } from '../core/article/index';
import { importArticleFile } from './article-file';
import { cidFontPdf, CID_PDF_BODY as BODY, CID_PDF_TITLE as TITLE } from '../../test/fixtures/articles/cid-font-pdf';

describe('PDF with a predefined Chinese CMap and no embedded font', () => {
  const bytes = cidFontPdf();

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
