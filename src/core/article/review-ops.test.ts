import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { deepFreeze } from '../deep-freeze';
import { importArticleBytes, type Article } from './index';
import {
  articleTexts,
  characterCount,
  demoteHeading,
  markNotBody,
  mergeWithNext,
  promoteToHeading,
  restoreExtra,
  setByline,
  setHeading,
  setLevel,
  setTitle,
  splitSectionAt,
  makeTitle,
  mergeArticles,
  splitArticleAt,
} from './review-ops';

const sample = join(import.meta.dirname, '../../../test/fixtures/articles/wujin-articles.txt');
const wujin = async () => (await importArticleBytes(new Uint8Array(readFileSync(sample)), 'wujin-articles.txt')).articles;

const small: Article = {
  title: '标题',
  subtitle: null,
  byline: '记者 张三',
  lead: ['导语一。'],
  sections: [
    { heading: '一、第一部分', level: 1, paragraphs: ['甲段。', '乙段。', '丙段。'] },
    { heading: '二、第二部分', level: 1, paragraphs: ['丁段。'] },
  ],
  extras: [{ kind: 'banner', text: '通栏' }],
  sourceName: 'a.txt',
  encoding: 'utf-8',
};

/** Multiset of the article's text pieces: what "nothing is dropped" means. */
const pieces = (a: Article) => [...articleTexts(a)].sort();

describe('review corrections', () => {
  it('promote splits the section at the paragraph, which becomes the heading', () => {
    const a = promoteToHeading(small, { section: 0, paragraph: 1 });
    expect(a.sections.map((s) => s.heading)).toEqual(['一、第一部分', '乙段。', '二、第二部分']);
    expect(a.sections[0]!.paragraphs).toEqual(['甲段。']);
    expect(a.sections[1]).toEqual({ heading: '乙段。', level: 1, paragraphs: ['丙段。'] });
    expect(pieces(a)).toEqual(pieces(small));
    expect(small.sections).toHaveLength(2); // input untouched
  });

  it('promote inside the lead makes a level-1 section right before the first one', () => {
    const a = promoteToHeading(small, { section: -1, paragraph: 0 });
    expect(a.lead).toEqual([]);
    expect(a.sections[0]).toEqual({ heading: '导语一。', level: 1, paragraphs: [] });
    expect(a.sections[1]!.heading).toBe('一、第一部分');
  });

  it('demote turns a heading into a paragraph of the previous section', () => {
    const a = demoteHeading(small, 1);
    expect(a.sections).toHaveLength(1);
    expect(a.sections[0]!.paragraphs).toEqual(['甲段。', '乙段。', '丙段。', '二、第二部分', '丁段。']);
    const b = demoteHeading(small, 0);
    expect(b.lead).toEqual(['导语一。', '一、第一部分', '甲段。', '乙段。', '丙段。']);
  });

  it('merge with next keeps the first heading and the second as a paragraph', () => {
    expect(mergeWithNext(small, 0)).toEqual(demoteHeading(small, 1));
    expect(() => mergeWithNext(small, 1)).toThrow(RangeError);
  });

  it('split makes a "（续）" section from the paragraph on', () => {
    const a = splitSectionAt(small, { section: 0, paragraph: 2 });
    expect(a.sections.map((s) => [s.heading, s.paragraphs])).toEqual([
      ['一、第一部分', ['甲段。', '乙段。']],
      ['一、第一部分（续）', ['丙段。']],
      ['二、第二部分', ['丁段。']],
    ]);
    expect(() => splitSectionAt(small, { section: 0, paragraph: 0 })).toThrow(RangeError);
  });

  it('not-body moves the paragraph to the extras as meta, and restore brings it back', () => {
    const a = markNotBody(small, { section: 0, paragraph: 1 });
    expect(a.sections[0]!.paragraphs).toEqual(['甲段。', '丙段。']);
    expect(a.extras.at(-1)).toEqual({ kind: 'meta', text: '乙段。' });
    const b = restoreExtra(a, a.extras.length - 1);
    expect(b.lead).toEqual(['导语一。', '乙段。']);
    expect(pieces(b)).toEqual(pieces(small));
  });

  it('use as title keeps the old title as an extra', () => {
    const a = makeTitle(small, { section: 1, paragraph: 0 });
    expect(a.title).toBe('丁段。');
    expect(a.extras).toContainEqual({ kind: 'meta', text: '标题' });
    expect(pieces(a)).toEqual(pieces(small));
  });

  it('text edits change only what they name and fold line breaks', () => {
    expect(setTitle(small, ' 新的\n标题 ').title).toBe('新的 标题');
    expect(setTitle(small, '  ').title).toBeNull();
    expect(setByline(small, '本报记者 李四').byline).toBe('本报记者 李四');
    expect(setHeading(small, 1, '二、改过').sections[1]!.heading).toBe('二、改过');
    expect(setLevel(small, 1, 2).sections[1]!.level).toBe(2);
  });

  it('out-of-range locations throw instead of silently doing nothing', () => {
    expect(() => promoteToHeading(small, { section: 5, paragraph: 0 })).toThrow(RangeError);
    expect(() => markNotBody(small, { section: 0, paragraph: 9 })).toThrow(RangeError);
    expect(() => demoteHeading(small, 2)).toThrow(RangeError);
  });
});

describe('article boundaries', () => {
  it('merging keeps the second title as a section heading and every line', async () => {
    const [a, b] = await wujin();
    const m = mergeArticles(a!, b!);
    expect(m.title).toBe(a!.title);
    expect(m.sections.map((s) => s.heading)).toContain(b!.title);
    expect(pieces(m)).toEqual([...pieces(a!), ...pieces(b!)].sort());
  });

  it('splitting at a section makes its heading the new title; merging back restores the pieces', () => {
    const [x, y] = splitArticleAt(small, 1);
    expect(x.sections.map((s) => s.heading)).toEqual(['一、第一部分']);
    expect(y.title).toBe('二、第二部分');
    expect(y.lead).toEqual(['丁段。']);
    expect([...pieces(x), ...pieces(y)].sort()).toEqual(pieces(small));
    expect(pieces(mergeArticles(x, y))).toEqual(pieces(small));
    expect(() => splitArticleAt(small, 0)).toThrow(RangeError);
  });
});

type Op = { kind: number; a: number; b: number };

/** Apply op if it is valid for the article, else leave the article as is. */
function apply(a: Article, op: Op): Article {
  const secs = a.sections.length;
  const section = secs === 0 ? -1 : (op.a % (secs + 1)) - 1;
  const ps = section === -1 ? a.lead : a.sections[section]!.paragraphs;
  const loc = { section, paragraph: ps.length ? op.b % ps.length : 0 };
  try {
    switch (op.kind) {
      case 0: return promoteToHeading(a, loc);
      case 1: return secs ? demoteHeading(a, op.a % secs) : a;
      case 2: return secs > 1 ? mergeWithNext(a, op.a % (secs - 1)) : a;
      case 3: return splitSectionAt(a, loc);
      case 4: return markNotBody(a, loc);
      case 5: return a.extras.length ? restoreExtra(a, op.b % a.extras.length) : a;
      case 6: return makeTitle(a, loc);
      default: return secs ? setLevel(a, op.a % secs, ((op.b % 3) + 1) as 1 | 2 | 3) : a;
    }
  } catch (e) {
    if (e instanceof RangeError) return a; // not applicable here: the UI never offers it
    throw e;
  }
}

describe('nothing is dropped', () => {
  it('any sequence of structural corrections keeps every character of the sample', async () => {
    const articles = await wujin();
    expect(articles).toHaveLength(2);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.record({ kind: fc.integer({ min: 0, max: 7 }), a: fc.nat(40), b: fc.nat(40) }), { maxLength: 25 }),
        async (which, ops) => {
          // Frozen: an operation that wrote to the article it was given would throw here.
          const start = deepFreeze(structuredClone(articles[which]!));
          const end = ops.reduce(apply, start);
          // Splitting adds a "<heading>（续）" heading; apart from those the pieces are exactly the original ones.
          const added = pieces(end).filter((p) => p.endsWith('（续）') && !articleTexts(start).includes(p));
          const rest = [...pieces(end)];
          for (const p of added) rest.splice(rest.indexOf(p), 1);
          expect(rest).toEqual(pieces(start));
          expect(characterCount(end)).toBe(characterCount(start) + added.join('').replace(/\s/gu, '').length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
