import { describe, it, expect } from 'vitest';
// @ts-expect-error -- jsdom is a dev dependency without @types here; only JSDOM's window is used.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { renderSlide, sectionHtml, slideParts, type RenderedSlide, type SafeHtml } from './render-slide';
import { sanitizeSlideHtml, type PurifyLike } from './sanitize-policy';
import type { Slide } from '../deck/model';

/** No sanitising at all: what the render path itself does, before any sanitiser. */
const unsanitised = (html: string) => html as SafeHtml;
const purify = createDOMPurify(new JSDOM('').window as never) as unknown as PurifyLike;
const dompurify = (html: string) => sanitizeSlideHtml(purify, html);

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
const html = (s: Slide, notes = false) => sectionHtml(renderSlide(s, unsanitised, { notes }));

describe('renderSlide', () => {
  it('renders the title, nested bullets and emphasis reveal.js will show', () => {
    const out = html(slide);
    // The title text is unchanged; <wbr> marks where it may break (between words only).
    expect(out).toContain('<h2>在万亿之城再出发<wbr>中提升<wbr>贡献度</h2>');
    expect(out).toContain('<strong>约5000亩</strong>');
    expect(out).toContain('“<em>拿地即开工</em>”');
    expect(out).toMatch(/<ul><li>形成.*<ul><li>深化.*<\/li><\/ul><\/li><li>第三点<\/li><\/ul>/s);
  });

  it('keeps notes out of the audience view unless asked', () => {
    expect(html(slide)).not.toContain('整段讲稿');
    expect(renderSlide(slide, unsanitised).notes).toBeNull();
    expect(html(slide, true)).toContain('<aside class="notes"><p>整段讲稿</p>');
  });

  it('carries class and data-* attributes but never event handlers', () => {
    expect(renderSlide(slide, unsanitised).attrs).toEqual({ class: 'bullets', 'data-source': 's1p2' });
    expect(html(slide)).toContain('<section class="bullets" data-source="s1p2">');
  });

  // The hostile attribute table, through renderSlide alone: no sanitiser runs (unsanitised),
  // so the attributes are filtered by the render path itself, in one place (slideAttrs).
  it.each([
    ['onclick', 'alert(1)'],
    ['onmouseover', 'alert(1)'],
    ['style', 'background:url(http://example.com/x.png)'],
    ['data-background-iframe', 'https://example.com'],
    ['data-background-interactive', ''],
    ['data-preview-link', 'https://example.com'],
    ['data-notes', '<img src=x onerror=alert(1)>'],
    ['data-markdown', ''],
    ['data-background-image', 'http://example.com/bg.png'],
    ['data-background-image', '//example.com/bg.png'],
    ['data-background-image', '../../etc/passwd'],
    ['data-background-video', 'https://example.com/v.mp4'],
    ['data-background', 'file:///etc/passwd'],
    ['data-src', 'http://example.com/lazy.png'],
    ['data-srcset', 'a.png 1x, https://example.com/b.png 2x'],
    ['srcdoc', '<script>alert(1)</script>'],
    ['xlink:href', 'javascript:alert(1)'],
    ['href', 'javascript:alert(1)'],
  ])('drops %s="%s" from the <section>', (name, value) => {
    const hostile: Slide = { ...slide, attrs: [{ name: 'class', value: 'bullets' }, { name, value }] };
    const r = renderSlide(hostile, unsanitised, { notes: true });
    expect(r.attrs).toEqual({ class: 'bullets' });
    expect(sectionHtml(r)).not.toContain(name === 'class' ? '\0' : `${name}=`);
    // The same in the not-yet-sanitised parts the exported page receives.
    expect(slideParts(hostile).attrs).toEqual({ class: 'bullets' });
  });

  it('keeps the deck-relative and inline backgrounds the policy allows', () => {
    const kept: Slide = { ...slide, attrs: [{ name: 'data-background-image', value: 'a.assets/bg.png' }, { name: 'data-background-color', value: '#c00' }] };
    expect(renderSlide(kept, unsanitised).attrs).toEqual({ 'data-background-image': 'a.assets/bg.png', 'data-background-color': '#c00' });
  });

  it('sanitises body and notes once each with the injected sanitiser', () => {
    const calls: string[] = [];
    const counting = (h: string) => (calls.push(h), dompurify(h));
    const hostile: Slide = { attrs: [], blocks: [{ kind: 'raw', text: '<img src="http://evil.example/x.png" onerror="alert(1)"><p>正文</p>' }], notes: '<a href="javascript:alert(1)">讲稿</a>' };
    const r = renderSlide(hostile, counting, { notes: true });
    expect(calls).toHaveLength(2);
    expect(r.body).toContain('正文');
    expect(r.body).not.toMatch(/evil|onerror/);
    expect(r.notes).toContain('讲稿');
    expect(r.notes).not.toContain('javascript');
  });

  it('renders notes with line breaks kept (one Markdown configuration for every notes surface)', () => {
    const notes: Slide = { ...slide, notes: '第一点\n第二点\n\n另一段' };
    expect(renderSlide(notes, unsanitised, { notes: true }).notes).toBe('<p>第一点<br>第二点</p>\n<p>另一段</p>\n');
  });

  it('escapes attribute values and decor so they cannot close the tag', () => {
    const tricky: Slide = { ...slide, attrs: [{ name: 'data-x', value: '"><script>alert(1)</script>' }] };
    const out = sectionHtml(renderSlide(tricky, unsanitised), { 'data-deck-title': '"><img src=x onerror=alert(1)>' });
    expect(out).not.toMatch(/<script|<img/);
  });

  it('takes only sanitised HTML where a document receives it (checked by the type checker)', () => {
    // @ts-expect-error -- a plain string is not SafeHtml: it has not been through the sanitiser.
    const forged: RenderedSlide = { attrs: {}, body: '<img src=x onerror=alert(1)>', notes: null };
    // @ts-expect-error -- nor is a string built from sanitised HTML and anything else.
    const mixed: SafeHtml = `${renderSlide(slide, dompurify).body}<script>`;
    expect([forged, mixed]).toHaveLength(2);
  });
});

describe("points carrying the author's own number", () => {
  it('are marked so the theme draws no bullet before them, through the sanitiser', () => {
    const list: Slide = {
      attrs: [{ name: 'class', value: 'bullets' }],
      blocks: [{ kind: 'list', ordered: false, items: [{ text: '1\\. 经济总量迈上新台阶', depth: 0 }, { text: '（2）民生保障持续加强', depth: 0 }, { text: '（三）注重长效管护', depth: 0 }, { text: '2024年是关键一年', depth: 0 }] }],
      notes: null,
    };
    const out = sectionHtml(renderSlide(list, dompurify, { notes: false }));
    expect(out.match(/<li data-own-number="">/gu)).toHaveLength(3);
    expect(out).toContain('<li>2024年是关键一年</li>');
  });
});
