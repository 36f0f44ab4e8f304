/**
 * What docx 9 cannot say through its API, patched into the packed file.
 *
 * Paragraph-level <w:snapToGrid w:val="false"/> on the large-type styles (title,
 * masthead): docx only offers the run-level flag, which Word honours but
 * LibreOffice does not, so there a 22 pt title took two 16 pt grid cells per
 * character and spread across the page.
 */
import JSZip from 'jszip';

export async function patchDocx(bytes: Uint8Array, offGridStyleIds: readonly string[]): Promise<Uint8Array> {
  if (offGridStyleIds.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/styles.xml');
  if (!file) return bytes;
  let xml = await file.async('string');
  for (const id of offGridStyleIds) xml = addParagraphOffGrid(xml, id);
  zip.file('word/styles.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
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
