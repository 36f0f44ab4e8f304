import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assetsFolder, deckFileText, parseDeck, serializeDeck, splitFrontMatter, splitSlides } from './deck-markdown';
import type { Block, Deck, Slide } from './model';
import { emphasize } from './emphasis';

const fixtures = import.meta.glob('../../../test/fixtures/decks/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const fixture = (name: string) => fixtures[`../../../test/fixtures/decks/${name}`]!;

describe('the DESIGN.md example deck', () => {
  const { deck, diagnostics } = parseDeck(fixture('design-example.md'));

  it('reads front matter, slides, attributes, blocks and notes', () => {
    expect(diagnostics).toEqual([]);
    expect(deck.meta).toMatchObject({ title: '以实干为民谋福 用实绩书写答卷', byline: '区发改局党组书记、局长 祁斌', theme: 'party-red' });
    expect(deck.slides).toHaveLength(3);
    expect(deck.slides[0]!.attrs).toEqual([{ name: 'class', value: 'cover' }]);
    expect(deck.slides[2]!.attrs).toEqual([{ name: 'data-source', value: 's1p2' }]);
    expect(deck.slides[2]!.blocks).toEqual([
      { kind: 'heading', depth: 2, text: '在万亿之城再出发中提升贡献度' },
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: '坚持稳中求进、以进促稳、先立后破', depth: 0 },
          { text: '持续提升经济运行质效', depth: 0 },
        ],
      },
    ]);
    expect(deck.slides[2]!.notes).toBe('在万亿之城再出发中提升贡献度。坚持稳中求进、以进促稳、先立后破,……');
    expect(deck.slides[1]!.notes).toBeNull();
  });

  it('serializes to a file that parses back to the same deck', () => {
    expect(parseDeck(serializeDeck(deck)).deck).toEqual(deck);
  });
});

describe('a hand-written deck', () => {
  const text = fixture('hand-written.md');
  const { deck, diagnostics } = parseDeck(text);
  const out = serializeDeck(deck);

  it('opens without complaint and keeps unknown front matter keys', () => {
    expect(diagnostics).toEqual([]);
    expect(deck.meta.theme).toBe('deep-blue');
    expect(deck.meta.date).toBe('2024-03-01');
    expect(deck.meta.extra).toEqual([
      { key: 'footer', yaml: '区发改局 · 内部学习' },
      { key: 'tags', yaml: '\n  - 学习\n  - 政绩观' },
    ]);
    expect(out).toContain('footer: 区发改局 · 内部学习\ntags:\n  - 学习\n  - 政绩观\n');
  });

  it('keeps unknown slide attributes, in order', () => {
    expect(deck.slides[0]!.attrs).toEqual([
      { name: 'class', value: 'cover' },
      { name: 'data-background-color', value: '#8b0000' },
      { name: 'data-transition', value: 'zoom' },
    ]);
    expect(deck.slides[1]!.attrs).toEqual([
      { name: 'data-source', value: 's1p1' },
      { name: 'data-auto-animate', value: '' },
    ]);
    expect(out).toContain('<!-- .slide: class="cover" data-background-color="#8b0000" data-transition="zoom" -->');
    expect(out).toContain('<!-- .slide: data-source="s1p1" data-auto-animate -->');
  });

  it('keeps everything it does not understand byte for byte', () => {
    const raws = deck.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'raw').map((b) => (b as { text: string }).text);
    const expected = [
      '<div class="logo" style="position:absolute; top:0">\n  <img src="手写的演示.assets/logo.png" alt="徽标">\n</div>',
      '<!-- .element: class="fragment" -->',
      '| 指标 | 数值 |\n|------|-----:|\n| 用地 | 5000亩 |',
      "<!-- .slide: class='quote' -->",
      'Setext 标题\n===========',
      '* 星号列表\n* 第二项',
      '1) 括号序号',
      '```js\nconst x = 1;\n```',
      '> 引用一段话',
      '<section data-x="1">\nraw section\n</section>',
    ];
    expect(raws).toEqual(expected);
    for (const r of expected) {
      expect(text).toContain(r);
      expect(out).toContain(r);
    }
  });

  it('understands the blocks it can write back exactly', () => {
    const s = deck.slides[1]!;
    expect(s.blocks[0]).toEqual({ kind: 'heading', depth: 2, text: '要点一' });
    expect(s.blocks[1]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        { text: '第一点 **30万平方米**', depth: 0 },
        { text: '第二点“*拿地即开工*”', depth: 0 },
        { text: '细分', depth: 1 },
        { text: '第三点', depth: 0 },
      ],
    });
    expect(s.blocks.at(-1)).toEqual({ kind: 'image', alt: '示意图', src: '手写的演示.assets/chart.png' });
    expect(s.notes).toBe('讲这一页时先说背景。\n\n再说数字。');
  });

  it('reads a slide that is only notes ("Note: …" on one line)', () => {
    expect(deck.slides.at(-1)).toEqual({ attrs: [], blocks: [], notes: '只有备注的一页' });
  });

  it('reads a CRLF copy (saved by Notepad or WPS) as the same deck', () => {
    expect(parseDeck(text.replace(/\n/g, '\r\n')).deck).toEqual(deck);
  });

  it('is stable: serializing what it parsed, again, changes nothing', () => {
    expect(serializeDeck(parseDeck(out).deck)).toBe(out);
    expect(deckFileText(parseDeck(out).deck)).toBe(out);
    expect(parseDeck(out).deck).toEqual(deck);
  });
});

describe('assets', () => {
  it('keeps images in <deck>.assets/ beside the deck', () => {
    expect(assetsFolder('01-以实干为民谋福.md')).toBe('01-以实干为民谋福.assets');
  });
});

describe('slide splitting follows reveal.js', () => {
  it('splits only on lines that are exactly ---', () => {
    const body = 'a\n---\nb\n--- \nc\n----\nd\n\n---\n\ne';
    expect(splitSlides(body).map((c) => c.text.trim())).toEqual(['a', 'b\n--- \nc\n----\nd', 'e']);
  });

  it('treats Note: as notes only when it occurs once in a slide, as the plugin does', () => {
    const d = parseDeck('---\ntitle: t\n---\n\n# A\n\nNote:\none\n\nNote:\ntwo\n').deck;
    expect(d.slides[0]!.notes).toBeNull();
    expect(d.slides[0]!.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('does not make the front matter a slide, and reports where the body starts', () => {
    const s = splitFrontMatter('---\ntitle: t\ntheme: party-red\n---\n# A\n');
    expect(s.yaml).toBe('title: t\ntheme: party-red\n');
    expect(s.body).toBe('# A\n');
    expect(s.bodyLine).toBe(5);
  });
});

describe('front matter validation', () => {
  it('names the line of a bad field and still opens the rest of the deck', () => {
    const { deck, diagnostics } = parseDeck('---\ntitle: 学习会\nbyline: 某某\ntheme: rainbow\n---\n\n# 第一页\n\n---\n\n# 第二页\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.line).toBe(4);
    expect(diagnostics[0]!.message.zh).toContain('第4行');
    expect(diagnostics[0]!.message.zh).toContain('rainbow');
    expect(diagnostics[0]!.message.en).toContain('theme');
    expect(deck.meta).toMatchObject({ title: '学习会', byline: '某某', theme: 'party-red' });
    expect(deck.slides).toHaveLength(2);
  });

  it('reports broken YAML with its line and keeps the slides', () => {
    const { deck, diagnostics } = parseDeck('---\ntitle: 学习会\nbyline: [未闭合\n---\n\n# 第一页\n');
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(diagnostics[0]!.message.zh).toMatch(/^第\d+行/);
    expect(deck.slides).toHaveLength(1);
  });

  it('keeps unreadable front matter and bad values through a save, and stays stable on the next', () => {
    const broken = parseDeck('---\ntitle: 学习会\nbyline: [未闭合\n---\n\n# 第一页\n');
    const saved = serializeDeck(broken.deck);
    expect(saved).toContain('byline: [未闭合');
    const again = parseDeck(saved);
    expect(serializeDeck(again.deck)).toBe(saved);

    const badTheme = parseDeck('---\ntitle: 学习会\ntheme: rainbow\n---\n\n# A\n');
    const saved2 = serializeDeck(badTheme.deck);
    expect(saved2).toContain('theme: party-red');
    expect(saved2).toContain('rainbow');
    expect(parseDeck(saved2).diagnostics).toHaveLength(0);
    expect(serializeDeck(parseDeck(saved2).deck)).toBe(saved2);
  });

  it('reports a missing title and an empty one', () => {
    expect(parseDeck('---\ntheme: deep-blue\n---\n\n# A\n').diagnostics[0]!.message.en).toContain('no title');
    const d = parseDeck('---\ntitle: ""\n---\n\n# A\n');
    expect(d.diagnostics[0]!.line).toBe(2);
  });

  it('reports an unclosed front matter and reads the file as slides', () => {
    const { deck, diagnostics } = parseDeck('---\ntitle: x\n\n# A\n');
    expect(diagnostics[0]!.line).toBe(1);
    expect(deck.slides.length).toBeGreaterThan(0);
  });
});

// ---- property: parse(serialize(deck)) equals deck ----

/**
 * Inline text as the generator and editor produce it: plain text (CJK, ASCII, Markdown
 * punctuation, figures, quoted terms) run through emphasize(), which escapes and marks.
 */
const plainChars = '学习贯彻精神推动发展项目园区科创载体abcXYZ0123456789 、，：。%&+-#*_<>[]`~|\\!().“”亩套万平方米约'.split('');
const inline = fc
  .string({ unit: fc.constantFrom(...plainChars), minLength: 1, maxLength: 24 })
  .map((s) => s.trim())
  .filter((s) => s !== '')
  .map(emphasize);
const attrValue = fc.string({ unit: fc.constantFrom(...'abcs1p2 -#:;/'.split('')), maxLength: 12 }).filter((v) => !v.includes('-->'));
const attr = fc.record({
  name: fc.constantFrom('class', 'data-source', 'data-background-color', 'data-transition', 'data-auto-animate', 'id'),
  value: attrValue,
});
const listBlock = fc
  .array(fc.record({ text: inline, depth: fc.nat(2) }), { minLength: 1, maxLength: 6 })
  .map((items) => {
    // Depth grows one level at a time (what Markdown can say).
    items.forEach((it, i) => (it.depth = Math.min(it.depth, i === 0 ? 0 : items[i - 1]!.depth + 1)));
    return items;
  });
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), depth: fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6>, text: inline }),
  fc.record({ kind: fc.constant('paragraph' as const), text: inline }),
  fc.record({ kind: fc.constant('list' as const), ordered: fc.boolean(), items: listBlock }),
  fc.record({ kind: fc.constant('image' as const), alt: fc.constantFrom('', '图', '示意图 1'), src: fc.constantFrom('deck.assets/a.png', 'x.jpg') }),
  fc.record({
    kind: fc.constant('raw' as const),
    text: fc.constantFrom(
      '<div class="two">\n<p>左</p>\n</div>',
      '<!-- .element: class="fragment" -->',
      '```\ncode\n```',
      '> 引文',
      '<aside>旁注</aside>',
      'Setext\n===',
    ),
  }),
);
const notes = fc.option(
  fc.array(inline, { minLength: 0, maxLength: 3 }).map((ps) => ps.join('\n\n')),
  { nil: null },
);
const slide: fc.Arbitrary<Slide> = fc.record({
  attrs: fc.uniqueArray(attr, { selector: (a) => a.name, maxLength: 4 }),
  blocks: fc.array(block, { maxLength: 6 }),
  notes,
});
const metaText = inline;
const deckArb: fc.Arbitrary<Deck> = fc.record({
  meta: fc.record(
    {
      title: metaText,
      subtitle: metaText,
      byline: metaText,
      source: fc.constantFrom('wujin-articles.txt', '粘贴的文本', 'a: b.txt', '123'),
      date: fc.constantFrom('2024-01-05', '2024年3月5日', '2024'),
      theme: fc.constantFrom('party-red' as const, 'clean-white' as const, 'deep-blue' as const),
      extra: fc.constant([{ key: 'footer', yaml: '某单位' }]),
    },
    { requiredKeys: ['title', 'theme'] },
  ),
  // One lone empty slide writes an empty body, which is zero slides: not a deck anyone has.
  slides: fc.array(slide, { minLength: 0, maxLength: 8 }).filter(
    (ss) => !(ss.length === 1 && ss[0]!.attrs.length === 0 && ss[0]!.blocks.length === 0 && ss[0]!.notes === null),
  ),
});

describe('round trip (property)', () => {
  it('parse(serialize(deck)) equals deck', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        const text = serializeDeck(deck);
        // What the import writes (no per-slide cache) is the same file.
        expect(deckFileText(deck)).toBe(text);
        const back = parseDeck(text);
        expect(back.diagnostics).toEqual([]);
        expect(back.deck).toEqual(deck);
      }),
      { numRuns: 400 },
    );
  });

  it('serialize(parse(text)) is a fixed point for any text built from deck pieces', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        const once = serializeDeck(parseDeck(serializeDeck(deck)).deck);
        expect(serializeDeck(parseDeck(once).deck)).toBe(once);
      }),
      { numRuns: 100 },
    );
  });
});
