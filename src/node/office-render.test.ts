/**
 * Render checks: LibreOffice (own profile, fonts mapped to Noto CJK by
 * resources/fontconfig/fonts.conf) opens what the exporters write and
 * pdftotext reads the PDF back. Slow (a few seconds per file), so few and all
 * here. Skipped, with the reason, where LibreOffice or poppler is missing.
 *
 * What is checked where: the 28-character grid pitch is Word/WPS behaviour and
 * is checked in the XML (docx-briefing.test.ts); LibreOffice gives each
 * character a whole grid cell and sets 27 to a line, so here the line count
 * (22 on a full page) and the text are checked, and the line length only
 * loosely (the grid did not collapse).
 */
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx-briefing';
import { exportPptx } from '../core/export/pptx-deck';
import { wujinArticles, wujinDeck } from '../../test/fixtures/export/wujin-deck';
import { findSoffice, hasImpress, hasPoppler, officeToText } from './office-render';

const CN = '一二三四五六七八九十';
const soffice = findSoffice();
const poppler = hasPoppler();
const skipReason = !soffice ? 'LibreOffice (soffice) is not installed' : !poppler ? 'poppler-utils (pdftotext) is not installed' : null;
if (skipReason) console.warn(`office-render tests skipped: ${skipReason}`);

const FOOTER = /^\s*—\s*\d+\s*—\s*$/;
const squash = (s: string): string => s.replace(/\s+/g, '');

/** Page texts without the page-number lines, as one string with no whitespace. */
function flowText(pages: string[]): string {
  return squash(pages.map((p) => p.split('\n').filter((l) => !FOOTER.test(l)).join('')).join(''));
}

function bodyLines(page: string): string[] {
  return page.split('\n').filter((l) => l.trim() !== '' && !FOOTER.test(l));
}

/** Expect each string to occur in `text`, in this order. */
function expectInOrder(text: string, wanted: string[]): void {
  let at = 0;
  for (const w of wanted) {
    const i = text.indexOf(squash(w), at);
    expect(i, `“${w}” not found after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + squash(w).length;
  }
}

function firstAndLastSentence(p: string): string[] {
  const sentences = p.match(/[^。！？]+[。！？]”?|[^。！？]+$/g) ?? [p];
  return sentences.length === 1 ? [sentences[0]!] : [sentences[0]!, sentences[sentences.length - 1]!];
}

describe.skipIf(skipReason !== null)('LibreOffice renders the exports', () => {
  it.each([0, 1])('full-text briefing of sample article %i: every heading and paragraph, in order; 22 lines a full page', async (i) => {
    const bytes = await exportDocx(wujinDeck(i), {
      header: { name: '学习简报', issue: 3, unit: '区委办公室', date: '2024-07-01' },
      distribution: { report: '区委领导', sendTo: '各镇（街道）', copies: 60 },
    });
    const pages = await officeToText(bytes, 'docx');
    const a = wujinArticles[i]!;
    const wanted = ['学习简报', '第3期', '2024年7月1日', a.title, a.byline];
    a.sections.forEach((s, si) => {
      wanted.push(`${CN[si]}、${s.heading}`);
      for (const p of s.paragraphs) wanted.push(...firstAndLastSentence(p));
    });
    wanted.push('报：区委领导', '（共印60份）');
    expectInOrder(flowText(pages), wanted);

    // Page numbers "— n —" on every page.
    pages.forEach((p, n) => expect(p).toMatch(new RegExp(`—\\s*${n + 1}\\s*—`)));
    // Every page between the first and the last is full: 22 lines (GB/T 9704).
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages.slice(1, -1)) expect(bodyLines(p)).toHaveLength(22);
    for (const p of pages) expect(bodyLines(p).length).toBeLessThanOrEqual(22);
    // Lines stay near 28 characters (a collapsed grid sets 14-19).
    const lengths = pages.slice(1, -1).flatMap(bodyLines).map((l) => squash(l).length).sort((x, y) => x - y);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThanOrEqual(26);
    expect(lengths[lengths.length - 1]).toBeLessThanOrEqual(29);
  });

  it.skipIf(!hasImpress())('PowerPoint opens in Impress with every slide and its title', async () => {
    const deck = wujinDeck(0);
    const pages = await officeToText(await exportPptx(deck), 'pptx');
    expect(pages).toHaveLength(deck.slides.length);
    deck.slides.forEach((s, n) => {
      const h = s.blocks.find((b) => b.kind === 'heading');
      if (h && h.kind === 'heading') expect(squash(pages[n]!)).toContain(squash(h.text.replace(/\*/g, '')));
    });
  });
});
