import { describe, it, expect } from 'vitest';
import { slideHtml } from './slide-html';
import type { Slide } from '../deck/model';

const slide: Slide = {
  attrs: [
    { name: 'class', value: 'bullets' },
    { name: 'data-source', value: 's1p2' },
    { name: 'onclick', value: 'alert(1)' },
  ],
  blocks: [
    { kind: 'heading', depth: 2, text: '在万亿之城再出发中提升贡献度' },
    { kind: 'list', ordered: false, items: [
      { text: '形成**约5000亩**工业用地', depth: 0 },
      { text: '深化“*拿地即开工*”', depth: 1 },
      { text: '第三点', depth: 0 },
    ] },
  ],
  notes: '整段讲稿',
};

describe('slideHtml', () => {
  it('renders the title, nested bullets and emphasis reveal.js will show', () => {
    const html = slideHtml(slide);
    // The title text is unchanged; <wbr> marks where it may break (between words only).
    expect(html).toContain('<h2>在万亿之城再出发<wbr>中提升<wbr>贡献度</h2>');
    expect(html).toContain('<strong>约5000亩</strong>');
    expect(html).toContain('“<em>拿地即开工</em>”');
    expect(html).toMatch(/<ul><li>形成.*<ul><li>深化.*<\/li><\/ul><\/li><li>第三点<\/li><\/ul>/s);
  });

  it('keeps notes out of the audience view unless asked', () => {
    expect(slideHtml(slide)).not.toContain('整段讲稿');
    expect(slideHtml(slide, { notes: true })).toContain('<aside class="notes"><p>整段讲稿</p>');
  });

  it('carries class and data-* attributes but never event handlers', () => {
    const html = slideHtml(slide);
    expect(html).toContain('class="bullets"');
    expect(html).toContain('data-source="s1p2"');
    expect(html).not.toContain('onclick');
  });
});
