/**
 * Deck figures (npm run bench deck):
 *   deck.throughput_mb_s  article → deck → Markdown over a 5 MB corpus (MB of article text per second)
 *   deck.sample_ms        the same for the sample file's two articles
 *   deck.parse500_ms      parse + serialize a 500-slide deck file
 *   deck.fragment_titles  content-slide titles that only open a sentence or end mid-quote (target 0)
 *   deck.repeated_titles  content-slide titles that repeat their section's or the deck's title
 *   deck.bullets_per_slide, deck.chars_per_bullet  medians over the content slides (标准 density)
 *   deck.brief_bullets_per_slide  the same for 精简
 *   deck.size_ratio       deck bytes / article bytes for one 99k-character paragraph (at most 3)
 * Slide figures run over test/fixtures/articles and test/fixtures/genres (long paragraphs of
 * work reports, notices, commentaries, 简报 items with 一是/二是, speeches).
 * The corpus is built in memory from the import fixtures (imported once, outside the timing).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { importArticleBytes } from '../src/core/article/index';
import type { Article } from '../src/core/article/types';
import { deckFileText, generateDeck, parseDeck, serializeDeck } from '../src/core/deck/index';
import type { Deck } from '../src/core/deck/index';
import { figure, medianMs, type BenchFigure } from './harness';
import { median, slideMetrics } from './slide-metrics';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/articles');
const genres = join(root, 'test/fixtures/genres');

function articleBytes(a: Article): number {
  const text = [a.title, a.subtitle, a.byline, ...a.lead, ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs])].filter(Boolean).join('\n');
  return Buffer.byteLength(text, 'utf8');
}

async function loadFixtures(dir = fixtures): Promise<Article[]> {
  const out: Article[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(txt|md|docx)$/u.test(f)) continue;
    const r = await importArticleBytes(new Uint8Array(readFileSync(join(dir, f))), basename(f));
    out.push(...r.articles);
  }
  return out;
}

/** Slide content over the fixture corpus, and the size of a deck made from one huge paragraph. */
async function contentFigures(base: Article[]): Promise<BenchFigure[]> {
  const articles = [...base, ...(await loadFixtures(genres))];
  const std = slideMetrics(articles.map((a) => generateDeck(a)));
  const brief = slideMetrics(articles.map((a) => generateDeck(a, { density: 'brief' })));
  const ZH = '坚持稳中求进、以进促稳、先立后破，持续提升经济运行质效，在万亿之城再出发中提升贡献度。';
  const huge: Article = { title: '长段落', subtitle: null, byline: null, lead: [], sections: [{ heading: '一、长段落', level: 1, paragraphs: [ZH.repeat(Math.ceil(99_000 / ZH.length))] }], extras: [], sourceName: 'huge.txt', encoding: 'utf-8' };
  const ratio = Buffer.byteLength(serializeDeck(generateDeck(huge))) / articleBytes(huge);
  const where = `${articles.length} articles, ${std.slides} content slides`;
  return [
    figure('deck.fragment_titles', std.fragmentTitles.length, 'titles', '<= 0', `${where}${std.fragmentTitles.length ? ': ' + std.fragmentTitles.slice(0, 5).join(' / ') : ''}`),
    figure('deck.repeated_titles', std.repeatedTitles.length, 'titles', '', `${where}${std.repeatedTitles.length ? ': ' + std.repeatedTitles.slice(0, 5).join(' / ') : ''}`),
    figure('deck.bullets_per_slide', median(std.bulletsPerSlide), 'bullets', '<= 4', `median, 标准; max ${Math.max(...std.bulletsPerSlide)}`),
    figure('deck.chars_per_bullet', median(std.charsPerBullet), 'chars', '>= 14', `median, 标准 (a clause alone is about 10)`),
    figure('deck.brief_bullets_per_slide', median(brief.bulletsPerSlide), 'bullets', '<= 4', `median, 精简; ${brief.slides} content slides`),
    figure('deck.size_ratio', ratio, '×', '<= 3', 'deck bytes / article bytes, one 99k-character paragraph'),
  ];
}

// As the import (the review step and `briefing import`) writes decks.
const toMarkdown = (articles: Article[]) => {
  let n = 0;
  for (const a of articles) n += deckFileText(generateDeck(a)).length;
  return n;
};

export default async (): Promise<BenchFigure[]> => {
  const base = await loadFixtures();
  const content = await contentFigures(base);
  // Copies differ in one character so nothing can be cached across them.
  const corpus: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 5 * 1024 * 1024; i++) {
    const a = base[i % base.length]!;
    const copy = { ...a, title: `${a.title ?? ''}${i}` };
    corpus.push(copy);
    bytes += articleBytes(copy);
  }
  const corpusMs = await medianMs(() => toMarkdown(corpus), 5, 1);
  // Wall time suffers when the machine is oversubscribed; CPU time of one run says
  // what the code itself costs. Reported in the note, the figure stays wall time.
  const cpu0 = process.cpuUsage();
  toMarkdown(corpus);
  const cpu = process.cpuUsage(cpu0);
  const cpuMbS = bytes / 1024 / 1024 / ((cpu.user + cpu.system) / 1e6);

  const sample = (await importArticleBytes(new Uint8Array(readFileSync(join(fixtures, 'wujin-articles.txt'))), 'wujin-articles.txt')).articles;
  const sampleMs = await medianMs(() => toMarkdown(sample), 31, 5);

  const slides: Deck['slides'] = [];
  for (let i = 0; slides.length < 500; i++) slides.push(...generateDeck(corpus[i]!).slides);
  const big: Deck = { meta: generateDeck(sample[0]!).meta, slides: slides.slice(0, 500) };
  const text = serializeDeck(big);
  const parseMs = await medianMs(() => serializeDeck(parseDeck(text).deck), 15, 3);
  const pcpu0 = process.cpuUsage();
  for (let i = 0; i < 10; i++) serializeDeck(parseDeck(text).deck);
  const pcpu = process.cpuUsage(pcpu0);
  const parseCpuMs = (pcpu.user + pcpu.system) / 1000 / 10;

  return [
    ...content,
    figure('deck.throughput_mb_s', bytes / 1024 / 1024 / (corpusMs / 1000), 'MB/s', '>= 10', `${corpus.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB of article text; ${cpuMbS.toFixed(1)} MB/s by CPU time (load ${loadavg()[0]!.toFixed(1)})`),
    figure('deck.sample_ms', sampleMs, 'ms', '< 5', 'wujin-articles.txt: 2 articles → 2 deck files (import not included)'),
    figure('deck.parse500_ms', parseMs, 'ms', '< 50', `500 slides, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB: parse + serialize; ${parseCpuMs.toFixed(1)} ms CPU time`),
  ];
};
