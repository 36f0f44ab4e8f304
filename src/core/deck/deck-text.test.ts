import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck, serializeDeck } from './deck-markdown';
import { incrementalParser, sameText, slideLines } from './deck-text';
import { setBlockText } from './operations';

const root = join(import.meta.dirname, '../../..');
const mdIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(root, dir, f));
// The shipped decks first: they carry a cover and a divider.
const files = [...mdIn('slides'), ...mdIn('test/fixtures/decks')];

describe('serializeDeck cache', () => {
  it.each(files)('writes the same text as a fresh copy of the deck for %s', (file) => {
    const deck = parseDeck(readFileSync(file, 'utf8')).deck;
    expect(serializeDeck(deck)).toBe(serializeDeck(structuredClone(deck)));
    const edited = setBlockText(deck, 0, 0, '新的标题');
    // The edit shares every other slide with `deck`, whose texts are cached now.
    expect(serializeDeck(edited)).toBe(serializeDeck(structuredClone(edited)));
    expect(serializeDeck(edited)).toContain('新的标题');
  });
});

describe('incrementalParser', () => {
  it('gives the same deck as parseDeck and reuses unchanged slides', () => {
    const text = readFileSync(files[0]!, 'utf8');
    const p = incrementalParser();
    const first = p.parse(text).deck;
    expect(first).toEqual(parseDeck(text).deck);
    const changed = text.replace('持续提升经济运行质效', '持续提升经济运行质量和效益');
    const second = p.parse(changed).deck;
    expect(second).toEqual(parseDeck(changed).deck);
    const i = second.slides.findIndex((s) => JSON.stringify(s).includes('质量和效益'));
    expect(i).toBeGreaterThan(0);
    expect(second.slides[0]).toBe(first.slides[0]);
    expect(second.slides[i]).not.toBe(first.slides[i]);
  });

  it('reads CRLF text (pasted from Windows) as parseDeck does', () => {
    const crlf = readFileSync(files[0]!, 'utf8').replace(/\r?\n/gu, '\r\n');
    const p = incrementalParser();
    expect(p.parse(crlf).deck).toEqual(parseDeck(crlf).deck);
    expect(JSON.stringify(p.parse(crlf).deck)).not.toContain('\\r');
  });
});

describe('slideLines', () => {
  it('points at the first line of each slide', () => {
    const text = serializeDeck(parseDeck(readFileSync(files[0]!, 'utf8')).deck);
    const lines = text.split('\n');
    const starts = slideLines(text);
    expect(lines[starts[0]! - 1]).toMatch(/^<!-- \.slide: class="cover"/);
    expect(lines[starts[1]! - 1]).toMatch(/^<!-- \.slide: class="contents"/);
    expect(starts).toHaveLength(parseDeck(text).deck.slides.length);
  });
});

describe('sameText', () => {
  it('agrees with comparing the serialised texts', () => {
    const deck = parseDeck(readFileSync(files[0]!, 'utf8')).deck;
    const edited = setBlockText(deck, 1, 0, '改过');
    const back = setBlockText(edited, 1, 0, (deck.slides[1]!.blocks[0] as { text: string }).text);
    const themed = { ...deck, meta: { ...deck.meta, theme: 'deep-blue' as const } };
    for (const [a, b] of [[deck, edited], [deck, back], [deck, themed], [deck, { ...deck, slides: deck.slides.slice(1) }]] as const) {
      expect(sameText(a, b)).toBe(serializeDeck(structuredClone(a)) === serializeDeck(structuredClone(b)));
    }
    expect(sameText(deck, back)).toBe(true);
  });
});
