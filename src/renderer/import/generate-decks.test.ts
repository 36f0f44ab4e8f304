import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticleBytes } from '../../core/article';
import { parseDeck } from '../../core/deck';
import type { Article } from '../../core/article';
import { createDecks, deckFileName, DEFAULT_CHOICES, type CreateMany } from './generate-decks';
import { setTitle } from '../../core/article/review-ops';

describe('deck file names', () => {
  it('keeps a Chinese title, drops what a file name cannot hold', () => {
    expect(deckFileName('以实干为民谋福 用实绩书写答卷')).toBe('以实干为民谋福 用实绩书写答卷.md');
    expect(deckFileName('武进国家高新区：为万亿之城再出发')).toBe('武进国家高新区：为万亿之城再出发.md');
    expect(deckFileName('Note: a?b')).toBe('Note a b.md');
    expect(deckFileName('a/b\\c')).toBe('a b c.md');
    expect(deckFileName('   ')).toBe('未命名.md');
    expect(deckFileName('2024.7 工作报告')).toBe('2024.7 工作报告.md');
    expect([...deckFileName('长'.repeat(200))]).toHaveLength(63);
  });
});

const fakeHost = (written: Array<{ name: string; text: string; article?: Article }>, calls: number[] = []): CreateMany => async (decks) => {
  calls.push(decks.length);
  written.push(...decks);
  return decks.map((d) => ({ ref: { root: 'user' as const, path: d.name } }));
};

async function sampleFifty() {
  const one = readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles/wujin-articles.txt'), 'utf8');
  const big = new TextEncoder().encode(Array.from({ length: 50 }, () => one.trimEnd() + '\n').join('\n'));
  return (await importArticleBytes(big, 'wujin-articles.txt')).articles;
}

describe('many decks from one file', () => {
  it('writes a hundred decks in a few host calls, named by title and 第N篇', async () => {
    const articles = await sampleFifty();
    expect(articles).toHaveLength(100);
    const written: Array<{ name: string; text: string }> = [];
    const calls: number[] = [];
    const refs = await createDecks(articles, DEFAULT_CHOICES, fakeHost(written, calls));
    expect(refs).toHaveLength(100);
    expect(calls.length).toBeLessThanOrEqual(5);
    expect(written[0]!.name).toBe('以实干为民谋福 用实绩书写答卷 第1篇.md');
    expect(written[9]!.name).toBe('武进国家高新区：为万亿之城再出发贡献硬核力量 第10篇.md');
    expect(new Set(written.map((w) => w.name)).size).toBe(100);
    expect(written.some((w) => /（\d+）/.test(w.name))).toBe(false);
  });

  it('Cancel stops after the batch in hand and keeps what is written', async () => {
    const articles = await sampleFifty();
    const ctl = new AbortController();
    const written: Array<{ name: string; text: string }> = [];
    const host = fakeHost(written);
    const refs = await createDecks(articles, DEFAULT_CHOICES, async (d) => {
      const r = await host(d);
      ctl.abort();
      return r;
    }, { signal: ctl.signal });
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.length).toBeLessThan(100);
    expect(refs.map((r) => r.path)).toEqual(written.map((w) => w.name));
  });

  it('a long title is cut, not the 第N篇 that tells the decks apart', () => {
    const name = deckFileName('长'.repeat(200), ' 第12篇');
    expect(name.endsWith(' 第12篇.md')).toBe(true);
    expect([...name]).toHaveLength(63);
  });
});

describe('createDecks', () => {
  it('writes one deck per article, with the corrected title and chosen theme', async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles/wujin-articles.txt')));
    const { articles } = await importArticleBytes(bytes, 'wujin-articles.txt');
    const fixed = [setTitle(articles[0]!, '改过的标题'), articles[1]!];
    const written: Array<{ name: string; text: string; article?: Article }> = [];
    const progress: string[] = [];
    const refs = await createDecks(fixed, { ...DEFAULT_CHOICES, theme: 'deep-blue' }, fakeHost(written), {
      onProgress: (d, t) => progress.push(`${d}/${t}`),
    });
    expect(refs.map((r) => r.path)).toEqual(['改过的标题.md', '武进国家高新区：为万亿之城再出发贡献硬核力量.md']);
    expect(progress).toEqual(['0/2', '2/2']);
    const deck = parseDeck(written[0]!.text).deck;
    expect(deck.meta.title).toBe('改过的标题');
    expect(deck.meta.theme).toBe('deep-blue');
    // The reviewed article goes with its deck, to be saved as <deck>.assets/article.json.
    expect(written.map((w) => w.article)).toEqual(fixed);
    expect(deck.slides.length).toBeGreaterThan(5);
  });
});

describe('paste size', () => {
  it('counts UTF-8 bytes without encoding, and refuses above the importer limit', async () => {
    const { utf8Length, checkPastedSize } = await import('./import-errors');
    const { MAX_INPUT_BYTES } = await import('../../core/article');
    for (const s of ['abc', '中文', 'é', '😀', 'a中😀b']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    expect(() => checkPastedSize('中'.repeat(MAX_INPUT_BYTES / 3))).not.toThrow();
    expect(() => checkPastedSize('中'.repeat(MAX_INPUT_BYTES / 3 + 1))).toThrow(/60 MB/);
  });
});
