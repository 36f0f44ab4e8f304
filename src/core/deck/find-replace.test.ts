import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticleBytes } from '../article/index';
import { generateDeck, parseDeck, serializeDeck, type Deck } from './index';
import { DEFAULT_FIND_OPTIONS, findMatches, foldText, matchContext, replaceAllMatches, replaceMatch, type FindOptions } from './find-replace';

const deck: Deck = {
  meta: { title: '武进 示例', theme: 'party-red' },
  slides: [
    { attrs: [], blocks: [{ kind: 'heading', depth: 1, text: '武进高新区' }, { kind: 'paragraph', text: 'AI and ai, said Ai' }], notes: '武进的备注，武进。' },
    {
      attrs: [],
      blocks: [
        { kind: 'heading', depth: 2, text: '数说 ２０２４年' },
        { kind: 'list', ordered: false, items: [{ text: '约5000亩，2024年', depth: 0 }, { text: 'main domain', depth: 0 }] },
        { kind: 'raw', text: '<div>武进</div>' },
      ],
      notes: null,
    },
  ],
};

const opts = (o: Partial<FindOptions>): FindOptions => ({ ...DEFAULT_FIND_OPTIONS, ...o });

describe('find', () => {
  it('finds Chinese text in headings, paragraphs, list items and notes, in deck order', () => {
    const m = findMatches(deck, '武进');
    expect(m.map((x) => [x.slide, x.field, x.start])).toEqual([
      [0, 'heading', 0],
      [0, 'notes', 0],
      [0, 'notes', 6],
    ]);
  });

  it('leaves raw HTML blocks alone', () => {
    expect(findMatches(deck, '<div>')).toEqual([]);
  });

  it('scope limits the search to slides or to notes', () => {
    expect(findMatches(deck, '武进', opts({ scope: 'slides' }))).toHaveLength(1);
    expect(findMatches(deck, '武进', opts({ scope: 'notes' }))).toHaveLength(2);
  });

  it('ignores case of Latin letters unless asked', () => {
    // AI, ai, s(ai)d, Ai, m(ai)n, dom(ai)n
    expect(findMatches(deck, 'ai')).toHaveLength(6);
    expect(findMatches(deck, 'ai', opts({ matchCase: true }))).toHaveLength(4);
  });

  it('whole word applies to Latin words only', () => {
    expect(findMatches(deck, 'ai', opts({ wholeWord: true }))).toHaveLength(3);
    // CJK has no word boundaries: whole word still finds 武进 inside 武进高新区.
    expect(findMatches(deck, '武进', opts({ wholeWord: true }))).toHaveLength(3);
  });

  it('full-width and half-width forms match each other unless asked not to', () => {
    expect(findMatches(deck, '2024年').map((m) => m.field)).toEqual(['heading', 'item']);
    expect(findMatches(deck, '２０２４', opts({ widthInsensitive: false }))).toHaveLength(1);
    expect(findMatches(deck, '5000亩,')).toHaveLength(1); // ASCII comma finds the Chinese full-width one
  });

  it('folding keeps every index in place', () => {
    const s = 'Ａ，ｂ　Ｃ２0';
    expect(foldText(s, { matchCase: false, widthInsensitive: true })).toHaveLength(s.length);
  });

  it('an empty query finds nothing', () => {
    expect(findMatches(deck, '')).toEqual([]);
  });

  it('context shows the match with its neighbours', () => {
    const m = findMatches(deck, '备注')[0]!;
    expect(matchContext(m)).toEqual({ before: '武进的', match: '备注', after: '，武进。' });
  });
});

describe('replace', () => {
  it('replace one changes only that match and leaves the input deck untouched', () => {
    const m = findMatches(deck, '武进')[1]!;
    const next = replaceMatch(deck, m, '常州')!;
    expect(next.slides[0]!.notes).toBe('常州的备注，武进。');
    expect(next.slides[0]!.blocks[0]).toEqual({ kind: 'heading', depth: 1, text: '武进高新区' });
    expect(deck.slides[0]!.notes).toBe('武进的备注，武进。');
  });

  it('replace one refuses a stale match', () => {
    const m = findMatches(deck, '武进')[0]!;
    const changed = replaceMatch(deck, m, '常州')!;
    expect(replaceMatch(changed, m, '别处')).toBeNull();
  });

  it('replace all replaces every match, also several in one field', () => {
    const { deck: next, count } = replaceAllMatches(deck, '武进', '常州市武进区');
    expect(count).toBe(3);
    expect(next.slides[0]!.notes).toBe('常州市武进区的备注，常州市武进区。');
    expect(next.slides[0]!.blocks[0]).toMatchObject({ text: '常州市武进区高新区' });
    // The replacement contains the query: no runaway re-replacement.
    expect(findMatches(next, '武进')).toHaveLength(3);
    expect((next.slides[1]!.blocks[2] as { text: string }).text).toBe('<div>武进</div>');
  });

  it('replace all honours the options', () => {
    const { count } = replaceAllMatches(deck, 'ai', 'AI', opts({ wholeWord: true }));
    expect(count).toBe(3);
    expect(replaceAllMatches(deck, 'nothing-here', 'x')).toEqual({ deck, count: 0 });
  });

  it('a line break in a replacement does not break a heading or a list item', () => {
    const m = findMatches(deck, '高新区')[0]!;
    expect(replaceMatch(deck, m, '高新\n区')!.slides[0]!.blocks[0]).toMatchObject({ text: '武进高新 区' });
  });

  it('on a generated deck: finds every literal occurrence in titles, text, bullets and notes, and the result round-trips through the file format', async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles/wujin-articles.txt')));
    const g = generateDeck((await importArticleBytes(bytes, 'wujin.txt')).articles[0]!);
    const literal = opts({ matchCase: true, widthInsensitive: false });
    const texts = g.slides.flatMap((s) => [
      ...s.blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items.map((i) => i.text) : [])),
      ...(s.notes === null ? [] : [s.notes]),
    ]);
    expect(findMatches(g, '武进', literal)).toHaveLength(texts.reduce((n, t) => n + t.split('武进').length - 1, 0));
    const { deck: next, count } = replaceAllMatches(g, '武进', '常州武进', literal);
    expect(count).toBeGreaterThan(0);
    const reparsed = parseDeck(serializeDeck(next)).deck;
    expect(findMatches(reparsed, '常州武进', literal)).toHaveLength(count);
  });
});
