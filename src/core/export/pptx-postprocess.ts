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
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import type { ThemeName } from '../deck/model';
import { throwIfCancelled } from '../jobs';
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

export interface PatchProgress {
  /** The deck's theme: its cover and divider layouts get the hero background. */
  theme?: ThemeName;
  signal?: AbortSignal;
  /** Files of the package written so far, of all. */
  progress?: (done: number, total: number) => void;
}

/** Files between two progress reports (and two looks at the signal, and two yields to the event loop). */
const FILES_PER_STEP = 250;

/**
 * Apply the fixes and compress the package once. fflate rather than JSZip here: a
 * 20,000-slide deck is some 80,000 package parts, and JSZip's per-part deflate set-up
 * made compression most of the export's time (issue 17: a 100k-slide export ran for
 * minutes with nothing to show).
 */
export async function patchPptx(bytes: Uint8Array, t: PptxTheme, opts: PatchProgress = {}): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(files['ppt/presentation.xml'] ? strFromU8(files['ppt/presentation.xml']) : '');
  const slideSize = size ? { cx: Number(size[1]), cy: Number(size[2]) } : null;
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    let data = files[n]!;
    if (/^ppt\/slides\/slide\d+\.xml$/.test(n)) data = strToU8(colourBullets(dropRepeatedParagraphProps(strFromU8(data)), t.accent));
    else if (n === 'ppt/presentation.xml') data = strToU8(fixPresentationXml(strFromU8(data)));
    else if (/^ppt\/theme\/theme\d+\.xml$/.test(n)) data = strToU8(patchThemeXml(strFromU8(data), t));
    else if (opts.theme && slideSize && /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)) data = strToU8(heroLayout(strFromU8(data), opts.theme, slideSize));
    // A small hash table: streaming deflate otherwise allocates megabytes per part, and the parts are a few KB.
    const entry = new ZipDeflate(n, { level: 6, mem: 2 });
    zip.add(entry);
    entry.push(data, true);
    delete files[n];
    if (failure) throw failure;
    if ((i + 1) % FILES_PER_STEP === 0) {
      opts.progress?.(i + 1, names.length);
      await new Promise((r) => setTimeout(r, 0));
      throwIfCancelled(opts.signal);
    }
  }
  zip.end();
  if (failure) throw failure;
  opts.progress?.(names.length, names.length);
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The COVER and SECTION layouts (by their names) get the theme's hero background. */
function heroLayout(xml: string, theme: ThemeName, slideSize: { cx: number; cy: number }): string {
  return /<p:cSld name="(?:COVER|SECTION)"/.test(xml) ? heroLayoutXml(xml, theme, slideSize) : xml;
}
