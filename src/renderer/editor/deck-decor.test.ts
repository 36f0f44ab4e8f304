import { describe, it, expect } from 'vitest';
import { parseDeck, setBlockText, setLayout } from '../../core/deck';
import { slideDecor } from '../../core/render/slide-decor';
import { editorDecor } from './deck-decor';

const deck = parseDeck(`---
title: 学习会
---
<!-- .slide: class="cover" -->
# 学习会
---
## 一、要点
- 一
---
## 二、做法
- 二
`).deck;

describe('the editor decor', () => {
  it('is the render path decor, reused outright while typing changes no slide attribute', () => {
    const first = editorDecor(deck);
    expect(first).toEqual(slideDecor(deck));
    const typed = setBlockText(deck, 1, 0, '一、要点补充');
    expect(editorDecor(typed)).toBe(first);
  });

  it('follows a layout change, keeping the entries that did not change', () => {
    const first = editorDecor(deck);
    const divided = setLayout(deck, 1, 'section');
    const next = editorDecor(divided);
    expect(next).toEqual(slideDecor(divided));
    expect(next[1]).toEqual({ 'data-section-no': '01' });
    expect(next[0]).toBe(first[0]);
    expect(next[2]).toBe(first[2]);
  });
});
