/**
 * Text runs for the PowerPoint export: inline Markdown → pptxgenjs runs with the
 * emphasis colours of the background they sit on (content page, hero page, title
 * band, card — each pair keeps WCAG AA), and titles cut into balanced lines at
 * word boundaries (PowerPoint balances nothing; see render/title-breaks.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import { balanceTitle } from '../render/title-breaks';
import { parseInline } from '../deck/inline-text';

export type TextRun = PptxGenJS.TextProps;

export const LANG = 'zh-CN';

/** The colours text takes on one background. */
export interface Ink {
  text: string;
  term: string;
  figure: string;
  font: string;
  /** Terms underlined as well as coloured (high contrast: never colour alone). */
  underlineTerms?: boolean;
}

/** Inline Markdown → runs: figures (bold) and quoted terms (italic) in their colours, bold. */
export function runs(md: string, ink: Ink, base: PptxGenJS.TextPropsOptions = {}): TextRun[] {
  return parseInline(md).map((r) => ({
    text: r.text,
    options: {
      color: ink.text,
      ...base,
      fontFace: base.fontFace ?? ink.font,
      lang: LANG,
      ...(r.bold ? { bold: true, color: ink.figure } : {}),
      ...(r.italic ? { bold: true, color: ink.term, ...(ink.underlineTerms ? { underline: { style: 'sng' as const } } : {}) } : {}),
    },
  }));
}

/**
 * One paragraph. pptxgenjs starts a new paragraph at every run that carries
 * `bullet`, so paragraph options (bullet, level, spacing) go on the first run
 * only; a line break after the last run ends the paragraph.
 */
export function paragraph(md: string, ink: Ink, para: PptxGenJS.TextPropsOptions, run: PptxGenJS.TextPropsOptions = {}): TextRun[] {
  const rs = runs(md, ink, run);
  if (rs.length === 0) rs.push({ text: '', options: { ...run, lang: LANG } });
  rs[0]!.options = { ...rs[0]!.options, ...para };
  rs[rs.length - 1]!.options = { ...rs[rs.length - 1]!.options, breakLine: true };
  return rs;
}

/**
 * A title as runs broken into balanced lines: `widthPx / fontPx` characters a line
 * at most, breaks only between words, the lines as even as they can be. The text is
 * unchanged (the breaks are soft line breaks inside one paragraph).
 */
export function titleRuns(md: string, ink: Ink, fontPx: number, widthPx: number, base: PptxGenJS.TextPropsOptions = {}): TextRun[] {
  const rs = runs(md, ink, base);
  const plain = rs.map((r) => r.text ?? '').join('');
  // A little slack: the box has insets and letter spacing.
  const lines = balanceTitle(plain, Math.max(4, Math.floor((widthPx - 24) / (fontPx * 1.04))));
  if (lines.length < 2) return rs;
  const cuts = new Set<number>();
  let at = 0;
  for (const l of lines.slice(0, -1)) cuts.add((at += l.length));
  // Each line after the first starts with a soft break (<a:br/>): one paragraph, as typed.
  const out: TextRun[] = [];
  let pos = 0;
  for (const r of rs) {
    const text = r.text ?? '';
    let start = 0;
    for (let k = 1; k < text.length; k++) {
      if (!cuts.has(pos + k)) continue;
      out.push({ text: text.slice(start, k), options: { ...r.options, ...(start > 0 || cuts.has(pos) ? { softBreakBefore: true } : {}) } });
      start = k;
    }
    const lineStart = start > 0 || (pos > 0 && cuts.has(pos));
    out.push({ text: text.slice(start), options: { ...r.options, ...(lineStart ? { softBreakBefore: true } : {}) } });
    pos += text.length;
  }
  // A space where a line breaks is not needed any more (以实干为民谋福 / 用实绩书写答卷).
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.options?.softBreakBefore) {
      r.text = (r.text ?? '').trimStart();
      if (i > 0) out[i - 1]!.text = (out[i - 1]!.text ?? '').trimEnd();
    }
  }
  return out;
}
