/**
 * The shipped example Word template (resources/word-templates, built by
 * scripts/make-word-template.ts) filled with a briefing and rendered in
 * LibreOffice: the template's own 红头 and running header are there, and so are
 * the title, the text and the masthead fields, with no placeholder left over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exporters, resolveExportOptions } from '../core/export/index';
import { EXAMPLE_TEMPLATE_TEXT } from '../../scripts/make-word-template';
import { wujinArticles, wujinDeck } from '../../test/fixtures/export/wujin-deck';
import { findSoffice, hasPoppler, officeToText } from './office-render';

const template = new URL('../../resources/word-templates/example-briefing.docx', import.meta.url);
const skip = !findSoffice() || !hasPoppler();
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(skip)('the example Word template in LibreOffice', () => {
  it('keeps its 红头 and page header and holds title, text and masthead fields', async () => {
    const bytes = await exporters.docx.exporter(
      wujinDeck(0),
      resolveExportOptions({ header: { name: '学习简报', issue: 7, unit: '区委办公室', date: '2024-07-01' }, distribution: { report: '区委领导', copies: 40 } }),
      { wordTemplate: new Uint8Array(readFileSync(template)) },
    );
    const pages = await officeToText(bytes, 'docx');
    const all = squash(pages.join('\n'));
    const a = wujinArticles[0]!;
    expect(squash(pages[0]!)).toContain(EXAMPLE_TEMPLATE_TEXT.masthead);
    // The running header is on every page, the template's "— n —" footer too.
    pages.forEach((p, n) => {
      expect(squash(p)).toContain(squash(EXAMPLE_TEMPLATE_TEXT.runningHeader));
      expect(p).toMatch(new RegExp(`—\\s*${n + 1}\\s*—`));
    });
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const w of ['第7期', '区委办公室', '2024年7月1日', a.title, ...a.sections.map((s) => s.heading), '报：区委领导', '（共印40份）']) expect(all).toContain(squash(w));
    expect(all).toContain(squash(a.sections.at(-1)!.paragraphs.at(-1)!.slice(-24)));
    expect(all).not.toContain('{{');
  });
});
