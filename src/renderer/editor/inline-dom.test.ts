// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { inlineHtml } from '../../core/render/slide-html';
import { domToInline, splitAtCaret, setCaret, caretOffset, toggleInline } from './inline-dom';

function field(md: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = inlineHtml(md);
  document.body.appendChild(el);
  return el;
}

describe('domToInline', () => {
  it.each([
    '形成**约5000亩**工业用地',
    '深化“*拿地即开工*”改革',
    '坚持稳中求进、以进促稳、先立后破',
    '用 \\*星号\\* 和 \\_下划线\\_ 的文字',
  ])('reads back the Markdown a field was rendered from: %s', (md) => {
    expect(domToInline(field(md))).toBe(md);
  });

  it('escapes typed Markdown syntax so it shows as typed', () => {
    const el = document.createElement('div');
    el.textContent = '- 不是列表 **也不加粗**';
    expect(domToInline(el)).toBe('\\- 不是列表 \\*\\*也不加粗\\*\\*');
    expect(inlineHtml(domToInline(el))).toBe('- 不是列表 **也不加粗**');
  });

  it('keeps quote marks outside bold so CommonMark still renders it', () => {
    const el = document.createElement('div');
    el.innerHTML = '项目<strong>“拿地即开工”</strong>等';
    const md = domToInline(el);
    expect(md).toBe('项目“**拿地即开工**”等');
    expect(inlineHtml(md)).toBe('项目“<strong>拿地即开工</strong>”等');
  });
});

describe('caret', () => {
  it('splits a field at the caret into two Markdown halves', () => {
    const el = field('形成**约5000亩**工业用地');
    setCaret(el, 4);
    expect(caretOffset(el)).toBe(4);
    expect(splitAtCaret(el)).toEqual({ before: '形成**约5**', after: '**000亩**工业用地' });
  });

  it('bolds the selected text and unbolds it again', () => {
    const el = field('持续提升经济运行质效');
    const r = document.createRange();
    r.setStart(el.firstChild!, 4);
    r.setEnd(el.firstChild!, 8);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    expect(toggleInline(el, 'strong')).toBe(true);
    expect(domToInline(el)).toBe('持续提升**经济运行**质效');
    expect(toggleInline(el, 'strong')).toBe(true);
    expect(domToInline(el)).toBe('持续提升经济运行质效');
  });
});
