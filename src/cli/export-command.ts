/**
 * `briefing export <deck.md> --to docx|pptx [--kind full|points|handout]
 *   [--style official|plain] [--header 学习简报 --issue 3 --unit … --date …]
 *   [--report … --copy-to … --send-to … --copies N] [--pictures] [-o file] [--check]`
 *
 * Formats are looked up in `cliFormats`, a map from name to exporter: another
 * format (pdf, html) plugs in with `registerExportFormat` and no change here.
 * Options go through the same zod schema as the editor's export dialog.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CAC } from 'cac';
import { ZodError } from 'zod';
import { parseDeck } from '../core/deck/index';
import type { Deck } from '../core/deck/model';
import { exporters, resolveExportOptions } from '../core/export/index';
import type { AssetLoader, ExportOptions, ExportOptionsInput } from '../core/export/index';
import { exportPptx, inspectWordTemplate, TemplateError } from '../core/export/index';
import { ImportError } from '../core/article/errors';
import type { Article } from '../core/article/types';
import { readSavedArticleFile } from '../node/saved-article';
import { findSoffice, hasImpress, officeToPdf, pdfPages, slidePictures } from '../node/office-render';
import { isSessionPath } from '../core/session';
import { loadDecksAsSession, loadSessionFile } from '../node/session-files';
import { defaultPaths } from '../node/app-paths';
import { CustomThemeStore } from '../node/custom-theme-store';
import type { CustomTheme } from '../core/theme/custom-theme';
import { fileURLToPath } from 'node:url';

export interface CliExportFormat {
  extension: string;
  /** Whether LibreOffice can open the result for --check. */
  officeExt?: 'docx' | 'pptx';
  run(deck: Deck, options: ExportOptions, ctx: ExportContext): Promise<Uint8Array>;
}

export interface ExportContext {
  deckPath: string;
  assets: AssetLoader;
  /** Put pictures of the slides into a handout (rendered with LibreOffice Impress). */
  pictures: boolean;
  /** The unit's Word template (--template), read and checked beforehand. */
  wordTemplate?: Uint8Array;
  /** The reviewed article saved beside the deck (<deck>.assets/article.json), null for decks without one. */
  article: Article | null;
  /** The unit's own slide theme from the app's data folder, for a deck naming it ('custom'); null: the default theme. */
  customTheme: CustomTheme | null;
}

export const cliFormats = new Map<string, CliExportFormat>();

export function registerExportFormat(name: string, format: CliExportFormat): void {
  cliFormats.set(name, format);
}

registerExportFormat('docx', {
  extension: exporters.docx.extension,
  officeExt: 'docx',
  run: async (deck, options, ctx) => {
    let pictures: Uint8Array[] | undefined;
    if (ctx.pictures && options.kind === 'handout') {
      if (!hasImpress()) throw new Error('--pictures 需要 LibreOffice Impress / --pictures needs LibreOffice Impress');
      pictures = await slidePictures(await exportPptx(deck, options, { assets: ctx.assets }));
    }
    return exporters.docx.exporter(deck, options, {
      assets: ctx.assets,
      article: ctx.article,
      ...(pictures ? { slidePictures: pictures } : {}),
      ...(ctx.wordTemplate ? { wordTemplate: ctx.wordTemplate } : {}),
    });
  },
});
registerExportFormat('pptx', {
  extension: exporters.pptx.extension,
  officeExt: 'pptx',
  run: (deck, options, ctx) => exporters.pptx.exporter(deck, options, { assets: ctx.assets, customTheme: ctx.customTheme }),
});

export interface ExportCommandOptions {
  to?: string;
  kind?: string;
  style?: string;
  header?: string | boolean;
  issue?: string | number;
  unit?: string;
  date?: string;
  report?: string;
  copyTo?: string;
  sendTo?: string;
  copies?: string | number;
  /** Number bare headings (一、 （一） 1.) in the briefing; headings keep their own numbers regardless. */
  number?: boolean;
  out?: string;
  o?: string;
  check?: boolean;
  pictures?: boolean;
  /** Title of the session several deck files are exported as (default 学习会). */
  title?: string;
  /** A Word template (.docx holding {{正文}} …) to write the briefing into. */
  template?: string;
}

/** The app's built-in decks (slides/), which a session may name with `root: builtin`. */
const builtinDir = () => defaultPaths(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')).builtinDir;

/**
 * What `briefing export` was given, as one deck: a deck file as it is; a session
 * file, or several deck files, as the session's combined deck (agenda, each deck
 * behind its divider, closing), so every format makes one file of it.
 */
export async function loadExportDeck(paths: readonly string[], title?: string): Promise<{ deck: Deck; baseDir: string; stem: string; session?: { unit?: string; date?: string } }> {
  const warnAll = (ws: Array<{ zh: string; en: string }>) => ws.forEach((w) => process.stderr.write(`警告：${w.zh} / ${w.en}\n`));
  const [first] = paths;
  if (!first) throw new Error('请给出演示稿或学习会文件 / give a deck or a session file');
  if (paths.length === 1 && !isSessionPath(first)) {
    const { deck, diagnostics } = parseDeck(await readFile(first, 'utf8'));
    for (const d of diagnostics) process.stderr.write(`警告：第${d.line}行 ${d.message.zh} / ${d.message.en}\n`);
    return { deck, baseDir: dirname(resolve(first)), stem: basename(first, extname(first)) };
  }
  if (paths.some(isSessionPath) && paths.length > 1) throw new Error('学习会文件只能单独导出 / export a session file on its own');
  const loaded = paths.length === 1 ? await loadSessionFile(first, builtinDir()) : await loadDecksAsSession(title?.trim() || '学习会', paths, builtinDir());
  warnAll(loaded.warnings);
  const stem = paths.length === 1 ? basename(first).replace(/\.session\.md$/iu, '') : loaded.session.meta.title;
  return { deck: loaded.deck, baseDir: loaded.baseDir, stem, session: { unit: loaded.session.meta.unit, date: loaded.session.meta.date } };
}

/**
 * The unit's own theme for a deck naming it, from the app's data folder (BRIEFING_DATA_DIR
 * or the desktop app's): on a machine without one the deck is exported in the default
 * theme, and the command says so.
 */
export async function customThemeFor(deck: Deck, dataDir = defaultPaths(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')).dataDir): Promise<CustomTheme | null> {
  if (deck.meta.theme !== 'custom') return null;
  const theme = await new CustomThemeStore(dataDir).get();
  if (!theme) process.stderr.write('警告：这份演示稿使用“本单位主题”，本机尚未设置，已按“党政红”导出 / the deck uses the unit theme, which this computer does not have: exported in party-red\n');
  return theme;
}

/** Images a deck refers to, read from beside the deck file (or inside `dir`); nothing outside it, no URLs. */
export function deckAssetLoader(deckPath: string, dir = dirname(resolve(deckPath))): AssetLoader {
  const root = dir;
  return async (src) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || isAbsolute(src)) return null;
    const file = resolve(root, decodeURI(src));
    if (relative(root, file).startsWith('..')) return null;
    try {
      return new Uint8Array(await readFile(file));
    } catch {
      return null;
    }
  };
}

/** CLI flags → export options input (validated afterwards by the shared schema). */
export function optionsFromFlags(o: ExportCommandOptions): ExportOptionsInput {
  const input: ExportOptionsInput = {};
  if (o.kind !== undefined) input.kind = o.kind as ExportOptions['kind'];
  if (o.style !== undefined) input.style = o.style as ExportOptions['style'];
  if (o.number === true) input.numberPoints = true;
  const wantsHeader = o.header !== undefined || o.issue !== undefined || o.unit !== undefined || o.date !== undefined;
  if (wantsHeader) {
    const issue = o.issue === undefined ? undefined : /^\d+$/.test(String(o.issue)) ? Number(o.issue) : String(o.issue);
    input.header = {
      ...(typeof o.header === 'string' && o.header.trim() ? { name: o.header.trim() } : {}),
      ...(issue !== undefined ? { issue } : {}),
      ...(o.unit !== undefined ? { unit: String(o.unit) } : {}),
      ...(o.date !== undefined ? { date: String(o.date) } : {}),
    };
  }
  if (o.report !== undefined || o.copyTo !== undefined || o.sendTo !== undefined || o.copies !== undefined) {
    input.distribution = {
      ...(o.report !== undefined ? { report: String(o.report) } : {}),
      ...(o.copyTo !== undefined ? { copyTo: String(o.copyTo) } : {}),
      ...(o.sendTo !== undefined ? { sendTo: String(o.sendTo) } : {}),
      ...(o.copies !== undefined ? { copies: Number(o.copies) } : {}),
    };
  }
  return input;
}

function describeZod(e: ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '选项'}: ${i.message}`).join('; ');
}

export interface ExportResult {
  path: string;
  bytes: number;
  format: string;
  /** Pages LibreOffice rendered, with --check. */
  pages?: number;
}

/** --template: a Word template, checked before any work (a template without {{正文}} says which placeholders it needs). */
async function readWordTemplate(file: string, to: string): Promise<Uint8Array> {
  if (to !== 'docx') throw new Error(`--template 只适用于 Word 简报（--to docx）/ --template is for --to docx`);
  const bytes = new Uint8Array(await readFile(file));
  try {
    await inspectWordTemplate(bytes);
  } catch (e) {
    if (e instanceof TemplateError) throw new Error(`${file}：${e.messages.zh} / ${e.messages.en}`, { cause: e });
    if (e instanceof ImportError) throw new Error(`${file}：${e.message.zh} / ${e.message.en}`, { cause: e });
    throw e;
  }
  return bytes;
}

export async function exportDeckFile(deckPaths: string | readonly string[], flags: ExportCommandOptions): Promise<ExportResult> {
  const paths = typeof deckPaths === 'string' ? [deckPaths] : deckPaths;
  const to = (flags.to ?? 'docx').toLowerCase();
  const format = cliFormats.get(to);
  if (!format) {
    throw new Error(`--to 只能是 ${[...cliFormats.keys()].join('、')}，收到 “${to}” / unknown format`);
  }
  const wordTemplate = flags.template === undefined ? undefined : await readWordTemplate(String(flags.template), to);
  const { deck, baseDir, stem, session } = await loadExportDeck(paths, flags.title);
  const input = optionsFromFlags(flags);
  // A session's 主办单位 and date fill the masthead's unit and date unless given.
  if (input.header && session) input.header = { ...(session.unit ? { unit: session.unit } : {}), ...(session.date ? { date: session.date } : {}), ...input.header };
  let options: ExportOptions;
  try {
    options = resolveExportOptions(input);
  } catch (e) {
    if (e instanceof ZodError) throw new Error(`导出选项有误 / invalid export options: ${describeZod(e)}`, { cause: e });
    throw e;
  }
  const deckPath = paths[0]!;
  // One deck: the reviewed article saved beside it gives the briefing its structure (a session has several).
  const article = paths.length === 1 && !session ? await readSavedArticleFile(deckPath) : null;
  const bytes = await format.run(deck, options, {
    customTheme: await customThemeFor(deck),
    deckPath,
    assets: deckAssetLoader(deckPath, baseDir),
    pictures: flags.pictures === true,
    article,
    ...(wordTemplate ? { wordTemplate } : {}),
  });
  const out = flags.out ?? flags.o ?? join(paths.length === 1 ? dirname(resolve(deckPath)) : baseDir, stem + format.extension);
  await writeFile(out, bytes);
  const result: ExportResult = { path: out, bytes: bytes.length, format: to };
  if (flags.check) {
    if (!format.officeExt) throw new Error(`--check 只适用于 Word/PowerPoint / --check is for docx and pptx`);
    if (!findSoffice()) throw new Error('--check 需要 LibreOffice（soffice）/ --check needs LibreOffice');
    const pdf = await officeToPdf(bytes, format.officeExt);
    try {
      result.pages = (await pdfPages(pdf.pdfPath)).length;
    } finally {
      await pdf.cleanup();
    }
  }
  return result;
}

export function registerExport(cli: CAC): void {
  cli
    .command('export <...files>', '导出 Word 简报、PowerPoint、PDF 或网页：一个演示稿、一个学习会文件或几个演示稿合成一个文件 / export a deck, a session, or several decks as one file')
    .option('--to <format>', `格式 / format: ${[...cliFormats.keys()].join('|')}`, { default: 'docx' })
    .option('--kind <kind>', 'full（全文简报，默认）| points（要点简报）| handout（讲稿）')
    .option('--style <style>', 'official（GB/T 9704 公文版式，默认）| plain（普通文档）')
    .option('--header [name]', '加简报报头，名称默认“学习简报” / add the masthead')
    .option('--issue <n>', '期号，如 3 / issue number')
    .option('--unit <unit>', '编发单位 / issuing unit')
    .option('--date <date>', '日期，如 2024-07-01 / date')
    .option('--report <to>', '版记“报”/ reported to')
    .option('--copy-to <to>', '版记“送”/ copied to')
    .option('--send-to <to>', '版记“发”/ sent to')
    .option('--copies <n>', '共印份数 / print run')
    .option('--template <file>', '写入本单位的 Word 模板（含 {{正文}} 等占位符）/ write into your own Word template')
    .option('--pictures', '讲稿中附幻灯片图片（需 LibreOffice Impress）/ handout with slide pictures')
    .option('--number', '为没有序号的标题编 一、（一）1.（默认按原文）/ number bare headings (default: as written)')
    .option('--title <title>', '几个演示稿合并导出时的学习会标题（默认“学习会”）/ session title for several decks')
    .option('-o, --out <file>', '输出文件 / output file')
    .option('--check', '用 LibreOffice 打开检查 / render with LibreOffice as a check')
    .example('briefing export slides/01-以实干为民谋福.md --to docx --header 学习简报 --issue 3 --unit 区委办公室 --date 2024-07-01')
    .example('briefing export slides/01-以实干为民谋福.md --to pptx -o 学习会.pptx')
    .example('briefing export slides/01-以实干为民谋福.md --kind handout --pictures')
    .example('briefing export slides/01-以实干为民谋福.md --template resources/word-templates/example-briefing.docx --issue 3 --unit 区委办公室')
    .example('briefing export 中心组学习会.session.md --to docx --header 学习简报 --issue 13')
    .example('briefing export slides/01-以实干为民谋福.md slides/02-武进国家高新区.md --to pptx --title 学习会 -o 学习会.pptx')
    .action(async (files: string[], flags: ExportCommandOptions) => {
      const r = await exportDeckFile(files, flags);
      const pages = r.pages !== undefined ? `，LibreOffice 打开共 ${r.pages} 页` : '';
      process.stdout.write(`已写入 ${r.path}（${(r.bytes / 1024).toFixed(1)} KB${pages}）\n`);
    });
}
