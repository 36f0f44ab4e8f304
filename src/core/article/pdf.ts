/**
 * PDF → blocks through pdfjs-dist (Mozilla's PDF.js; 5.x, since 6.x needs
 * Node 22). Only the text layer is read: each page's text runs with their
 * positions go to pdf-layout.ts, which puts them in reading order. The legacy
 * build runs on Node 20 and in browsers and Workers alike; PDF.js's own worker
 * code is loaded into this thread (`globalThis.pdfjsWorker`), so it needs no
 * worker URL and runs the same in the CLI and in the app's import Worker.
 */
import type { Block } from './block';
import { ImportError } from './errors';
import { pdfPagesToBlocks, type PdfPageText, type PdfRun } from './pdf-layout';

interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

async function loadPdfjs() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs;
}

function toRun(item: TextRun): PdfRun {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
  return { str: item.str, x: e, y: f, w: item.width, size };
}

/**
 * Where PDF.js finds the data files it ships (pdfjs-dist's cmaps/ and
 * standard_fonts/ folders), as the host can reach them: a folder path in Node,
 * a URL in a browser or Worker, each ending in "/". Chinese PDFs that use a
 * predefined CMap (UniGB-UCS2-H, GBK-EUC-H …) with a font that is not embedded
 * and has no ToUnicode map (printed 公文, older e-papers) yield no text without
 * the CMaps; the standard fonts serve PDFs that name the 14 base fonts.
 */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

/**
 * URLs (the app's import Worker) are fetched by PDF.js's worker code, which
 * runs in this thread: its default reader for them asks `document.baseURI`,
 * which a Worker has not. Folder paths (Node) keep PDF.js's file reader.
 */
function fetchesAssets(assets: PdfAssets | undefined): boolean {
  return !!assets && /^[a-z][a-z0-9+.-]*:\/\//i.test(assets.cMapUrl);
}

/** Text of every page, positioned. Throws the typed errors for what cannot be read. */
export async function readPdfText(bytes: Uint8Array, assets?: PdfAssets): Promise<PdfPageText[]> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    // A copy: PDF.js takes ownership of (detaches) the buffer it is given.
    const data = { cMapUrl: assets?.cMapUrl, cMapPacked: true, standardFontDataUrl: assets?.standardFontDataUrl, useWorkerFetch: fetchesAssets(assets) };
    doc = await pdfjs.getDocument({ data: bytes.slice(), ...data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new ImportError('PDF_ENCRYPTED');
    throw new ImportError('PDF_CORRUPT', e instanceof Error ? e.message.slice(0, 80) : '');
  }
  try {
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = (content.items as unknown[]).filter((i): i is TextRun => typeof (i as TextRun).str === 'string').map(toRun);
      pages.push({ width, height, runs });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    throw new ImportError('PDF_CORRUPT', e instanceof Error ? e.message.slice(0, 80) : '');
  } finally {
    void doc.destroy();
  }
}

export async function pdfToBlocks(bytes: Uint8Array, assets?: PdfAssets): Promise<Block[]> {
  const pages = await readPdfText(bytes, assets);
  // A scan has pages but no text layer: at most a page number or a stray mark per page.
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.str.replace(/\s/g, '').length, 0), 0);
  if (chars < 10 * Math.max(1, pages.length)) throw new ImportError('PDF_NO_TEXT');
  return pdfPagesToBlocks(pages);
}
