import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { collectInputs, deckFileName, importFiles, parseOptions, shortTitle } from './import-command';
import { importArticleBytes } from '../core/article/index';
import { importArticleFile } from '../node/article-file';
import { parseSavedArticle } from '../core/article/saved-article';
import { coverage, generateDeck, parseDeck, serializeDeck } from '../core/deck/index';

const root = resolve(import.meta.dirname, '../..');
const sample = join(root, 'test/fixtures/articles/wujin-articles.txt');
const slidesDir = join(root, 'slides');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefing-import-'));
}

describe('the shipped decks in slides/', () => {
  it('are exactly what `briefing import` makes of the sample today (generator and decks have not drifted)', async () => {
    const out = tempDir();
    try {
      const written = await importFiles([sample], { out });
      const shipped = readdirSync(slidesDir).filter((f) => f.endsWith('.md')).sort();
      expect(written.map((w) => basename(w.path)).sort()).toEqual(shipped);
      for (const w of written) {
        // If this fails after a deliberate generator change: `npm run briefing -- import test/fixtures/articles/wujin-articles.txt -o slides`, then look at the slides.
        expect(readFileSync(w.path, 'utf8'), basename(w.path)).toBe(readFileSync(join(slidesDir, basename(w.path)), 'utf8'));
        // The article each shipped deck was made from ships beside it, for the article panel and the briefing.
        const saved = join(basename(w.path, '.md') + '.assets', 'article.json');
        expect(readFileSync(join(out, saved), 'utf8'), saved).toBe(readFileSync(join(slidesDir, saved), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('open without diagnostics and keep every paragraph of the sample', async () => {
    const { articles } = await importArticleBytes(new Uint8Array(readFileSync(sample)), 'wujin-articles.txt');
    const shipped = readdirSync(slidesDir).filter((f) => f.endsWith('.md')).sort();
    expect(shipped).toHaveLength(articles.length);
    shipped.forEach((f, i) => {
      const { deck, diagnostics } = parseDeck(readFileSync(join(slidesDir, f), 'utf8'));
      expect(diagnostics).toEqual([]);
      expect(deck.meta.theme).toBe('party-red');
      expect(deck.meta.source).toBe('wujin-articles.txt');
      expect(coverage(articles[i]!, deck).problems).toEqual([]);
    });
  });
});

describe('nothing lost over the import fixture set', () => {
  it('every sentence of every paragraph of every fixture article reaches its deck file, in order', async () => {
    const files = await collectInputs([join(root, 'test/fixtures/articles')]);
    expect(files.length).toBeGreaterThanOrEqual(10);
    let articles = 0;
    for (const file of files) {
      const result = await importArticleFile(file);
      for (const article of result.articles) {
        articles++;
        for (const density of ['brief', 'standard', 'full'] as const) {
          const deck = parseDeck(serializeDeck(generateDeck(article, { density }))).deck;
          const report = coverage(article, deck);
          expect(report.problems, `${basename(file)} ${article.title} (${density})`).toEqual([]);
        }
      }
    }
    expect(articles).toBeGreaterThanOrEqual(files.length);
  });
});

describe('briefing import', () => {
  it('writes one deck per article, numbered, with the options applied', async () => {
    const out = tempDir();
    try {
      const written = await importFiles([sample, join(root, 'test/fixtures/articles/gov-work-report.txt')], {
        out,
        density: '详细',
        theme: 'deep-blue',
        contents: false,
      });
      expect(written.map((w) => basename(w.path))).toEqual(['01-以实干为民谋福.md', '02-武进国家高新区.md', '03-政府工作报告.md']);
      const { deck } = parseDeck(readFileSync(written[2]!.path, 'utf8'));
      expect(deck.meta.theme).toBe('deep-blue');
      expect(deck.slides.some((s) => s.attrs.some((a) => a.value === 'contents'))).toBe(false);
      expect(written[2]!.slides).toBe(deck.slides.length);
      // The article each deck was made from is saved beside it, for the briefing and the article panel.
      const report = (await importArticleFile(join(root, 'test/fixtures/articles/gov-work-report.txt'))).articles[0];
      expect(parseSavedArticle(readFileSync(join(out, '03-政府工作报告.assets', 'article.json'), 'utf8'))).toEqual(report);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('reads a folder (article files only) and reports progress', async () => {
    const out = tempDir();
    try {
      const seen: number[] = [];
      const files = await collectInputs([join(root, 'test/fixtures/articles')]);
      expect(files.every((f) => /\.(txt|md|docx|doc|pdf|html|mhtml)$/u.test(f))).toBe(true);
      expect(['.doc', '.pdf', '.html', '.mhtml'].every((ext) => files.some((f) => f.endsWith(ext)))).toBe(true);
      const srcDir = join(root, 'test/fixtures/articles/src');
      const written = await importFiles([srcDir], { out }, (done) => seen.push(done));
      expect(written.length).toBeGreaterThanOrEqual(3);
      expect(seen.at(-1)).toBe(readdirSync(srcDir).length);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses bad options with a message saying what is allowed', () => {
    expect(() => parseOptions({ detail: 'some' })).toThrow(/points.*full/u);
    expect(() => parseOptions({ theme: 'rainbow' })).toThrow(/party-red/u);
    expect(() => parseOptions({ maxBullets: '0' })).toThrow(/1 到 12/u);
    expect(() => parseOptions({ density: 'short' })).toThrow(/精简、标准 或 详细/u);
    expect(parseOptions({ detail: 'full', maxBullets: '4', closing: false })).toEqual({ density: 'full', maxBullets: 4, closing: false });
    expect(parseOptions({ density: '精简' })).toEqual({ density: 'brief' });
    expect(parseOptions({ density: 'standard' })).toEqual({ density: 'standard' });
  });

  it('names files after the title, safely', () => {
    expect(shortTitle('以实干为民谋福 用实绩书写答卷')).toBe('以实干为民谋福');
    expect(shortTitle('武进国家高新区：为万亿之城再出发贡献硬核力量')).toBe('武进国家高新区');
    expect(deckFileName(3, 'a/b*c? d')).toBe('03-abc.md');
    expect(deckFileName(12, '')).toBe('12-演示.md');
  });
});
