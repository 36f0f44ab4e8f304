/**
 * Deck figures (npm run bench deck):
 *   deck.throughput_mb_s  article → deck → Markdown over a 5 MB corpus (MB of article text per second)
 *   deck.sample_ms        the same for the sample file's two articles
 *   deck.parse500_ms      parse + serialize a 500-slide deck file
 * The corpus is built in memory from the import fixtures (imported once, outside the timing).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { importArticleBytes } from '../src/core/article/index';
import type { Article } from '../src/core/article/types';
import { generateDeck, parseDeck, serializeDeck } from '../src/core/deck/index';
import type { Deck } from '../src/core/deck/index';
import { figure, medianMs, type BenchFigure } from './harness';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/articles');

function articleBytes(a: Article): number {
  const text = [a.title, a.subtitle, a.byline, ...a.lead, ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs])].filter(Boolean).join('\n');
  return Buffer.byteLength(text, 'utf8');
}

async function loadFixtures(): Promise<Article[]> {
  const out: Article[] = [];
  for (const f of readdirSync(fixtures).sort()) {
    if (!/\.(txt|md|docx)$/u.test(f)) continue;
    const r = await importArticleBytes(new Uint8Array(readFileSync(join(fixtures, f))), basename(f));
    out.push(...r.articles);
  }
  return out;
}

const toMarkdown = (articles: Article[]) => {
  let n = 0;
  for (const a of articles) n += serializeDeck(generateDeck(a)).length;
  return n;
};

export default async (): Promise<BenchFigure[]> => {
  const base = await loadFixtures();
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
    figure('deck.throughput_mb_s', bytes / 1024 / 1024 / (corpusMs / 1000), 'MB/s', '>= 10', `${corpus.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB of article text; ${cpuMbS.toFixed(1)} MB/s by CPU time (load ${loadavg()[0]!.toFixed(1)})`),
    figure('deck.sample_ms', sampleMs, 'ms', '< 5', 'wujin-articles.txt: 2 articles → 2 deck files (import not included)'),
    figure('deck.parse500_ms', parseMs, 'ms', '< 50', `500 slides, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB: parse + serialize; ${parseCpuMs.toFixed(1)} ms CPU time`),
  ];
};
