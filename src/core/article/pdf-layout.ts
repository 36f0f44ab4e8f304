/**
 * Positioned text of PDF pages → lines in reading order. A PDF has no
 * paragraphs, only glyph runs at coordinates, so the reading order is
 * reconstructed here (pure geometry, no PDF library):
 *
 * 1. runs on one baseline form a row; a row splits into fragments where a gap
 *    wider than a character and a half opens (a column gutter, a table cell);
 * 2. running headers, footers and page numbers (the top and bottom rows that
 *    repeat across pages or read "— 3 —", "第3页", "3/12") are set apart as
 *    page furniture;
 * 3. the rest is read by recursive XY-cut: a block splits into columns where a
 *    vertical gutter runs its full height and both sides are text columns,
 *    else into bands where the gap between rows is wider than its line pitch;
 *    columns are read left to right, bands top to bottom. An e-paper page thus
 *    reads its headline, then each column down before the next;
 * 4. rows of a leaf block join into paragraphs: a row continues the one above
 *    when that one ran to the block's right edge and this one is not indented
 *    (the 2-character first-line indent of the genre) nor set larger. What
 *    geometry cannot tell (a paragraph running on into the next column or
 *    page) is left to the line repair of the text path.
 */
import type { Block } from './block';
import { joinPieces } from './text-shape';

export interface PdfRun {
  str: string;
  /** Left edge and baseline, in PDF points from the page's bottom left. */
  x: number;
  y: number;
  w: number;
  /** Font size (height of the em square). */
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  runs: PdfRun[];
}

interface Frag {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

type Row = Frag[];

const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const WORDLIKE = /[A-Za-z0-9]/;

/** Runs on one row → fragments; spaces only between Latin words and numbers. */
function rowFragments(runs: PdfRun[]): Row {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const frags: Frag[] = [];
  let spaced = false;
  for (const r of sorted) {
    const text = r.str.replace(/\s+/g, ' ');
    const last = frags[frags.length - 1];
    if (!text.trim()) {
      spaced = true;
      continue;
    }
    const size = r.size || 10;
    const gap = last ? r.x - last.x1 : Infinity;
    if (last && gap < 1.5 * Math.max(size, last.size)) {
      const a = last.text[last.text.length - 1] ?? '';
      const b = text.trimStart()[0] ?? '';
      const space = WORDLIKE.test(a) && WORDLIKE.test(b) && (spaced || gap > 0.2 * size) ? ' ' : '';
      last.text = last.text + space + text.trimStart();
      last.x1 = Math.max(last.x1, r.x + r.w);
      last.size = Math.max(last.size, size);
    } else frags.push({ text: text.trim(), x0: r.x, x1: r.x + r.w, y: r.y, size });
    spaced = /\s$/.test(text);
  }
  for (const f of frags) f.text = f.text.trim();
  return frags.filter((f) => f.text);
}

/** Runs → rows, top of the page first. Runs whose baselines differ by under a third of a character share a row. */
function pageRows(runs: PdfRun[]): Row[] {
  const sorted = runs.filter((r) => r.str.length).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0]!.y - r.y) < 0.35 * Math.max(r.size, g[0]!.size, 1)) g.push(r);
    else groups.push([r]);
  }
  return groups.map(rowFragments).filter((row) => row.length);
}

const rowText = (row: Row) => row.map((f) => f.text).join(' ');

/** "— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 12 页", "3/12", "Page 3". */
const PAGE_NUMBER = /^(?:[-—–－\s]*[0-9０-９]{1,4}[-—–－\s]*|第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,/]?\s*共\s*[0-9０-９]{1,4}\s*页)?|[0-9]{1,4}\s*\/\s*[0-9]{1,4}|page\s*[0-9]{1,4}(?:\s*of\s*[0-9]{1,4})?)$/i;

/** Running headers and footers: top/bottom rows repeated across pages, and page numbers. */
function splitFurniture(pages: Array<{ height: number; rows: Row[] }>, bodySize: number): Array<{ head: Row[]; body: Row[]; foot: Row[] }> {
  const key = (row: Row) => rowText(row).replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
  const band = (p: { height: number }, row: Row, top: boolean) => (top ? row[0]!.y > p.height * 0.86 : row[0]!.y < p.height * 0.14);
  const counts = new Map<string, number>();
  for (const p of pages) {
    const edge = [...p.rows.slice(0, 2), ...p.rows.slice(-2)];
    for (const k of new Set(edge.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (row: Row) => pages.length >= 2 && (counts.get(key(row)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  // Running heads are set smaller than the text they stand over.
  const small = (row: Row) => Math.max(...row.map((f) => f.size)) < bodySize * 0.95;
  const isFurniture = (p: { height: number; rows: Row[] }, row: Row, top: boolean) =>
    band(p, row, top) && (PAGE_NUMBER.test(rowText(row).trim()) || repeated(row) || (small(row) && p.rows.length > 3));
  return pages.map((p) => {
    let a = 0;
    let b = p.rows.length;
    while (a < b && a < 2 && isFurniture(p, p.rows[a]!, true)) a++;
    while (b > a && p.rows.length - b < 2 && isFurniture(p, p.rows[b - 1]!, false)) b--;
    return { head: p.rows.slice(0, a), body: p.rows.slice(a, b), foot: p.rows.slice(b) };
  });
}

/** A side of a vertical cut reads as a column of text, not a table's cells. */
function isTextColumn(frags: Frag[], size: number): boolean {
  const x0 = Math.min(...frags.map((f) => f.x0));
  const x1 = Math.max(...frags.map((f) => f.x1));
  const width = x1 - x0;
  const rows = new Set(frags.map((f) => Math.round(f.y))).size;
  return rows >= 3 && width >= 8 * size && median(frags.map((f) => f.x1 - f.x0)) >= 0.6 * width;
}

function verticalCut(frags: Frag[], size: number): Frag[][] | null {
  const byX = [...frags].sort((a, b) => a.x0 - b.x0);
  const cols: Frag[][] = [[byX[0]!]];
  let right = byX[0]!.x1;
  for (const f of byX.slice(1)) {
    if (f.x0 - right > size) cols.push([f]);
    else cols[cols.length - 1]!.push(f);
    right = Math.max(right, f.x1);
  }
  if (cols.length < 2 || !cols.every((c) => isTextColumn(c, size))) return null;
  return cols;
}

function horizontalCut(frags: Frag[]): Frag[][] | null {
  const byY = [...frags].sort((a, b) => b.y - a.y);
  const baselines = [...new Set(byY.map((f) => Math.round(f.y)))];
  const deltas = baselines.slice(1).map((y, i) => baselines[i]! - y);
  const pitch = median(deltas);
  const size = median(frags.map((f) => f.size));
  const threshold = Math.max(pitch * 1.4, size * 1.2);
  const bands: Frag[][] = [[byY[0]!]];
  for (let i = 1; i < byY.length; i++) {
    const prev = byY[i - 1]!;
    const f = byY[i]!;
    if (prev.y - f.y > threshold) bands.push([f]);
    else bands[bands.length - 1]!.push(f);
  }
  return bands.length > 1 ? bands : null;
}

/** Recursive XY-cut: leaf blocks in reading order. */
function xyCut(frags: Frag[], depth = 0): Frag[][] {
  if (frags.length <= 1 || depth > 40) return [frags];
  const size = median(frags.map((f) => f.size)) || 10;
  const parts = verticalCut(frags, size) ?? horizontalCut(frags);
  return parts ? parts.flatMap((p) => xyCut(p, depth + 1)) : [frags];
}

function leafRows(frags: Frag[]): Row[] {
  const byY = [...frags].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const f of byY) {
    const r = rows[rows.length - 1];
    if (r && Math.abs(r[0]!.y - f.y) < 0.35 * f.size) r.push(f);
    else rows.push([f]);
  }
  return rows.map((r) => r.sort((a, b) => a.x0 - b.x0));
}

function furnitureBlock(row: Row): Block {
  return { text: rowText(row), gap: true, extra: 'meta' };
}

/**
 * Pages → blocks. Lines of a larger size than the body's are flagged like bold
 * Word paragraphs (a candidate title or heading); rows of several cells (a
 * metadata table) become table rows.
 */
export function pdfPagesToBlocks(pages: PdfPageText[]): Block[] {
  const withRows = pages.map((p) => ({ height: p.height, rows: pageRows(p.runs) }));
  const bodySize = median(withRows.flatMap((p) => p.rows.flatMap((r) => r.map((f) => f.size))));
  const out: Block[] = [];
  for (const page of splitFurniture(withRows, bodySize)) {
    out.push(...page.head.map(furnitureBlock));
    for (const leaf of xyCut(page.body.flat())) {
      const left = Math.min(...leaf.map((f) => f.x0));
      const right = Math.max(...leaf.map((f) => f.x1));
      // Whether the block before ran to the right edge as a body line does: then a
      // line below it that is not indented continues the same paragraph.
      let open: Block | null = null;
      for (const row of leafRows(leaf)) {
        const first = row[0]!;
        const last = row[row.length - 1]!;
        const size = Math.max(...row.map((f) => f.size));
        const indented = first.x0 - left > 1.5 * size;
        const large = size > bodySize * 1.15;
        const text = row.map((f) => f.text).join(row.length > 1 ? ' | ' : '');
        if (open && !indented && !large && row.length === 1) {
          open.text = joinPieces(open.text, text);
        } else {
          const block: Block = { text, gap: true };
          if (row.length > 1) block.tableRow = true;
          else if (large && text.length <= 40) block.bold = true;
          out.push(block);
          open = block;
        }
        const full = right - last.x1 <= 2 * size;
        if (!full || large || row.length > 1) open = null;
      }
    }
    out.push(...page.foot.map(furnitureBlock));
  }
  return out;
}
