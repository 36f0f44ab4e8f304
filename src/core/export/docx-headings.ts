/**
 * Headings in the Word briefing, as the author wrote them. The font follows the
 * GB/T 9704 level the heading's own numbering names (一、 黑体, （一） 楷体,
 * 1. 仿宋 bold, （1） 仿宋); a heading without numbering (a bare 小标题, an
 * 一是 lead) takes the level it has in the article. Nothing is renumbered; only
 * when the user asks (numberPoints) does a bare heading get a number.
 */
import { Paragraph } from 'docx';
import type { TextRun } from 'docx';
import type { DocxStyleSet, TextStyle } from './docx-styles';
import { STYLE, styledRun, textRuns } from './docx-paragraphs';
import { chineseNumber } from '../deck/chinese-numbers';
import type { OutlineLevel, OutlineSection } from './deck-to-outline';

const CN = '[一二三四五六七八九十百零〇]';
const SCHEMES: Array<[RegExp, OutlineLevel]> = [
  [new RegExp(`^${CN}{1,3}[、．.]`), 1],
  [new RegExp(`^[（(]${CN}{1,3}[）)]`), 2],
  [/^[0-9０-９]{1,2}[.．、](?![0-9０-９])/, 3],
  [/^[（(][0-9０-９]{1,2}[）)]/, 4],
];

/** The level a heading's own numbering names, null for a bare heading or an 一是 lead. */
export function numberingLevel(heading: string): OutlineLevel | null {
  const h = heading.trim();
  for (const [re, level] of SCHEMES) if (re.test(h)) return level;
  return null;
}

const ORDINAL_LEAD = /^[一二三四五六七八九十]{1,2}是/u;

/**
 * The GB/T 9704 level whose font a heading is set in. An 一是/二是 lead is set
 * like （一） (楷体) wherever it stands: it is never a 一、 heading.
 */
export function styleLevel(sec: Pick<OutlineSection, 'heading' | 'level'>): OutlineLevel {
  return numberingLevel(sec.heading) ?? (ORDINAL_LEAD.test(sec.heading.trim()) ? (Math.max(2, sec.level) as OutlineLevel) : sec.level);
}

export function headingStyleId(level: OutlineLevel): string {
  return [STYLE.heading1, STYLE.heading2, STYLE.heading3, STYLE.heading4][level - 1]!;
}

export function headingTextStyle(s: DocxStyleSet, level: OutlineLevel): TextStyle {
  return [s.heading1, s.heading2, s.heading3, s.heading4][level - 1]!;
}

function numberFor(level: OutlineLevel, n: number): string {
  return [`${chineseNumber(n)}、`, `（${chineseNumber(n)}）`, `${n}.`, `（${n}）`][level - 1]!;
}

/**
 * Numbers for bare headings, only when the user asked for them (numberPoints).
 * A heading with numbering, or an 一是/二是 lead, is left as it is.
 */
export class HeadingNumbers {
  private counters = [0, 0, 0, 0, 0];
  constructor(private readonly on: boolean) {}
  label(sec: Pick<OutlineSection, 'heading' | 'level'>): string {
    const level = sec.level;
    this.counters[level]!++;
    for (let l = level + 1; l < this.counters.length; l++) this.counters[l] = 0;
    const bare = numberingLevel(sec.heading) === null && !/^[一二三四五六七八九十]{1,2}是/.test(sec.heading.trim());
    return this.on && bare ? numberFor(level, this.counters[level]!) + sec.heading : sec.heading;
  }
}

/** A heading on its own line, in its level's style, kept with what follows. */
export function headingParagraph(s: DocxStyleSet, sec: OutlineSection, text: string): Paragraph {
  return new Paragraph({
    style: headingStyleId(styleLevel(sec)),
    // The navigation pane's tree follows the article's nesting.
    outlineLevel: sec.level - 1,
    keepNext: true,
    children: textRuns(s, text),
  });
}

const CLOSE = /^[。！？!?；;：:…]*[”’」』）)]*/u;

/** A topic sentence set inline ends with a full stop, as it did in the article. */
export function asSentence(text: string): string {
  // A closing quote ends a sentence only after a stop: 理论学习当“笃行” needs its 。.
  return /(?:[。！？]|[。！？]”)$/u.test(text) ? text : `${text}。`;
}

/**
 * A run-in heading and the rest of its paragraph. The notes hold the whole
 * source paragraph, heading included: the heading is taken from there with its
 * own punctuation, so it is printed once and as written.
 */
export function splitRunIn(heading: string, paragraph: string | undefined): { lead: string; after: string } {
  const p = paragraph ?? '';
  const h = heading.trim();
  if (h && p.startsWith(h)) {
    const lead = h + CLOSE.exec(p.slice(h.length))![0];
    return { lead: /[。！？!?；;：:…”’」』）)]$/u.test(lead) ? lead : asSentence(lead), after: p.slice(lead.length) };
  }
  return { lead: asSentence(h), after: p };
}

/** "（一）heading。" in its level's font at the start of a body paragraph, then the text. */
export function runInChildren(s: DocxStyleSet, level: OutlineLevel, lead: string, after: string): TextRun[] {
  return [styledRun(s, headingTextStyle(s, level), lead), ...textRuns(s, after)];
}
