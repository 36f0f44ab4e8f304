/**
 * Fixes applied to pptxgenjs 4 output.
 *
 * 1. presentation.xml: pptxgenjs writes <p:notesMasterIdLst> after <p:sldSz>;
 *    the schema (CT_Presentation) wants it right after <p:sldMasterIdLst>, and
 *    strict readers (the Open XML SDK validator) reject the file otherwise.
 * 2. slides: pptxgenjs writes a <a:pPr> before every run of a paragraph, not
 *    only the first, whenever the runs carry paragraph options (alignment, line
 *    spacing), which a paragraph with a bold figure in it always does; a:pPr is
 *    allowed once, first. The later copies repeat the first and are dropped.
 * 3. pptxgenjs writes an Office theme whose East Asian font slots are empty and
 * whose colours are Office blue. Text the user adds later in PowerPoint takes
 * its font and colours from the theme, so the theme gets the deck's Chinese
 * fonts (<a:ea>) and colours too.
 * 4. bullets: pptxgenjs has no bullet colour; the theme's diamond (◆) takes the
 *    accent colour at 70% size, as the slide CSS draws it.
 * 5. cover and divider layouts: pptxgenjs has no gradient backgrounds; they get the
 *    theme's (pptx-hero-bg.ts), as the editor shows them.
 */
import JSZip from 'jszip';
import type { ThemeName } from '../deck/model';
import type { PptxTheme } from './pptx-theme';
import { heroLayoutXml } from './pptx-hero-bg';

export function patchThemeXml(xml: string, t: PptxTheme): string {
  return xml
    .replace(/(<a:majorFont>[\s\S]*?)<a:ea typeface="[^"]*"\/>/, `$1<a:ea typeface="${t.headFont}"/>`)
    .replace(/(<a:minorFont>[\s\S]*?)<a:ea typeface="[^"]*"\/>/, `$1<a:ea typeface="${t.bodyFont}"/>`)
    .replace(/(<a:majorFont>[\s\S]*?<a:font script="Hans" typeface=")[^"]*"/, `$1${t.headFont}"`)
    .replace(/(<a:minorFont>[\s\S]*?<a:font script="Hans" typeface=")[^"]*"/, `$1${t.bodyFont}"`)
    .replace(/<a:dk2>[\s\S]*?<\/a:dk2>/, `<a:dk2><a:srgbClr val="${t.text}"/></a:dk2>`)
    .replace(/<a:accent1>[\s\S]*?<\/a:accent1>/, `<a:accent1><a:srgbClr val="${t.primary}"/></a:accent1>`)
    .replace(/<a:accent2>[\s\S]*?<\/a:accent2>/, `<a:accent2><a:srgbClr val="${t.accent}"/></a:accent2>`);
}

export function colourBullets(xml: string, accent: string): string {
  return xml.replace(/<a:buSzPct val="100000"\/><a:buChar char="&#x25C6;"\/>/g, `<a:buClr><a:srgbClr val="${accent}"/></a:buClr><a:buSzPct val="70000"/><a:buChar char="&#x25C6;"/>`);
}

export function fixPresentationXml(xml: string): string {
  const m = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(xml);
  if (!m || !xml.includes('</p:sldMasterIdLst>')) return xml;
  const without = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  return without.replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${m[0]}`);
}

const PPR = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;

export function dropRepeatedParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, inner: string) => {
    const firstRun = inner.search(/<a:(?:r|fld|br)\b/);
    if (firstRun < 0) return whole;
    return `<a:p>${inner.slice(0, firstRun)}${inner.slice(firstRun).replace(PPR, '')}</a:p>`;
  });
}

export async function patchPptx(bytes: Uint8Array, t: PptxTheme, theme?: ThemeName): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  if (theme) await patchHeroLayouts(zip, theme);
  for (const n of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
    zip.file(n, colourBullets(dropRepeatedParagraphProps(await zip.file(n)!.async('string')), t.accent));
  }
  const pres = zip.file('ppt/presentation.xml');
  if (pres) zip.file('ppt/presentation.xml', fixPresentationXml(await pres.async('string')));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n));
  for (const n of names) zip.file(n, patchThemeXml(await zip.file(n)!.async('string'), t));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The COVER and SECTION layouts (by their names) get the theme's hero background. */
async function patchHeroLayouts(zip: JSZip, theme: ThemeName): Promise<void> {
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec((await zip.file('ppt/presentation.xml')?.async('string')) ?? '');
  if (!size) return;
  const slideSize = { cx: Number(size[1]), cy: Number(size[2]) };
  for (const n of Object.keys(zip.files).filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f))) {
    const xml = await zip.file(n)!.async('string');
    if (/<p:cSld name="(?:COVER|SECTION)"/.test(xml)) zip.file(n, heroLayoutXml(xml, theme, slideSize));
  }
}
