/**
 * The one 简报 of a study session, opened in LibreOffice and read back with
 * pdftotext: the masthead, 本期目录 with both items, then both items' titles in
 * order and the 版记 after them. Skipped, with the reason, without LibreOffice.
 */
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx-briefing';
import { sessionDeck } from '../core/session';
import { wujinDeck } from '../../test/fixtures/export/wujin-deck';
import { findSoffice, hasPoppler, officeToText } from './office-render';

const skip = !findSoffice() ? 'LibreOffice (soffice) is not installed' : !hasPoppler() ? 'poppler-utils is not installed' : null;
if (skip) console.warn(`session briefing render test skipped: ${skip}`);
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(skip !== null)('session 简报 rendered by LibreOffice', () => {
  it('shows 本期目录 and both items in order, the 版记 after them', async () => {
    const a = wujinDeck(0);
    const b = wujinDeck(1);
    const items = [{ path: 'a.md', minutes: 20 }, { path: 'b.md', minutes: 15 }];
    const deck = sessionDeck({ meta: { title: '学习会' }, items, body: '' }, [
      { item: items[0]!, deck: a },
      { item: items[1]!, deck: b },
    ]);
    const bytes = await exportDocx(deck, {
      header: { name: '学习简报', issue: '第13期', unit: '区委办公室', date: '2024-07-01' },
      distribution: { report: '区委领导', copies: 30 },
    });
    const pages = await officeToText(bytes, 'docx');
    const text = squash(pages.join(''));
    const at = (s: string, from = 0) => text.indexOf(squash(s), from);
    expect(at('学习简报')).toBeGreaterThanOrEqual(0);
    expect(at('第13期')).toBeGreaterThan(at('学习简报'));
    const contents = at('本期目录');
    expect(contents).toBeGreaterThan(at('第13期'));
    const listA = at(`一、${a.meta.title}`, contents);
    const listB = at(`二、${b.meta.title}`, contents);
    expect(listA).toBeGreaterThan(contents);
    expect(listB).toBeGreaterThan(listA);
    const itemA = at(a.meta.title, listB + 1);
    const itemB = at(b.meta.title, itemA + 1);
    expect(itemA).toBeGreaterThan(listB);
    expect(itemB).toBeGreaterThan(itemA);
    expect(at('报：区委领导', itemB)).toBeGreaterThan(itemB);
    // The masthead is printed once.
    expect(text.split('学习简报').length - 1).toBe(1);
  }, 120_000);
});
