/**
 * Word (.docx) → blocks. The document tree (paragraphs with their style names,
 * runs with bold flags, tables) comes from docx-body.ts, which reads the two
 * parts it needs straight from the ZIP; files it declines go to mammoth, whose
 * `transformDocument` hook hands over the same tree (we never want its HTML).
 * mammoth is loaded only then. It runs without Node APIs when given the bytes;
 * its Node build reads `buffer`, its browser build `arrayBuffer`, so both are
 * passed.
 */
import { textBlock, type Block } from './block';
import { readDocumentBody, readParagraphStyles, readRelationships, type DocNode } from './docx-body';
import { readNumbering } from './docx-numbering';
import { ImportError } from './errors';
import { assertDocx, assertSizesHonest, inspectZip, readZipEntry, type ZipSummary } from './zip-guard';

const HEADING = /^(?:heading|标题)\s*([1-9])$/i;

function styleOf(p: DocNode): Pick<Block, 'marked' | 'role'> {
  const names = [p.styleName, p.styleId].filter((s): s is string => !!s).map((s) => s.trim());
  for (const name of names) {
    const m = HEADING.exec(name) ?? /^Heading([1-9])$/.exec(name);
    if (m) return { marked: Number(m[1]) };
    if (/^(title|标题)$/i.test(name)) return { role: 'title' };
    if (/^(subtitle|副标题)$/i.test(name)) return { role: 'subtitle' };
  }
  return {};
}

/** Text of a paragraph split at line breaks, and whether every visible run is bold. */
function paragraphLines(p: DocNode): { lines: string[]; bold: boolean } {
  // Word's automatic number ("一、") leads the first line, as the reader sees it; it is no run, so not bold.
  const lines = [p.numberText ?? ''];
  let visible = 0;
  let bold = 0;
  const visit = (n: DocNode, inBold: boolean) => {
    if (n.type === 'text' && n.value) {
      lines[lines.length - 1] += n.value;
      if (n.value.trim()) {
        visible++;
        if (inBold) bold++;
      }
    } else if (n.type === 'tab') lines[lines.length - 1] += '\t';
    else if (n.type === 'break') lines.push('');
    for (const c of n.children ?? []) visit(c, n.type === 'run' ? !!n.isBold : inBold);
  };
  visit(p, false);
  return { lines: lines.map((l) => l.trim()), bold: visible > 0 && bold === visible };
}

function collect(node: DocNode, out: Block[]): void {
  if (node.type === 'paragraph') {
    const { lines, bold } = paragraphLines(node);
    const style = styleOf(node);
    let first = true;
    for (const text of lines) {
      if (!text) continue;
      out.push({ ...textBlock(text, first), ...style, ...(bold && lines.length === 1 ? { bold } : {}) });
      first = false;
    }
    return;
  }
  if (node.type === 'tableRow') {
    const cells = (node.children ?? []).map((cell) => {
      const inner: Block[] = [];
      for (const c of cell.children ?? []) collect(c, inner);
      return inner.map((b) => b.text).join(' ');
    });
    const text = cells.filter(Boolean).join(' ');
    if (text) out.push({ text, gap: true, tableRow: true });
    return;
  }
  for (const c of node.children ?? []) collect(c, out);
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const NUMBERING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';

class Unread extends Error {}

/** mammoth's findPartPath: the first target of that type that exists, else the usual name. */
function partPath(targets: string[], base: string, fallback: string, summary: ZipSummary): string {
  for (const t of targets) {
    const path = (t.startsWith('/') ? t : base ? `${base}/${t}` : t).replace(/^\//, '');
    if (summary.byName.has(path)) return path;
  }
  return fallback;
}

/** The document tree read without mammoth, or null when the fast reader leaves this file to it. */
function readFast(bytes: Uint8Array, summary: ZipSummary): DocNode | null {
  const decoder = new TextDecoder('utf-8');
  const text = (name: string): string | null => {
    const entry = summary.byName.get(name);
    if (!entry) return null;
    const raw = readZipEntry(bytes, entry);
    if (!raw) throw new Unread(name);
    return decoder.decode(raw).replace(/^\uFEFF/, '');
  };
  try {
    const pkg = readRelationships(text('_rels/.rels'));
    if (!pkg) return null;
    const main = partPath(pkg.filter((r) => r.type === OFFICE_DOCUMENT).map((r) => r.target!), '', 'word/document.xml', summary);
    if (main !== 'word/document.xml') return null;
    const rels = readRelationships(text('word/_rels/document.xml.rels'));
    if (!rels) return null;
    const styles = readParagraphStyles(text(partPath(rels.filter((r) => r.type === STYLES).map((r) => r.target!), 'word', 'word/styles.xml', summary)));
    const numbering = readNumbering(text(partPath(rels.filter((r) => r.type === NUMBERING).map((r) => r.target!), 'word', 'word/numbering.xml', summary)));
    const xml = text(main);
    return styles && numbering && xml !== null ? readDocumentBody(xml, styles, rels, numbering) : null;
  } catch (e) {
    if (e instanceof Unread) return null;
    throw e;
  }
}

async function readWithMammoth(bytes: Uint8Array, summary: ZipSummary): Promise<DocNode> {
  assertSizesHonest(bytes, summary);
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let document: DocNode | null = null;
  try {
    await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }, {
      // Style maps only steer mammoth's HTML, which we never use; parsing its
      // default map took an eighth of every .docx import.
      includeDefaultStyleMap: false,
      includeEmbeddedStyleMap: false,
      transformDocument: (doc: DocNode) => {
        document = doc;
        // Nothing left for mammoth to render: we only wanted the tree.
        return { ...doc, children: [] };
      },
    });
  } catch (e) {
    throw new ImportError('DOCX_CORRUPT', e instanceof Error ? e.message.slice(0, 80) : '');
  }
  if (!document) throw new ImportError('DOCX_CORRUPT');
  return document;
}

/**
 * The blocks of a .docx and whether the fast reader gave them; `via: 'mammoth'`
 * skips the fast reader (tests compare the two).
 */
export async function readDocx(bytes: Uint8Array, sourceName: string, via: 'any' | 'mammoth' = 'any'): Promise<{ blocks: Block[]; fast: boolean }> {
  const summary = inspectZip(bytes);
  try {
    assertDocx(summary);
  } catch (e) {
    // A ZIP that is not a Word document at all deserves a plainer message.
    if (!/\.doc[xm]$/i.test(sourceName)) throw new ImportError('BINARY', 'ZIP');
    throw e;
  }
  const fast = via === 'any' ? readFast(bytes, summary) : null;
  const blocks: Block[] = [];
  collect(fast ?? (await readWithMammoth(bytes, summary)), blocks);
  return { blocks, fast: !!fast };
}

export async function docxToBlocks(bytes: Uint8Array, sourceName: string): Promise<Block[]> {
  return (await readDocx(bytes, sourceName)).blocks;
}
