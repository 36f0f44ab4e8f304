/**
 * The XML of a .docx part as a plain tree, read by saxes (the strict, streaming
 * parser jsdom uses): elements with their attributes and text, in order. Names
 * are kept as written ("w:p"); the caller checks what the prefixes mean. What the
 * fast .docx reader should not be trusted with — XML that is not well-formed, a
 * DOCTYPE, CDATA, an encoding other than UTF-8, a comment inside an element
 * (xmldom would split the text around it) — gives `null`, and the caller hands
 * the file to mammoth, whose parser (xmldom) decides.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Elements and text, in document order. */
  children: Array<XmlElement | string>;
}

class Untrusted extends Error {}
const untrusted = (): never => {
  throw new Untrusted();
};

/** The document element of `xml`, or null when this reader should not be trusted with it. */
export function parseXml(xml: string): XmlElement | null {
  const decl = /^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(xml);
  if (decl && !/^utf-?8$/i.test(decl[1]!)) return null;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    const top = stack[stack.length - 1];
    if (top) top.children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(text);
  });
  parser.on('comment', () => {
    if (stack.length) untrusted();
  });
  parser.on('cdata', untrusted);
  parser.on('doctype', untrusted);
  parser.on('error', untrusted);
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return root && stack.length === 0 ? root : null;
}

/** The first child element called `name`, as mammoth's `first`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}
