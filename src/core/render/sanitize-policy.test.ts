/**
 * The slide sanitiser against what a hostile deck would try, with DOMPurify over
 * jsdom (the renderer passes the browser's). Each input must come out without the
 * thing that would run, load or frame.
 */
import { describe, it, expect } from 'vitest';
// @ts-expect-error -- jsdom is a dev dependency without @types here; only JSDOM's window/document are used.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { sanitizeSlideHtml, type PurifyLike } from './sanitize-policy';

const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]) as unknown as PurifyLike;
const clean = (html: string) => sanitizeSlideHtml(purify, html);

describe('sanitizeSlideHtml', () => {
  it('keeps ordinary slide markup, deck-relative images, notes and data-source', () => {
    const html = '<section class="cover" data-source="s1p2"><h2>标题</h2><ul><li><strong>5000亩</strong></li></ul><img src="a.assets/p.png" alt="图"><a href="https://www.gov.cn/">链接</a><aside class="notes">讲稿</aside></section>';
    expect(clean(html)).toBe(html);
  });
  it.each([
    ['<script>alert(1)</script>', /script/i],
    ['<img src=x onerror=alert(1)>', /onerror/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript/i],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', /javascript/i],
    ['<iframe src="https://example.com"></iframe>', /iframe/i],
    ['<object data="x.swf"></object><embed src="x">', /object|embed/i],
    ['<img src="http://example.com/x.png">', /example\.com/],
    ['<img src="//example.com/x.png">', /example\.com/],
    ['<img srcset="a.png 1x, https://example.com/b.png 2x">', /example\.com/],
    ['<section data-background-iframe="https://example.com"></section>', /background-iframe/],
    ['<section data-background-image="http://example.com/bg.png"></section>', /example\.com/],
    ['<img data-src="http://example.com/lazy.png">', /example\.com/],
    ['<div style="background:url(http://example.com/x.png)">x</div>', /url\(/],
    ['<style>@import url(http://example.com/x.css)</style>', /import/],
    ['<meta http-equiv="refresh" content="0;url=https://example.com">', /refresh/],
    ['<base href="https://example.com/">', /base/],
    ['<form action="https://example.com"><button>x</button></form>', /form|action/],
    ['<img src="../../etc/passwd">', /passwd/],
    ['<img src="%2e%2e/%2e%2e/etc/passwd">', /passwd/],
    ['<img src="file:///etc/passwd">', /passwd/],
    ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /javascript/],
    // Issue 17: a CSS escape spells url( without the letters; SVG <image>/<use> load their href.
    ['<div style="background:u\\72l(http://example.com/x.png)">x</div>', /example\.com/],
    ['<div style="background:u\\rl(http://example.com/x.png)">x</div>', /example\.com/],
    ['<div style="background:u/**/rl(http://example.com/x.png)">x</div>', /example\.com/],
    ['<svg><image href="http://example.com/x.png"></image></svg>', /example\.com/],
    ['<svg><image xlink:href="//example.com/x.png"></image></svg>', /example\.com/],
    ['<svg><use href="http://example.com/s.svg#a"></use></svg>', /example\.com/],
    // reveal.js's notes plugin inserts data-notes into the speaker window as HTML.
    ['<section data-notes="<img src=x onerror=alert(1)>"></section>', /data-notes|onerror/],
    ['<p class="fragment" data-notes="<b>x</b>">p</p>', /data-notes/],
    ['<aside class="notes" data-markdown="">[x](javascript:alert(1))</aside>', /data-markdown/],
  ])('%s', (input, forbidden) => {
    expect(clean(input)).not.toMatch(forbidden);
  });
  it('keeps links on <a>, and local pictures in SVG <image>', () => {
    expect(clean('<a href="https://www.gov.cn/">x</a>')).toContain('https://www.gov.cn/');
    expect(clean('<svg><image href="a.assets/p.png"></image></svg>')).toContain('a.assets/p.png');
    expect(clean('<div style="color:red">x</div>')).toContain('color:red');
  });
  it('keeps inline data images and local background images', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=">')).toContain('data:image/png');
    expect(clean('<section data-background-image="a.assets/bg.png"></section>')).toContain('a.assets/bg.png');
  });
});
