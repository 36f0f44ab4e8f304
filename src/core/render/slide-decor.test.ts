import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck';
import { slideDecor, slideSize } from './slide-decor';
import { renderSlide, sectionHtml, type SafeHtml } from './render-slide';

const deck = (front: string) =>
  parseDeck(`---
title: 学习会
${front}---
<!-- .slide: class="cover" -->
# 学习会
---
<!-- .slide: class="section" -->
# 一、始终把推动发展作为首要职责
---
## 要点
- 一
---
<!-- .slide: class="section" -->
# （二）加快项目建设
---
<!-- .slide: class="closing" -->
# 谢谢
`).deck;

describe('slideDecor', () => {
  it('numbers the dividers 01, 02 and puts page and footer text on content slides only', () => {
    const d = slideDecor(deck(''));
    expect(d.map((x) => x['data-section-no'] ?? null)).toEqual([null, '01', null, '02', null]);
    expect(d.map((x) => x['data-page'] ?? null)).toEqual([null, null, '3', null, null]);
    expect(d[2]!['data-deck-title']).toBe('学习会');
  });

  it('takes the footer text from the front matter, and turns it off with footer: false', () => {
    expect(slideDecor(deck('footer: 区发改局 · 内部学习\n'))[2]!['data-deck-title']).toBe('区发改局 · 内部学习');
    expect(slideDecor(deck('footer: false\n'))[2]).toEqual({});
  });

  it('leaves the heading text as written: the number is an attribute', () => {
    const d = deck('');
    const decor = slideDecor(d);
    const html = d.slides.map((s, i) => sectionHtml(renderSlide(s, (h) => h as SafeHtml), decor[i])).join('\n');
    expect(html).toContain('data-section-no="01"');
    expect(html.replace(/<wbr>/g, '')).toContain('<h1>一、始终把推动发展作为首要职责</h1>');
    expect(html.replace(/<wbr>/g, '')).toContain('<h1>（二）加快项目建设</h1>');
  });

  it('sizes 4:3 slides 960 × 720', () => {
    expect(slideSize('4:3')).toEqual({ width: 960, height: 720 });
    expect(slideSize(undefined)).toEqual({ width: 1280, height: 720 });
    expect(parseDeck('---\ntitle: t\naspect: "4:3"\n---\n# a\n').deck.meta.aspect).toBe('4:3');
  });
});
