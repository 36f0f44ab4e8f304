import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInline, plainText } from './inline-text';
import { chineseNumber } from './chinese-numbers';

describe('parseInline', () => {
  it('reads the generator’s figures and quoted terms', () => {
    expect(parseInline('形成**约5000亩**工业用地，*“拿地即开工”*')).toEqual([
      { text: '形成', bold: false, italic: false },
      { text: '约5000亩', bold: true, italic: false },
      { text: '工业用地，', bold: false, italic: false },
      { text: '“拿地即开工”', bold: false, italic: true },
    ]);
  });

  it('keeps a lone asterisk, escapes, link text and code as text', () => {
    expect(plainText('5*3 与 \\*号')).toBe('5*3 与 *号');
    expect(plainText('见[原文](https://example.com)与`代码`')).toBe('见原文与代码');
    expect(plainText('snake_case_name')).toBe('snake_case_name');
    expect(plainText('第一行<br>第二行')).toBe('第一行\n第二行');
  });

  it('loses no character of text without Markdown syntax', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'武进发展，。“”、0123456789abc 亩') }), (s) => {
        expect(plainText(s)).toBe(s);
      }),
    );
  });

  it('strips exactly the emphasis it adds (runs separated by text, as the generator writes them)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: fc.constantFrom(...'万亿之城5000亩“”') , minLength: 1 }), fc.constantFrom('', '*', '**')), { maxLength: 6 }), (parts) => {
        const md = parts.map(([t, m]) => `${m}${t}${m}`).join('，');
        expect(plainText(md)).toBe(parts.map(([t]) => t).join('，'));
      }),
    );
  });
});

describe('chineseNumber', () => {
  it('numbers sections the way Chinese documents do', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110].map(chineseNumber)).toEqual([
      '一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十',
    ]);
  });
});
