/**
 * The unit's own Word template: a .docx made in Word or WPS holding placeholders
 * ({{标题}}, {{正文}}, {{期号}} …). The briefing is written into it with docx's
 * patchDocument, so page setup, styles, headers, footers, 红头 and 版记 stay as the
 * template defines them; {{正文}} takes the whole briefing text with the per-level
 * paragraph styles the generated briefing uses (added to the template's styles
 * unless it defines a style of the same id itself).
 */
import { Document, Packer, PatchType, TextRun, patchDetector, patchDocument } from 'docx';
import type { IPatch } from 'docx';
import JSZip from 'jszip';
import { plainText } from '../deck/inline-text';
import type { Deck } from '../deck/model';
import { assertDocx, assertSizesHonest, inspectZip } from '../article/zip-guard';
import { MAX_INPUT_BYTES, ImportError } from '../article/errors';
import { briefingBody } from './docx-briefing';
import { STYLE, docxStyles, offGridStyleIds } from './docx-paragraphs';
import { addParagraphOffGrid } from './docx-postprocess';
import { resolveDocxStyle } from './docx-styles';
import { formatChineseDate, resolveExportOptions, type ExportOptions, type ExportOptionsInput } from './export-options';
import type { ExportResources } from './export-types';

/** The placeholders a template may hold, with what each one receives (shown to users). */
export const TEMPLATE_PLACEHOLDERS = {
  标题: { zh: '简报标题', en: 'the title' },
  正文: { zh: '全部正文（须单独成段）', en: 'the whole text (a paragraph of its own)' },
  简报名: { zh: '报头名称，如“学习简报”', en: 'the masthead name' },
  期号: { zh: '期号，如“第3期”', en: 'the issue, e.g. 第3期' },
  单位: { zh: '编发单位', en: 'the issuing unit' },
  日期: { zh: '日期，如“2024年7月1日”', en: 'the date' },
  报送: { zh: '版记“报”', en: '版记: reported to' },
  抄送: { zh: '版记“送”', en: '版记: copied to' },
  印发: { zh: '版记“发”', en: '版记: sent to' },
  份数: { zh: '共印份数', en: 'print run' },
  署名: { zh: '文末署名', en: 'the signature' },
  成文日期: { zh: '文末成文日期', en: 'the closing date' },
} as const;
export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;
const KNOWN = Object.keys(TEMPLATE_PLACEHOLDERS) as TemplatePlaceholder[];

export type TemplateErrorCode = 'TEMPLATE_NO_BODY';

/** A template the briefing cannot be written into; a damaged .docx is an ImportError (DOCX_CORRUPT, ZIP_BOMB …). */
export class TemplateError extends Error {
  readonly messages: { zh: string; en: string };
  constructor(
    readonly code: TemplateErrorCode,
    found: readonly string[],
  ) {
    const list = KNOWN.map((k) => `{{${k}}}`).join(' ');
    const had = found.length ? found.map((k) => `{{${k}}}`).join(' ') : '';
    const zh = `这个 Word 模板里没有 {{正文}} 占位符${had ? `（只找到 ${had}）` : '（没有任何占位符）'}，简报正文无处可放。请在 Word/WPS 中打开模板，在正文位置单独一段输入 {{正文}}；还可使用：${list}。`;
    const en = `This Word template has no {{正文}} placeholder${had ? ` (only ${had})` : ' (no placeholders at all)'}, so the briefing text has nowhere to go. Open it in Word/WPS and type {{正文}} as a paragraph of its own where the text belongs; the others you may use: ${list}.`;
    super(`${zh} / ${en}`);
    this.name = 'TemplateError';
    this.messages = { zh, en };
  }
}

export interface TemplateInfo {
  /** Placeholders the template holds that the app fills, in the template's order. */
  placeholders: TemplatePlaceholder[];
  /** Placeholders it holds that the app does not know (left as written). */
  unknown: string[];
}

/**
 * Check a template before it is kept or used: a real, unencrypted, sane .docx
 * (the importer's zip guards) holding {{正文}}. Throws ImportError or TemplateError.
 */
export async function inspectWordTemplate(bytes: Uint8Array): Promise<TemplateInfo> {
  if (bytes.length > MAX_INPUT_BYTES) throw new ImportError('TOO_LARGE', `${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  const summary = inspectZip(bytes);
  assertDocx(summary);
  assertSizesHonest(bytes, summary);
  let keys: readonly string[];
  try {
    keys = await patchDetector({ data: bytes, trimPlaceholders: true });
  } catch (e) {
    throw new ImportError('DOCX_CORRUPT', e instanceof Error ? e.message.slice(0, 80) : '');
  }
  const unique = [...new Set(keys)];
  const placeholders = unique.filter((k): k is TemplatePlaceholder => (KNOWN as string[]).includes(k));
  if (!placeholders.includes('正文')) throw new TemplateError('TEMPLATE_NO_BODY', unique);
  return { placeholders, unknown: unique.filter((k) => !(KNOWN as string[]).includes(k)) };
}

function issueText(issue: string | number | undefined): string {
  if (issue === undefined || String(issue).trim() === '') return '';
  const t = String(issue).trim();
  return /^(?:总?第).*期/.test(t) ? t : `第${t}期`;
}

/** The text each placeholder receives (empty when the user gave nothing: the placeholder disappears). */
export function placeholderValues(deck: Deck, o: ExportOptions): Record<Exclude<TemplatePlaceholder, '正文'>, string> {
  const closing = (kind: 'signature' | 'date') =>
    (deck.meta.closing ?? [])
      .filter((c) => c.kind === kind)
      .map((c) => c.text.trim())
      .join(' ');
  const d = o.distribution;
  return {
    标题: plainText(deck.meta.title),
    简报名: o.header?.name ?? '',
    期号: issueText(o.header?.issue),
    单位: o.header?.unit?.trim() ?? '',
    日期: o.header?.date ? formatChineseDate(o.header.date) : '',
    报送: d?.report?.trim() ?? '',
    抄送: d?.copyTo?.trim() ?? '',
    印发: d?.sendTo?.trim() ?? '',
    份数: d?.copies ? String(d.copies) : '',
    署名: closing('signature'),
    成文日期: closing('date'),
  };
}

const STYLE_BLOCK = /<w:style\b[^>]*\bw:styleId="([^"]+)"[\s\S]*?<\/w:style>/g;

/**
 * Add the briefing's paragraph styles to the template's styles.xml, except those
 * the template defines itself (a unit that made its own 简报正文 style keeps it).
 */
async function mergeBriefingStyles(patched: Uint8Array, o: ExportOptions): Promise<Uint8Array> {
  const s = resolveDocxStyle(o.style, o.fonts);
  const ours = await JSZip.loadAsync(await Packer.pack(new Document({ styles: docxStyles(s), sections: [{ children: [] }] }), 'uint8array'));
  const oursXml = (await ours.file('word/styles.xml')?.async('string')) ?? '';
  const wanted = new Set<string>(Object.values(STYLE));
  const zip = await JSZip.loadAsync(patched);
  const file = zip.file('word/styles.xml');
  let xml = file ? await file.async('string') : null;
  if (xml === null) {
    // A template without a styles part: give it ours whole.
    zip.file('word/styles.xml', oursXml);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
  const theirs = new Set([...xml.matchAll(STYLE_BLOCK)].map((m) => m[1]));
  const added: string[] = [];
  for (const m of oursXml.matchAll(STYLE_BLOCK)) {
    const id = m[1]!;
    if (wanted.has(id) && !theirs.has(id)) added.push(m[0]);
  }
  xml = xml.replace('</w:styles>', added.join('') + '</w:styles>');
  if (s.grid) for (const id of offGridStyleIds(s)) if (!theirs.has(id)) xml = addParagraphOffGrid(xml, id);
  zip.file('word/styles.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The briefing written into a Word template: .docx bytes. */
export async function fillWordTemplate(template: Uint8Array, deck: Deck, options?: ExportOptionsInput, resources: ExportResources = {}): Promise<Uint8Array> {
  const o = resolveExportOptions({ ...options, format: 'docx' });
  const info = await inspectWordTemplate(template);
  const values = placeholderValues(deck, o);
  const text = (v: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(v)] });
  const patches: Record<string, IPatch> = {};
  for (const [k, v] of Object.entries(values)) patches[k] = text(v);
  // The title lives in the template's {{标题}} when it has one; otherwise it opens the text.
  patches['正文'] = { type: PatchType.DOCUMENT, children: briefingBody(deck, o, resources, info.placeholders.includes('标题')) };
  const patched = await patchDocument({
    outputType: 'uint8array',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    properties: { title: values.标题, creator: '简报工坊' },
  });
  return mergeBriefingStyles(patched, o);
}
