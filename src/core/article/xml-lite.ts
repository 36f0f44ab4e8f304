/**
 * A small XML reader for the parts of a .docx written by word processors:
 * elements, attributes, text and the five XML entities plus character
 * references. Anything beyond that (DOCTYPE, CDATA, unknown entities, a tag it
 * cannot read, tags that do not nest) makes it give up with `null`, and the
 * caller hands the file to mammoth instead, whose XML parser (xmldom) decides.
 * Names are kept as written ("w:p"); the caller checks what the prefixes mean.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Elements and text, in document order. */
  children: Array<XmlElement | string>;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text or attribute value with its references replaced; null for an unknown entity. */
function unescape(s: string): string | null {
  if (!s.includes('&')) return s;
  let bad = false;
  const out = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (m, ref: string | undefined) => {
    if (!ref) {
      bad = true;
      return m;
    }
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) bad = true;
      return bad ? m : String.fromCodePoint(code);
    }
    const v = ENTITIES[ref];
    if (v === undefined) bad = true;
    return v ?? m;
  });
  return bad ? null : out;
}

// One token at a time from where the last one ended (sticky): a tag with its
// attributes, a comment, a processing instruction or the XML declaration, or text.
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)/y;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document element of `xml`, or null when this reader should not be trusted with it. */
export function parseXml(xml: string): XmlElement | null {
  const decl = /^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(xml);
  if (decl && !/^utf-?8$/i.test(decl[1]!)) return null;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(xml);
    if (!m) return null;
    const close = m[1];
    const name = m[2];
    const attrText = m[3];
    const selfClose = m[4];
    const text = m[5];
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      if (!top) {
        if (text.trim()) return null;
        continue;
      }
      const value = unescape(text);
      if (value === null) return null;
      top.children.push(value);
    } else if (name === undefined) {
      // A comment or processing instruction: not content. A comment inside an element is rare
      // enough that giving up costs nothing, and keeps text nodes whole as xmldom has them.
      if (top && xml.startsWith('<!--', at)) return null;
    } else if (close) {
      if (!top || top.name !== name || attrText || selfClose) return null;
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      if (attrText) {
        ATTR.lastIndex = 0;
        for (let a = ATTR.exec(attrText); a; a = ATTR.exec(attrText)) {
          const value = unescape(a[2] ?? a[3] ?? '');
          if (value === null || a[1]! in attrs) return null;
          attrs[a[1]!] = value;
        }
      }
      const el: XmlElement = { name, attrs, children: [] };
      if (top) top.children.push(el);
      else if (root) return null;
      else root = el;
      if (!selfClose) stack.push(el);
    }
  }
  return root && stack.length === 0 ? root : null;
}

/** The first child element called `name`, as mammoth's `first`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}
