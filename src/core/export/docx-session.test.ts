import { describe, expect, it } from 'vitest';
import { wujinArticles, wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { wordParagraphs, zipText } from '../../../test/fixtures/export/ooxml';
import { sessionDeck } from '../session/session-deck';
import { exportDocx } from './docx-briefing';

const a = wujinDeck(0);
const b = wujinDeck(1);
const deck = sessionDeck(
  { meta: { title: '学习会', unit: '区委办公室' }, items: [{ path: 'a.md', minutes: 20 }, { path: 'b.md' }], body: '' },
  [{ item: { path: 'a.md', minutes: 20 }, deck: a }, { item: { path: 'b.md' }, deck: b }],
);

describe('one 简报 from a session', async () => {
  const doc = await zipText(
    await exportDocx(deck, { header: { name: '学习简报', issue: '第12期', unit: '区委办公室', date: '2024-07-01' }, distribution: { report: '区委领导', copies: 30 } }),
    'word/document.xml',
  );
  const paras = wordParagraphs(doc);
  const flat = paras.join('\n');

  it('has the masthead once, then 本期目录 listing the items in order, then each item', () => {
    expect(paras.filter((p) => p === '学习简报')).toHaveLength(1);
    expect(paras.filter((p) => p === '第12期')).toHaveLength(1);
    const at = (s: string, from = 0) => paras.indexOf(s, from);
    const contents = at('本期目录');
    expect(contents).toBeGreaterThan(at('学习简报'));
    expect(paras[contents + 1]).toBe(`一、${a.meta.title}`);
    expect(paras[contents + 2]).toBe(`二、${b.meta.title}`);
    // Each deck's briefing follows, first item before the second, each with its own text.
    const first = paras.findIndex((p, i) => i > contents + 2 && p.replace(/\s/g, '') === a.meta.title.replace(/\s/g, ''));
    const second = paras.findIndex((p, i) => i > first && p.replace(/\s/g, '') === b.meta.title.replace(/\s/g, ''));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
  });

  it('prints the 版记 once, at the end', () => {
    expect(flat.match(/报：区委领导/g)).toHaveLength(1);
    const lastOfB = wujinArticles[1]!.sections.at(-1)!.paragraphs.at(-1)!.slice(-12);
    expect(doc.indexOf(lastOfB)).toBeGreaterThan(0);
    expect(doc.indexOf('报：区委领导')).toBeGreaterThan(doc.indexOf(lastOfB));
  });

  it('leaves the session cover, agenda, dividers and closing out of the text', () => {
    expect(flat).not.toContain('议程');
    expect(flat).not.toContain('第一项');
    expect(flat).not.toContain('谢谢');
  });

  it('starts each item after the first on a new page', () => {
    expect((doc.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBeGreaterThanOrEqual(1);
  });
});
