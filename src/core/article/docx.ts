/**
 * Word (.docx) → blocks through mammoth. We do not need mammoth's HTML: its
 * `transformDocument` hook hands over the parsed document (paragraphs with their
 * style names, runs with bold flags, tables), which is exactly the structure we
 * want and spares an HTML parse. mammoth runs without Node APIs when given the
 * bytes; its Node build reads `buffer`, its browser build `arrayBuffer`, so both
 * are passed.
 */
import mammoth from 'mammoth';
import { textBlock, type Block } from './block';
import { ImportError } from './errors';
import { assertDocx, assertSizesHonest, inspectZip } from './zip-guard';

interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
  styleName?: string | null;
  styleId?: string | null;
  isBold?: boolean;
  breakType?: string;
}

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
  const lines = [''];
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

export async function docxToBlocks(bytes: Uint8Array, sourceName: string): Promise<Block[]> {
  const summary = inspectZip(bytes);
  try {
    assertDocx(summary);
  } catch (e) {
    // A ZIP that is not a Word document at all deserves a plainer message.
    if (!/\.doc[xm]$/i.test(sourceName)) throw new ImportError('BINARY', 'ZIP');
    throw e;
  }
  assertSizesHonest(bytes, summary);
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
  const out: Block[] = [];
  collect(document, out);
  return out;
}
