/**
 * Export figures (npm run bench export):
 * - export.docx_vs_pandoc_ratio: our full-text briefing of a 100-article deck
 *   against pandoc's markdown → docx of the same text, same run (≤ 0.5: we take
 *   at most half pandoc's time). Skipped with a note where pandoc is missing.
 * - export.docx_sample_ms / export.pptx_sample_ms: the sample deck (< 100 ms).
 * The 100-article deck is built from the corpus (test/fixtures/articles) through
 * the real importer and generator, cycling through its articles.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArticleBytes } from '../src/core/article/index';
import { generateDeck } from '../src/core/deck/index';
import type { Deck } from '../src/core/deck/model';
import { deckToOutline, exportDocx, exportPptx } from '../src/core/export/index';
import type { BenchFigure } from './harness';
import { figure, medianMs } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'test/fixtures/articles');

async function corpusDecks(): Promise<Deck[]> {
  const decks: Deck[] = [];
  // The sample article file first, so decks[0] is the sample deck.
  const files = readdirSync(corpusDir).sort((a, b) => Number(b === 'wujin-articles.txt') - Number(a === 'wujin-articles.txt') || a.localeCompare(b));
  for (const f of files) {
    if (!/\.(txt|md|docx)$/i.test(f)) continue;
    const result = await importArticleBytes(new Uint8Array(readFileSync(join(corpusDir, f))), f);
    for (const a of result.articles) decks.push(generateDeck(a));
  }
  if (decks.length === 0) throw new Error(`no articles in ${corpusDir}`);
  return decks;
}

/** n articles in one deck: their slides one after another (each starts with its cover). */
function combine(decks: Deck[], n: number): Deck {
  const slides = Array.from({ length: n }, (_, i) => decks[i % decks.length]!.slides).flat();
  return { meta: { ...decks[0]!.meta, title: `${decks[0]!.meta.title}（合集）` }, slides };
}

/** The same text as Markdown, for pandoc: title, byline, headings, paragraphs. */
function asMarkdown(deck: Deck): string {
  const out: string[] = [];
  for (const a of deckToOutline(deck).articles) {
    out.push(`# ${a.title}`, '');
    if (a.byline) out.push(a.byline, '');
    for (const p of a.lead.flatMap((x) => x.text)) out.push(p, '');
    for (const s of a.sections) {
      out.push(`${s.level === 1 ? '##' : '###'} ${s.heading}`, '');
      for (const p of s.paragraphs.filter((x) => !x.derived).flatMap((x) => x.text)) out.push(p, '');
    }
  }
  return out.join('\n');
}

function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version']).status === 0;
}

export default async (): Promise<BenchFigure[]> => {
  const decks = await corpusDecks();
  const big = combine(decks, 100);
  // The sample deck: the first article of the sample file, as the app generates it.
  const sample = decks[0]!;
  const figures: BenchFigure[] = [];

  if (hasPandoc()) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-pandoc-'));
    try {
      const md = join(dir, 'deck.md');
      writeFileSync(md, asMarkdown(big));
      const out = join(dir, 'deck.docx');
      const pandoc = (): unknown => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]);
      // Warm both up, then alternate them so a busy machine slows both alike.
      for (let i = 0; i < 2; i++) {
        await exportDocx(big);
        pandoc();
      }
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < 7; i++) {
        ours.push(await medianMs(() => exportDocx(big), 1, 0));
        theirs.push(await medianMs(pandoc, 1, 0));
      }
      const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const [oursMs, pandocMs] = [med(ours), med(theirs)];
      figures.push(
        figure('export.docx_vs_pandoc_ratio', oursMs / pandocMs, 'ratio', '<= 0.5', `ours ${oursMs.toFixed(0)} ms vs pandoc ${pandocMs.toFixed(0)} ms, 100 articles, ${big.slides.length} slides`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    const oursMs = await medianMs(() => exportDocx(big), 5, 2);
    figures.push({ name: 'export.docx_vs_pandoc_ratio', value: NaN, unit: 'ratio', target: '<= 0.5', ok: null, note: `pandoc not installed, comparison skipped; ours ${oursMs.toFixed(0)} ms for 100 articles` });
  }
  figures.push(figure('export.docx_sample_ms', await medianMs(() => exportDocx(sample), 21, 5), 'ms', '< 100', `${sample.slides.length} slides, full text, official layout`));
  figures.push(figure('export.pptx_sample_ms', await medianMs(() => exportPptx(sample), 21, 5), 'ms', '< 100', `${sample.slides.length} slides`));
  return figures;
};
