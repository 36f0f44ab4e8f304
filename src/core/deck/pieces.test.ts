import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { Lexer } from 'marked';
import { splitClauses, splitSentences, displayWidth } from './split-clauses';
import { emphasize, escapeInline, findFigures, findQuotedTerms } from './emphasis';
import { THEME_METRICS, linesOf, paginate } from './fit';
import { toString } from 'mdast-util-to-string';
import { formatSlideComment, getLayout, parseSlideComment, parseSource, setLayout } from './slide-attrs';

describe('sentence and clause splitting', () => {
  it('splits sentences outside quotes, ending a sentence at “……。”', () => {
    expect(splitSentences('“一心一意抓项目，一以贯之强产业。”武进国家高新区相关负责人表示。再来一句！')).toEqual([
      '“一心一意抓项目，一以贯之强产业。”',
      '武进国家高新区相关负责人表示。',
      '再来一句！',
    ]);
  });
  it('splits clauses on ，；： but not inside quotes or numbers, and before ①②', () => {
    expect(splitClauses('在全省、全市“走在前，做示范”中展现，共1,500套；时间10:30，①甲②乙')).toEqual([
      '在全省、全市“走在前，做示范”中展现，',
      '共1,500套；',
      '时间10:30，',
      '①甲',
      '②乙',
    ]);
  });
  it('never loses a character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'甲乙丙，。；：“”（）①②12,:!? '.split('')) }), (s) => {
        expect(splitClauses(s).join('')).toBe(s);
        expect(splitSentences(s).join('')).toBe(s);
      }),
    );
  });
});

describe('emphasis', () => {
  it('finds figures with units and short quoted terms', () => {
    const t = '形成约5000亩工业用地，新建标准厂房30万平方米，推进1500套人才公寓，2024年，G20峰会';
    expect(findFigures(t).map((s) => t.slice(s.start, s.end))).toEqual(['约5000亩', '30万平方米', '1500套']);
    const q = '深化“拿地即开工”等举措，“一心一意抓项目，一以贯之强产业。”';
    expect(findQuotedTerms(q).map((s) => q.slice(s.start, s.end))).toEqual(['“拿地即开工”']);
  });

  it('marks them so both CommonMark and marked (reveal.js) render <em>/<strong>', () => {
    const md = emphasize('深化重大项目“拿地即开工”等服务举措，形成约5000亩工业用地');
    expect(md).toBe('深化重大项目“*拿地即开工*”等服务举措，形成**约5000亩**工业用地');
    const html = Lexer.lex(md)[0] as { tokens: Array<{ type: string; text: string }> };
    expect(html.tokens.filter((t) => t.type !== 'text').map((t) => [t.type, t.text])).toEqual([
      ['em', '拿地即开工'],
      ['strong', '约5000亩'],
    ]);
    const tree = fromMarkdown(md).children[0] as { children: Array<{ type: string }> };
    expect(tree.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text', 'strong', 'text']);
  });

  it('escapes Markdown syntax so the slide shows the article text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'甲乙 *_#-+>1.[]()<>`~|&\\!“”亩5'.split('')), minLength: 1 }), (s) => {
        const t = s.trim();
        if (t === '') return;
        // The oracle is a CommonMark parser: what a Markdown renderer shows, not the app's own reading of it.
        expect(toString(fromMarkdown(emphasize(t)))).toBe(t);
      }),
      { numRuns: 300 },
    );
    expect(escapeInline('Note: 1. *x*')).toBe('Note\\: 1. \\*x\\*');
    expect(escapeInline('1. 第一')).toBe('1\\. 第一');
  });
});

describe('fit', () => {
  const m = THEME_METRICS['party-red'];
  it('keeps every point, at most maxBullets and the line budget per slide (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'甲乙丙丁，abc'.split('')), minLength: 1, maxLength: 400 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 8 }),
        (points, max) => {
          const pages = paginate(points, '标题', m, max);
          expect(pages.flat().join('')).toBe(points.join(''));
          for (const page of pages) {
            expect(page.length).toBeLessThanOrEqual(max);
            const lines = page.reduce((n, p) => n + linesOf(p, m.charsPerLine), 0);
            expect(page.length === 1 || lines <= m.linesPerSlide).toBe(true);
            for (const p of page) expect(linesOf(p, m.charsPerLine)).toBeLessThanOrEqual(m.linesPerSlide);
          }
        },
      ),
    );
  });
  it('evens out slides (7 points: 4 + 3, not 6 + 1)', () => {
    expect(paginate(['一', '二', '三', '四', '五', '六', '七'], 't', m, 6).map((p) => p.length)).toEqual([4, 3]);
  });
  it('counts ASCII as half width', () => {
    expect(displayWidth('ab中')).toBeCloseTo(2.1);
  });
});

describe('slide attributes', () => {
  it('reads and writes the canonical comment; anything else is not understood', () => {
    const attrs = parseSlideComment('<!-- .slide: class="bullets two" data-source="s1p2" data-auto-animate -->');
    expect(attrs).toEqual([
      { name: 'class', value: 'bullets two' },
      { name: 'data-source', value: 's1p2' },
      { name: 'data-auto-animate', value: '' },
    ]);
    expect(formatSlideComment(attrs!)).toBe('<!-- .slide: class="bullets two" data-source="s1p2" data-auto-animate -->');
    expect(parseSlideComment("<!-- .slide: class='x' -->")).toBeNull();
    expect(parseSlideComment('<!--  .slide: class="x" -->')).toBeNull();
  });
  it('layout lives in class, other classes kept', () => {
    const s = { attrs: [{ name: 'class', value: 'bullets highlight' }], blocks: [], notes: null };
    expect(getLayout(s)).toBe('bullets');
    expect(setLayout(s, 'two-column').attrs).toEqual([{ name: 'class', value: 'two-column highlight' }]);
    expect(getLayout({ attrs: [], blocks: [], notes: null })).toBe('bullets');
    expect(setLayout({ attrs: [{ name: 'data-source', value: 's1' }], blocks: [], notes: null }, 'quote').attrs[0]).toEqual({ name: 'class', value: 'quote' });
  });
  it('parses data-source ids', () => {
    expect(parseSource('s1p2')).toEqual({ kind: 'paragraph', section: 1, paragraph: 2 });
    expect(parseSource('s3')).toEqual({ kind: 'section', section: 3 });
    expect(parseSource('l1')).toEqual({ kind: 'lead', paragraph: 1 });
    expect(parseSource('title')).toEqual({ kind: 'other', id: 'title' });
  });
});
