import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importArticleBytes } from '../../core/article';
import { parseDeck } from '../../core/deck';
import type { DeckFile } from '../../core/contract';
import { createDecks, deckFileName, DEFAULT_CHOICES } from './generate-decks';
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

describe('createDecks', () => {
  it('writes one deck per article, with the corrected title and chosen theme', async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/articles/wujin-articles.txt')));
    const { articles } = await importArticleBytes(bytes, 'wujin-articles.txt');
    const fixed = [setTitle(articles[0]!, '改过的标题'), articles[1]!];
    const written: Array<{ name: string; text: string }> = [];
    const progress: string[] = [];
    const refs = await createDecks(
      fixed,
      { ...DEFAULT_CHOICES, theme: 'deep-blue' },
      async (a) => {
        written.push(a);
        return { ref: { root: 'user', path: a.name }, text: a.text, version: 'v', readOnly: false } satisfies DeckFile;
      },
      (d, t) => progress.push(`${d}/${t}`),
    );
    expect(refs.map((r) => r.path)).toEqual(['改过的标题.md', '武进国家高新区：为万亿之城再出发贡献硬核力量.md']);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    const deck = parseDeck(written[0]!.text).deck;
    expect(deck.meta.title).toBe('改过的标题');
    expect(deck.meta.theme).toBe('deep-blue');
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
