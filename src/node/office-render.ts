/**
 * Render checks for exported Office files: LibreOffice (headless, in a throw-away
 * profile so parallel runs never share one) converts .docx/.pptx to PDF;
 * poppler's pdftotext/pdftoppm read the PDF back. Used by the export tests and
 * `briefing export --check`.
 *
 * Fonts: FONTCONFIG_FILE points at resources/fontconfig/fonts.conf, which maps
 * the Windows/Founder names a briefing uses (仿宋_GB2312, 方正小标宋简体, 黑体…)
 * to Noto CJK, so the layout is measured with real CJK metrics.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const here = dirname(fileURLToPath(import.meta.url));
/** resources/fontconfig/fonts.conf of this checkout. */
export const fontsConf = resolve(here, '../../resources/fontconfig/fonts.conf');

function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/** soffice's path, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  return which('soffice') ?? which('libreoffice');
}

export function hasPoppler(): boolean {
  return which('pdftotext') !== null && which('pdftoppm') !== null;
}

/** Whether LibreOffice can open presentations (Impress is a separate Debian package). */
export function hasImpress(): boolean {
  const soffice = findSoffice();
  if (!soffice) return false;
  const candidates = ['/usr/lib/libreoffice/program/libsdlo.so', '/usr/lib64/libreoffice/program/libsdlo.so'];
  return candidates.some((p) => existsSync(p));
}

export interface RenderedPdf {
  /** Directory holding the PDF (and any PNGs made from it); remove with cleanup(). */
  dir: string;
  pdfPath: string;
  cleanup(): Promise<void>;
}

/**
 * Convert Office bytes to PDF with LibreOffice. `ext` decides which import
 * filter LibreOffice picks. Throws with LibreOffice's output when no PDF appears.
 */
export async function officeToPdf(bytes: Uint8Array, ext: 'docx' | 'pptx', timeoutMs = 120_000): Promise<RenderedPdf> {
  const r = await officeToPdfs([{ name: 'input', bytes }], ext, timeoutMs);
  return { dir: r.dir, pdfPath: r.pdfPaths[0]!, cleanup: r.cleanup };
}

export interface RenderedPdfs {
  dir: string;
  /** One PDF per input, in input order. */
  pdfPaths: string[];
  cleanup(): Promise<void>;
}

/**
 * Several files in one LibreOffice run: starting soffice costs seconds, converting
 * one more file a fraction of that. Names are plain file stems, unique.
 */
export async function officeToPdfs(files: Array<{ name: string; bytes: Uint8Array }>, ext: 'docx' | 'pptx', timeoutMs = 120_000): Promise<RenderedPdfs> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'briefing-render-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const profile = join(dir, 'profile');
  const inputs = files.map((f) => join(dir, `${f.name}.${ext}`));
  await Promise.all(files.map((f, i) => writeFile(inputs[i]!, f.bytes)));
  const env = { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: dir };
  let log: string;
  try {
    const r = await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs],
      { env, timeout: timeoutMs },
    );
    log = r.stdout + r.stderr;
  } catch (e) {
    await cleanup();
    throw new Error(`soffice failed: ${String(e)}`, { cause: e });
  }
  const pdfPaths = files.map((f) => join(dir, `${f.name}.pdf`));
  const missing = pdfPaths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    await cleanup();
    throw new Error(`soffice made no PDF for ${missing.length} file(s): ${log}`);
  }
  return { dir, pdfPaths, cleanup };
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of every page with its box in points from the top left (pdftotext -bbox), for position checks. */
export async function pdfWords(pdfPath: string): Promise<Array<{ width: number; height: number; words: PdfWord[] }>> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: unescape(w[5]!),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
    })),
  }));
}

/**
 * The text of each page (pdftotext splits pages with form feeds). Layout mode
 * keeps every printed line one line of text: in reading-order mode pdftotext
 * takes a widely spaced line (a centred byline, "单位……日期") for two columns.
 */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Page size in points as pdfinfo reports it ("595.276 x 841.89 pts (A4)"). */
export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/** PNG files of the pages (for looking at the result), at `dpi`. */
export async function pdfToPngs(pdfPath: string, outDir: string, dpi = 60): Promise<string[]> {
  const prefix = join(outDir, 'page');
  await run('pdftoppm', ['-png', '-r', String(dpi), pdfPath, prefix]);
  return (await readdir(outDir))
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}

/**
 * Pictures of a presentation's slides (PNG bytes, one per slide), rendered by
 * LibreOffice Impress: the handout's "picture of the slide" where no browser
 * renders the deck (the CLI).
 */
export async function slidePictures(pptx: Uint8Array, dpi = 48): Promise<Uint8Array[]> {
  const r = await officeToPdf(pptx, 'pptx');
  try {
    const files = await pdfToPngs(r.pdfPath, r.dir, dpi);
    return Promise.all(files.map(async (f) => new Uint8Array(await readFile(f))));
  } finally {
    await r.cleanup();
  }
}

/** Convenience: Office bytes → page texts, temp files removed. */
export async function officeToText(bytes: Uint8Array, ext: 'docx' | 'pptx'): Promise<string[]> {
  const r = await officeToPdf(bytes, ext);
  try {
    return await pdfPages(r.pdfPath);
  } finally {
    await r.cleanup();
  }
}

