/**
 * What docx 9 cannot say through its API, patched into the packed file's
 * styles.xml (one small part; the rest of the package is copied as it is).
 *
 * 1. Widow/orphan control off for the whole document (docDefaults): with it
 *    Word and LibreOffice push single lines to the next page and a full page no
 *    longer holds the 22 lines GB/T 9704 asks for. docx can only set it per
 *    paragraph, which for a 100-article deck is thousands of extra elements.
 * 2. Paragraph-level <w:snapToGrid w:val="false"/> on the large-type styles (title,
 * masthead): docx only offers the run-level flag, which Word honours but
 * LibreOffice does not, so there a 22 pt title took two 16 pt grid cells per
 * character and spread across the page.
 * 3. autoSpaceDE/autoSpaceDN off for the whole document (docDefaults): Word's
 *    default puts a quarter-em gap between Chinese and digits or Latin letters
 *    ("2024 年 7 月"), which official documents do not have.
 */
import JSZip from 'jszip';

export interface DocxPatches {
  offGridStyleIds: readonly string[];
  widowControlOff: boolean;
  autoSpaceOff?: boolean;
}

export async function patchDocx(bytes: Uint8Array, patches: DocxPatches): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/styles.xml');
  if (!file) return bytes;
  let xml = await file.async('string');
  if (patches.widowControlOff) xml = defaultWidowControlOff(xml);
  if (patches.autoSpaceOff) xml = defaultAutoSpaceOff(xml);
  for (const id of patches.offGridStyleIds) xml = addParagraphOffGrid(xml, id);
  zip.file('word/styles.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** <w:widowControl w:val="0"/> first in docDefaults' paragraph properties (CT_PPrBase order). */
export function defaultWidowControlOff(stylesXml: string): string {
  if (/<w:pPrDefault>\s*<w:pPr>/.test(stylesXml)) {
    return stylesXml.replace(/<w:pPrDefault>\s*<w:pPr>/, '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>');
  }
  return stylesXml.replace('</w:rPrDefault>', '</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/></w:pPr></w:pPrDefault>');
}

const AUTO_SPACE_OFF = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
/** Elements that follow autoSpaceDN in CT_PPrBase (the first one present is the insertion point). */
const AFTER_AUTO_SPACE = /<w:(?:bidi|adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b|<\/w:pPr>/;

function withAutoSpaceOff(pPr: string): string {
  if (pPr.includes('<w:autoSpaceDE')) return pPr;
  const m = AFTER_AUTO_SPACE.exec(pPr);
  return m ? pPr.slice(0, m.index) + AUTO_SPACE_OFF + pPr.slice(m.index) : pPr;
}

/**
 * autoSpaceDE/autoSpaceDN off in docDefaults and in every paragraph style:
 * Word reads the defaults, LibreOffice only the styles.
 */
export function defaultAutoSpaceOff(stylesXml: string): string {
  let xml = stylesXml;
  if (!xml.includes('<w:pPrDefault>')) xml = xml.replace('</w:rPrDefault>', '</w:rPrDefault><w:pPrDefault><w:pPr></w:pPr></w:pPrDefault>');
  return xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, withAutoSpaceOff);
}

/**
 * Insert <w:snapToGrid w:val="false"/> into a style's <w:pPr>, before <w:spacing>
 * (CT_PPrBase's element order puts snapToGrid right before spacing).
 */
export function addParagraphOffGrid(stylesXml: string, styleId: string): string {
  const start = stylesXml.indexOf(`w:styleId="${styleId}"`);
  if (start < 0) return stylesXml;
  const end = stylesXml.indexOf('</w:style>', start);
  const style = stylesXml.slice(start, end);
  const pPr = style.indexOf('<w:pPr>');
  if (pPr < 0 || /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:snapToGrid/.test(style)) return stylesXml;
  const spacing = style.indexOf('<w:spacing', pPr);
  const pPrEnd = style.indexOf('</w:pPr>', pPr);
  const at = spacing >= 0 && spacing < pPrEnd ? spacing : pPrEnd;
  const patched = style.slice(0, at) + '<w:snapToGrid w:val="false"/>' + style.slice(at);
  return stylesXml.slice(0, start) + patched + stylesXml.slice(end);
}
