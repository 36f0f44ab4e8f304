// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import type { SafeHtml } from '../../core/render/render-slide';
import { shiftSections, windowAround } from './slide-window';

const slides = Array.from({ length: 500 }, (_, i) => `<section data-i="${i}"><h2>第${i + 1}页</h2></section>` as SafeHtml);
const shown = (el: HTMLElement) => [...el.children].map((s) => Number(s.getAttribute('data-i')));
const range = (lo: number, hi: number) => Array.from({ length: hi - lo }, (_, i) => lo + i);

function deckAt(center: number) {
  const el = document.createElement('div');
  const w = windowAround(center, slides.length);
  el.innerHTML = slides.slice(w.lo, w.hi).join('');
  return { el, w };
}

describe('moving the window of sections reveal.js sees', () => {
  it('forward and back: the shared sections keep their elements, the rest come and go', () => {
    const { el, w } = deckAt(250);
    const on = el.querySelector('[data-i="259"]');
    const ahead = windowAround(259, slides.length);
    shiftSections(el, slides, w, ahead);
    expect(shown(el)).toEqual(range(ahead.lo, ahead.hi));
    expect(el.querySelector('[data-i="259"]')).toBe(on);
    const back = windowAround(250, slides.length);
    shiftSections(el, slides, ahead, back);
    expect(shown(el)).toEqual(range(back.lo, back.hi));
    expect(el.querySelector('[data-i="259"]')).toBe(on);
  });

  it('a jump past the window replaces every section', () => {
    const { el, w } = deckAt(250);
    const before = el.firstElementChild;
    const far = windowAround(40, slides.length);
    shiftSections(el, slides, w, far);
    expect(shown(el)).toEqual(range(far.lo, far.hi));
    expect(el.contains(before)).toBe(false);
  });
});
