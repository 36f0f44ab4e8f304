/**
 * `briefing import <article…> [-o dir] [--density 精简|标准|详细] [--theme …]`: one deck
 * (reveal.js Markdown) per article found in each file; folders are read for article
 * files. Prints every file it wrote; a progress bar on a terminal.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { CAC } from 'cac';
import { ARTICLE_EXTENSIONS } from '../core/article/index';
import { importArticleFile } from '../node/article-file';
import { writeSavedArticleFile } from '../node/saved-article';
import { deckFileText, generateDeck, THEMES, type Density, type GenerateOptions, type ThemeName } from '../core/deck/index';

/** Files a folder import picks up (what the importer reads). */
const EXTENSIONS: readonly string[] = ARTICLE_EXTENSIONS.map((e) => `.${e}`);

export interface ImportCommandOptions {
  out?: string;
  density?: string;
  /** The earlier name: points = 标准, full = 详细. */
  detail?: string;
  theme?: string;
  maxBullets?: number | string;
  contents?: boolean;
  closing?: boolean;
  /** Number bare headings (一、 （一） 1.) the author left unnumbered. */
  number?: boolean;
}

export interface WrittenDeck {
  /** Input file the article came from. */
  source: string;
  /** 1-based article number within that file. */
  article: number;
  path: string;
  title: string;
  slides: number;
}

export interface ImportProgress {
  (done: number, total: number, current: string): void;
}

/** "以实干为民谋福 用实绩书写答卷" → "以实干为民谋福": the title's first phrase, file-name safe. */
export function shortTitle(title: string): string {
  const first = title.trim().split(/[\s：:，,—–-]+/u).find((p) => p !== '') ?? '';
  // Characters Windows or a shell would choke on (control characters included) go.
  const safe = [...first].filter((ch) => ch >= ' ' && !'\\/:*?"<>|'.includes(ch)).join('').slice(0, 16);
  return safe === '' ? '演示' : safe;
}

/** Stable deck file names: a two-digit running number and the short title. */
export function deckFileName(index: number, title: string): string {
  return `${String(index).padStart(2, '0')}-${shortTitle(title)}.md`;
}

/** --density takes the names on the review screen or their English ones. */
const DENSITY_NAMES: Record<string, Density> = { 精简: 'brief', 标准: 'standard', 详细: 'full', brief: 'brief', standard: 'standard', full: 'full' };

export function parseOptions(o: ImportCommandOptions): GenerateOptions {
  const opts: GenerateOptions = {};
  if (o.density !== undefined) {
    const d = DENSITY_NAMES[String(o.density).trim()];
    if (!d) throw new Error(`--density 只能是 精简、标准 或 详细（brief、standard、full），收到 “${o.density}” / --density must be brief, standard or full`);
    opts.density = d;
  } else if (o.detail !== undefined) {
    if (o.detail !== 'points' && o.detail !== 'full') {
      throw new Error(`--detail 只能是 points（要点）或 full（全文），收到 “${o.detail}” / --detail must be points or full`);
    }
    opts.density = o.detail === 'full' ? 'full' : 'standard';
  }
  if (o.theme !== undefined) {
    if (!(THEMES as readonly string[]).includes(o.theme)) {
      throw new Error(`--theme 只能是 ${THEMES.join('、')}，收到 “${o.theme}” / unknown theme`);
    }
    opts.theme = o.theme as ThemeName;
  }
  if (o.maxBullets !== undefined) {
    const n = Number(o.maxBullets);
    if (!Number.isInteger(n) || n < 1 || n > 12) throw new Error('--max-bullets 应为 1 到 12 的整数 / --max-bullets must be 1…12');
    opts.maxBullets = n;
  }
  if (o.contents === false) opts.contents = false;
  if (o.closing === false) opts.closing = false;
  if (o.number === true) opts.number = true;
  return opts;
}

/** Expand folders (recursively, hidden entries skipped) into article files, sorted. */
export async function collectInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        const p = join(input, e.name);
        if (e.isDirectory()) out.push(...(await collectInputs([p])));
        else if (EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
      }
    } else out.push(input);
  }
  return out;
}

export async function importFiles(
  inputs: string[],
  options: ImportCommandOptions,
  progress: ImportProgress = () => {},
): Promise<WrittenDeck[]> {
  const gen = parseOptions(options);
  const outDir = options.out ?? '.';
  const files = await collectInputs(inputs);
  await mkdir(outDir, { recursive: true });
  const written: WrittenDeck[] = [];
  let n = 0;
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file);
    const result = await importArticleFile(file);
    for (const [ai, article] of result.articles.entries()) {
      const deck = generateDeck(article, gen);
      const path = join(outDir, deckFileName(++n, deck.meta.title));
      await writeFile(path, deckFileText(deck), 'utf8');
      // The article beside it, as the app saves it: `briefing export` prints the full text from it.
      await writeSavedArticleFile(path, article);
      written.push({ source: file, article: ai + 1, path, title: deck.meta.title, slides: deck.slides.length });
    }
  }
  progress(files.length, files.length, '');
  return written;
}

function progressBar(stream: NodeJS.WriteStream): ImportProgress {
  return (done, total, current) => {
    if (!stream.isTTY) return;
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${current ? basename(current) : ''}`;
    stream.write(`\r${line.padEnd(Math.max(line.length, (stream.columns ?? 80) - 1))}`);
    if (done === total) stream.write('\n');
  };
}

export function registerImport(cli: CAC): void {
  cli
    .command('import <...articles>', '把文章生成演示文稿（每篇一个 .md）/ make one deck per article')
    .option('-o, --out <dir>', '输出文件夹 / output folder', { default: '.' })
    .option('--density <level>', '精简（每页3–4条要点）、标准（默认）或 详细（逐句）/ brief, standard (default) or full')
    .option('--detail <level>', '旧名：points = 标准，full = 详细 / old name: points = standard, full = full')
    .option('--theme <name>', `主题 / theme: ${THEMES.join(', ')}`)
    .option('--max-bullets <n>', '每页最多要点数（默认 6）/ most bullets per slide (default 6)')
    .option('--no-contents', '不加目录页 / no contents slide')
    .option('--no-closing', '不加结束页 / no closing slide')
    .option('--number', '为没有序号的小标题加 一、（一）1. 序号（默认保留原文）/ number bare headings (default: as written)')
    .example('briefing import 文章.txt -o slides --theme party-red')
    .example('briefing import 文章文件夹/ -o decks --density 精简')
    .action(async (articles: string[], options: ImportCommandOptions) => {
      const written = await importFiles(articles, options, progressBar(process.stderr));
      for (const w of written) {
        process.stdout.write(`已写入 ${relative('.', w.path) || w.path}（${w.slides} 页）← ${w.source} 第${w.article}篇 ${w.title}\n`);
      }
      process.stdout.write(`共 ${written.length} 个演示文稿 / wrote ${written.length} deck(s)\n`);
    });
}
