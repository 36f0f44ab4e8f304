/**
 * An editors' label over a 简报 item or an article (【编者按】, 编者按：, （编者按）, 【导读】,
 * 【摘要】…) heads the passage; it is no part of a slide's title or points. What a
 * presenter checks: no title starts with the label, no title is the bare opening clause
 * that follows it (今年以来), no point starts with the label, and the notes still say it.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../article/index';
import { generateDeck } from './generate';
import { getAttr } from './slide-attrs';
import { slideBullets, slideTitle } from './operations';
import { plainText } from './text-coverage';
import { DENSITIES } from './statements';
import { isFragmentTitle } from './slide-title';
import noteAboveTitle from '../../../test/fixtures/articles/briefing-note-above-title.txt?raw';
import editorNote from '../../../test/fixtures/articles/briefing-editor-note.txt?raw';

const LABEL = /^\s*(?:[【〔［[（(]\s*(?:编者|按语|导读|导语|摘要|提要|核心提示)|(?:编者按|编者的话|按语|导读|摘要)[：:])/u;
/** Clauses that only open a sentence: never a title on their own. */
const BARE_OPENINGS = ['今年以来', '近年来', '去年以来'];

const cases: Array<[name: string, text: string, label: string]> = [
  ['briefing-note-above-title.txt', noteAboveTitle, '【编者按】'],
  ['briefing-editor-note.txt', editorNote, '编者按：'],
  // The same 简报 item under the other labels editors use.
  ...['（编者按）', '【导读】', '【摘要】', '编者的话：', '按语：', '【编者按】 '].map(
    (label) => [`briefing-note-above-title.txt with ${label.trim()}`, noteAboveTitle.replace('【编者按】', label), label.trim()] as [string, string, string],
  ),
];

describe('an editors’ label is not part of a slide’s title or points', () => {
  for (const [name, text, label] of cases) {
    for (const density of DENSITIES) {
      it(`${name}, ${density}`, () => {
        const [article] = importText(text, name).articles;
        const deck = generateDeck(article!, { density });
        const content = deck.slides.filter((s) => /p\d+$|^l\d+$/u.test(getAttr(s, 'data-source') ?? ''));
        expect(content.length).toBeGreaterThan(0);
        for (const s of content) {
          const title = plainText(slideTitle(s) ?? '');
          expect(title, title).not.toMatch(LABEL);
          expect(BARE_OPENINGS, title).not.toContain(title.replace(/^[【（(][^】）)]*[】）)]\s*/u, ''));
          expect(isFragmentTitle(title), title).toBe(false);
          // 详细 shows every sentence word for word, label included; the others leave it off.
          if (density !== 'full') for (const b of slideBullets(s)) expect(plainText(b), b).not.toMatch(LABEL);
        }
        // Nothing lost: the notes of the first slide still carry the label and what it heads.
        const notes = content.map((s) => s.notes ?? '').join('');
        expect(notes).toContain(label);
      });
    }
  }

  it('the bench’s fragment detector judges what follows the label', () => {
    for (const f of ['【编者按】今年以来', '（编者按）今年以来', '编者按：今年以来', '【导读】站在新的历史起点', '【编者按】']) expect(isFragmentTitle(f), f).toBe(true);
    for (const ok of ['（一）坚持正确选人用人导向', '导读材料的编写要求']) expect(isFragmentTitle(ok), ok).toBe(false);
  });
});
