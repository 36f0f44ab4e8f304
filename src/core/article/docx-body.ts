/**
 * The .docx fast path: word/document.xml and word/styles.xml read straight
 * from the ZIP (fflate, only those parts, each inflated once) with xml-tree (saxes),
 * into the same document tree mammoth's body reader builds, for the part of it
 * the importer uses (paragraph styles, bold runs, text, tabs and breaks, tables
 * with mammoth's merged-cell rule, hyperlinks, fields, content controls, tracked
 * insertions and deletions). mammoth took ~8 ms for a 10 KB file: JSZip, xmldom
 * and reading numbering, notes and comments the importer never looks at.
 *
 * It declines (returns null) whatever it does not reproduce exactly: text boxes
 * and embedded objects (mammoth moves their paragraphs after the paragraph that
 * holds them), Wingdings symbols, check boxes, deleted paragraph marks, unusual
 * namespace prefixes, XML it cannot read. docx.ts then asks mammoth.
 */
import { NumberingCounter, numberPrefix, numPrOf, type NumberingDefs, type NumPr } from './docx-numbering';
import { child, parseXml, type XmlElement } from './xml-tree';

export interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
  styleName?: string | null;
  styleId?: string | null;
  isBold?: boolean;
  /** A paragraph's automatic number as Word shows it ("一、"), which its text does not hold. */
  numberText?: string;
  colSpan?: number;
  vMerge?: boolean | null;
}

/** Thrown inside the reader to give the file to mammoth. */
class Decline extends Error {}

/** What mammoth's XML reader calls each namespace; documents must use the same prefixes. */
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The prefixes this reader goes by; other namespaces (w14 …) it reads by local name or not at all. */
const READ = new Set(['w', 'r', 'mc', 'wp', 'a', 'pic']);

/**
 * The namespaces an element declares give the prefixes this reader goes by the
 * meaning mammoth's reader gives them (it renames elements by namespace URI):
 * those namespaces under their usual prefix, those prefixes for nothing else.
 */
function declarationsAgree(el: XmlElement): boolean {
  for (const k in el.attrs) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    const prefix = k === 'xmlns' ? '' : k.slice(6);
    const canonical = PREFIXES[el.attrs[k]!];
    if ((canonical !== undefined && READ.has(canonical) && canonical !== prefix) || (READ.has(prefix) && canonical !== prefix)) return false;
  }
  return true;
}

/** The root's declarations agree, and it declares the `needed` prefixes. */
function prefixesAgree(root: XmlElement, needed: string[]): boolean {
  return declarationsAgree(root) && needed.every((p) => (p ? `xmlns:${p}` : 'xmlns') in root.attrs);
}

/** The paragraph styles: names by id (first definition winning, as mammoth), and the list numbering each carries. */
export interface ParagraphStyles {
  names: Map<string, string | null>;
  numPr: Map<string, NumPr>;
  basedOn: Map<string, string>;
}

export function readParagraphStyles(xml: string | null): ParagraphStyles | null {
  const styles: ParagraphStyles = { names: new Map(), numPr: new Map(), basedOn: new Map() };
  if (xml === null) return styles;
  const root = parseXml(xml);
  if (!root || !root.name.startsWith('w:') || !prefixesAgree(root, ['w'])) return null;
  for (const s of root.children) {
    if (typeof s === 'string' || s.name !== 'w:style' || s.attrs['w:type'] !== 'paragraph') continue;
    const id = s.attrs['w:styleId'];
    if (id === undefined || styles.names.has(id)) continue;
    styles.names.set(id, child(s, 'w:name')?.attrs['w:val'] ?? null);
    // Word and WPS number headings through their style ("标题 1" linked to 一、/（一）).
    const numPr = numPrOf(child(s, 'w:pPr'));
    if (numPr) styles.numPr.set(id, numPr);
    const base = child(s, 'w:basedOn')?.attrs['w:val'];
    if (base) styles.basedOn.set(id, base);
  }
  return styles;
}

/** A paragraph's list numbering: its own w:numPr, completed from its style's (and the styles it is based on). */
function effectiveNumPr(direct: NumPr | null, styleId: string | null, styles: ParagraphStyles): NumPr | null {
  let numId = direct?.numId;
  let ilvl = direct?.ilvl;
  // Each part from the nearest style that sets it ("标题 2" may set only the level, based on "标题 1" naming the list).
  for (let id = styleId, depth = 0; id && depth < 10 && (numId === undefined || ilvl === undefined); id = styles.basedOn.get(id) ?? null, depth++) {
    const own = styles.numPr.get(id);
    numId ??= own?.numId;
    ilvl ??= own?.ilvl;
  }
  if (numId === undefined || numId === '0') return null;
  return { numId, ilvl: ilvl ?? 0 };
}

export interface Relationship {
  id: string | undefined;
  type: string | undefined;
  target: string | undefined;
}

/** The relationships of a .rels part (none when it is missing); null when it is not plainly written. */
export function readRelationships(xml: string | null): Relationship[] | null {
  if (xml === null) return [];
  const root = parseXml(xml);
  // Written with the package namespace as the default one, as every writer does.
  if (!root || root.name !== 'Relationships' || root.attrs.xmlns !== RELS) return null;
  if (!declarationsAgree({ ...root, attrs: { ...root.attrs, xmlns: '' } })) return null;
  const out: Relationship[] = [];
  for (const r of root.children) {
    if (typeof r !== 'string' && r.name === 'Relationship') out.push({ id: r.attrs.Id, type: r.attrs.Type, target: r.attrs.Target });
  }
  return out;
}

function isOn(el: XmlElement | undefined): boolean {
  const v = el?.attrs['w:val'];
  return !!el && v !== 'false' && v !== '0';
}

/** Elements mammoth reads as their children. */
const TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart', 'w:smartTag']);
/** Elements whose content mammoth places elsewhere or turns into something the tree here does not hold. */
const DECLINE = new Set(['w:pict', 'w:object', 'w:sym', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect', 'v:imagedata']);

function hasCheckbox(sdtPr: XmlElement | undefined): boolean {
  return !!sdtPr?.children.some((c) => typeof c !== 'string' && /(^|:)checkbox$/.test(c.name));
}

/** The picture relationships a drawing names, as mammoth looks for them (it fails on one that is missing). */
function drawingBlips(drawing: XmlElement): XmlElement[] {
  let level = drawing.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'wp:inline' || c.name === 'wp:anchor'));
  for (const name of ['a:graphic', 'a:graphicData', 'pic:pic', 'pic:blipFill', 'a:blip']) {
    level = level.flatMap((el) => el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name));
  }
  return level;
}

class BodyReader {
  private readonly counter: NumberingCounter;

  constructor(
    private readonly styles: ParagraphStyles,
    private readonly targets: Map<string, string | undefined>,
    numbering: NumberingDefs,
  ) {
    this.counter = new NumberingCounter(numbering);
  }

  /** A relationship mammoth would look up and fail on: leave the file to it. */
  private needTarget(id: string): void {
    if (this.targets.get(id) === undefined) throw new Decline(`relationship ${id}`);
  }

  elements(nodes: Array<XmlElement | string>): DocNode[] {
    const out: DocNode[] = [];
    for (const n of nodes) if (typeof n !== 'string') this.element(n, out);
    return out;
  }

  private element(el: XmlElement, out: DocNode[]): void {
    const name = el.name;
    switch (name) {
      case 'w:p': {
        const pPr = child(el, 'w:pPr');
        if (child(child(pPr, 'w:rPr'), 'w:del')) throw new Decline('deleted paragraph mark');
        const style = child(pPr, 'w:pStyle');
        const styleId = style ? (style.attrs['w:val'] ?? null) : null;
        const styleName = styleId ? (this.styles.names.get(styleId) ?? null) : null;
        const num = effectiveNumPr(numPrOf(pPr), styleId, this.styles);
        const numberText = num ? this.counter.next(num.numId!, num.ilvl!) : null;
        out.push({ type: 'paragraph', styleId, styleName, ...(numberText ? { numberText: numberPrefix(numberText) } : {}), children: this.elements(el.children) });
        return;
      }
      case 'w:r':
        out.push({ type: 'run', isBold: isOn(child(child(el, 'w:rPr'), 'w:b')), children: this.elements(el.children) });
        return;
      case 'w:t': {
        const [only, ...more] = el.children;
        // mammoth reads a w:t holding anything but one text node as an error.
        if (more.length || (only !== undefined && typeof only !== 'string')) throw new Decline('w:t content');
        if (only?.includes('\r')) throw new Decline('CR in text');
        out.push({ type: 'text', value: only ?? '' });
        return;
      }
      case 'w:tab':
        out.push({ type: 'tab' });
        return;
      case 'w:noBreakHyphen':
        out.push({ type: 'text', value: '\u2011' });
        return;
      case 'w:softHyphen':
        out.push({ type: 'text', value: '\u00AD' });
        return;
      case 'w:br': {
        const t = el.attrs['w:type'];
        if (t === undefined || t === 'textWrapping' || t === 'page' || t === 'column') out.push({ type: 'break' });
        return;
      }
      case 'w:hyperlink': {
        const id = el.attrs['r:id'];
        if (id && el.attrs['w:anchor'] !== undefined) this.needTarget(id);
        if (id || el.attrs['w:anchor'] !== undefined) out.push({ type: 'hyperlink', children: this.elements(el.children) });
        else out.push(...this.elements(el.children));
        return;
      }
      case 'w:tbl':
        out.push({ type: 'table', children: rowSpans(this.elements(el.children)) });
        return;
      case 'w:tr':
        if (child(child(el, 'w:trPr'), 'w:del')) return;
        out.push({ type: 'tableRow', children: this.elements(el.children) });
        return;
      case 'w:tc': {
        const tcPr = child(el, 'w:tcPr');
        const span = child(tcPr, 'w:gridSpan')?.attrs['w:val'];
        const vMerge = child(tcPr, 'w:vMerge');
        const v = vMerge?.attrs['w:val'];
        out.push({ type: 'tableCell', colSpan: span ? parseInt(span, 10) : 1, vMerge: vMerge ? v === 'continue' || !v : null, children: this.elements(el.children) });
        return;
      }
      case 'w:bookmarkStart':
        if (el.attrs['w:name'] !== '_GoBack') out.push({ type: 'bookmarkStart' });
        return;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        out.push({ type: 'noteReference' });
        return;
      case 'w:commentReference':
        out.push({ type: 'commentReference' });
        return;
      case 'mc:AlternateContent':
        out.push(...this.elements(child(el, 'mc:Fallback')?.children ?? []));
        return;
      case 'w:sdt':
        if (hasCheckbox(child(el, 'w:sdtPr'))) throw new Decline('check box');
        out.push(...this.elements(child(el, 'w:sdtContent')?.children ?? []));
        return;
      case 'w:drawing':
        // Pictures only (mammoth reads no text from drawings): nothing for the importer.
        for (const blip of drawingBlips(el)) {
          const embed = blip.attrs['r:embed'];
          const link = blip.attrs['r:link'];
          if (embed) this.needTarget(embed);
          else if (link) this.needTarget(link);
        }
        return;
    }
    if (TRANSPARENT.has(name)) out.push(...this.elements(el.children));
    else if (DECLINE.has(name)) throw new Decline(name);
    // Anything else mammoth ignores, content and all (w:del, w:fldSimple, w:instrText, properties …).
  }
}

/**
 * mammoth's calculateRowSpans: a cell continuing a vertical merge is dropped,
 * unless the table holds something other than rows of cells.
 */
function rowSpans(rows: DocNode[]): DocNode[] {
  const regular = rows.every((r) => r.type === 'tableRow' && (r.children ?? []).every((c) => c.type === 'tableCell'));
  if (!regular) return rows;
  const columns = new Map<number, DocNode>();
  for (const row of rows) {
    let at = 0;
    for (const cell of row.children!) {
      if (cell.vMerge && columns.has(at)) cell.vMerge = true;
      else {
        columns.set(at, cell);
        cell.vMerge = false;
      }
      at += cell.colSpan!;
    }
  }
  for (const row of rows) row.children = row.children!.filter((c) => !c.vMerge);
  return rows;
}

/**
 * mammoth's collapseAlternateContent, done as it does it: over the whole tree,
 * each mc:AlternateContent replaced by its mc:Fallback's children (those not
 * collapsed again). Also checks the namespaces declared below the root
 * (Word declares pic: and a: on its pictures).
 */
function collapse(el: XmlElement): boolean {
  if (!declarationsAgree(el)) return false;
  if (!el.children.some((c) => typeof c !== 'string' && c.name === 'mc:AlternateContent')) {
    for (const c of el.children) if (typeof c !== 'string' && !collapse(c)) return false;
    return true;
  }
  const out: Array<XmlElement | string> = [];
  for (const c of el.children) {
    if (typeof c === 'string') out.push(c);
    else if (c.name === 'mc:AlternateContent') out.push(...(child(c, 'mc:Fallback')?.children ?? []));
    else if (!collapse(c)) return false;
    else out.push(c);
  }
  el.children = out;
  return true;
}

/** The document tree of word/document.xml, or null to leave the file to mammoth. */
export function readDocumentBody(xml: string, styles: ParagraphStyles, relationships: Relationship[], numbering: NumberingDefs = { lists: new Map(), abstractOf: new Map() }): DocNode | null {
  const root = parseXml(xml);
  if (!root || root.name !== 'w:document' || !prefixesAgree(root, ['w'])) return null;
  for (const c of root.children) if (typeof c !== 'string' && !collapse(c)) return null;
  const body = child(root, 'w:body');
  if (!body) return null;
  const targets = new Map<string, string | undefined>();
  for (const r of relationships) if (r.id !== undefined) targets.set(r.id, r.target);
  try {
    return { type: 'document', children: new BodyReader(styles, targets, numbering).elements(body.children) };
  } catch (e) {
    if (e instanceof Decline) return null;
    throw e;
  }
}
