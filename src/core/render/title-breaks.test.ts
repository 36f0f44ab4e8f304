import { describe, expect, it } from 'vitest';
import { balanceTitle, titleWords, wordBreakHtml } from './title-breaks';

describe('titleWords', () => {
  it('gives the text back and keeps quoted terms, figures with units and suffixes whole', () => {
    const t = '深化重大项目“拿地即开工”等服务举措，2024年新增75周年贡献度';
    const words = titleWords(t);
    expect(words.join('')).toBe(t);
    expect(words).toContain('“拿地即开工”');
    expect(words.some((w) => w.includes('2024年'))).toBe(true);
    expect(words.some((w) => w.startsWith('，'))).toBe(false);
    expect(words[words.length - 1]!.length).toBeGreaterThan(1);
  });
});

describe('balanceTitle', () => {
  it('never leaves 力量 alone on the last line (the cover title of issue 14)', () => {
    const title = '凝聚起推动武进高质量发展的强大力量';
    for (const width of [10, 12, 14, 16]) {
      const lines = balanceTitle(title, width);
      expect(lines.join('')).toBe(title);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(l.length).toBeGreaterThan(2);
      // Balanced: no line more than a word longer than another.
      const lens = lines.map((l) => l.length);
      expect(Math.max(...lens) - Math.min(...lens)).toBeLessThanOrEqual(4);
    }
  });

  it('keeps a title that fits on one line and breaks only between words', () => {
    expect(balanceTitle('在万亿之城再出发中提升贡献度', 22)).toEqual(['在万亿之城再出发中提升贡献度']);
    const lines = balanceTitle('深化重大项目“拿地即开工”等服务举措', 10);
    expect(lines.join('')).toBe('深化重大项目“拿地即开工”等服务举措');
    expect(lines.some((l) => l.includes('“拿地即开工”'))).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(12);
  });
});

describe('wordBreakHtml', () => {
  it('adds <wbr> between words, never inside a tag, an entity or a quoted term', () => {
    const html = wordBreakHtml('深化重大项目<em>“拿地即开工”</em>等服务&amp;举措');
    expect(html.replace(/<wbr>/g, '')).toBe('深化重大项目<em>“拿地即开工”</em>等服务&amp;举措');
    expect(html).toContain('项目<wbr><em>“拿地即开工”</em>');
    expect(html).not.toMatch(/&[a-z]*<wbr>/);
    expect(html).not.toMatch(/“[^”]*<wbr>[^“]*”/);
  });
});
