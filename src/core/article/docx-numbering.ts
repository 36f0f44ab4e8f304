/**
 * Word's automatic numbering as the text a reader sees. A heading numbered by
 * Word or WPS ("一、" from a list level, not typed) has no number in the
 * paragraph's text; the importer keeps the author's numbering as written, so it
 * is rebuilt here from word/numbering.xml: each level's format (一 / 1 / ① /
 * 甲 …), its text pattern ("%1、", "（%2）", "%1.%2") and its start, counted per
 * list as Word counts (a level restarts when a level above it moves on).
 */
import { chineseNumber } from '../deck/chinese-numbers';
import { child, parseXml, type XmlElement } from './xml-tree';

export interface LevelDef {
  /** w:numFmt, e.g. "decimal", "chineseCounting", "bullet". */
  format: string;
  /** w:lvlText, e.g. "%1、". */
  text: string;
  start: number;
}

export interface NumberingDefs {
  /** w:num id → its levels (the abstract list's, with any level overrides applied). */
  lists: Map<string, LevelDef[]>;
  /** w:num id → the abstract list it counts with (lists sharing one continue each other's count). */
  abstractOf: Map<string, string>;
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function letters(n: number, upper: boolean): string {
  // Word repeats the letter past Z: AA, BB …
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** One counter value in a level's format; null for formats that show no number (bullets, none). */
export function formatCounter(format: string, n: number): string | null {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(n);
    case 'chineseLegalSimplified':
      return chineseNumber(n).replace(/[零一二三四五六七八九]/gu, (d) => LEGAL['零一二三四五六七八九'.indexOf(d)]!).replace(/十/gu, '拾').replace(/百/gu, '佰');
    case 'ideographTraditional':
      return STEMS[(n - 1) % STEMS.length]!;
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % BRANCHES.length]!;
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return null;
    default:
      return String(n);
  }
}

/** Counts numbered paragraphs in document order and gives each its number as shown. */
export class NumberingCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly defs: NumberingDefs) {}

  /** The number text of the next paragraph in list `numId` at level `ilvl`, or null (no number shown). */
  next(numId: string, ilvl: number): string | null {
    const levels = this.defs.lists.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || numId === '0') return null;
    const key = this.defs.abstractOf.get(numId) ?? numId;
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = []));
    c[ilvl] = c[ilvl] === undefined ? level.start : c[ilvl]! + 1;
    // A level moving on restarts every level under it.
    c.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return null;
    let missing = false;
    const text = level.text.replace(/%([1-9])/gu, (_, d: string) => {
      const i = Number(d) - 1;
      const def = levels[i];
      const v = i === ilvl ? c[ilvl]! : (c[i] ?? def?.start);
      if (v === undefined || !def) {
        missing = true;
        return '';
      }
      return formatCounter(i === ilvl ? level.format : def.format, v) ?? '';
    });
    return missing || text.trim() === '' ? null : text;
  }
}

/** A paragraph's place in a list: w:numPr's w:numId and w:ilvl. */
export interface NumPr {
  numId?: string;
  ilvl?: number;
}

const attr = (el: XmlElement | undefined, name = 'w:val'): string | undefined => el?.attrs[name];

function levelsOf(el: XmlElement, into: LevelDef[] = []): LevelDef[] {
  for (const lvl of el.children) {
    if (typeof lvl === 'string' || lvl.name !== 'w:lvl') continue;
    const i = Number(attr(lvl, 'w:ilvl'));
    if (!(i >= 0 && i < 9)) continue;
    const start = Number(attr(child(lvl, 'w:start')) ?? '1');
    into[i] = { format: attr(child(lvl, 'w:numFmt')) ?? 'decimal', text: attr(child(lvl, 'w:lvlText')) ?? '', start: Number.isFinite(start) ? start : 1 };
  }
  return into;
}

/** word/numbering.xml read into list definitions; empty when the part is missing, null when it can't be read. */
export function readNumbering(xml: string | null): NumberingDefs | null {
  const defs: NumberingDefs = { lists: new Map(), abstractOf: new Map() };
  if (xml === null) return defs;
  const root = parseXml(xml);
  if (!root || root.name !== 'w:numbering') return null;
  const abstracts = new Map<string, LevelDef[]>();
  for (const el of root.children) {
    if (typeof el !== 'string' && el.name === 'w:abstractNum') {
      const id = attr(el, 'w:abstractNumId');
      if (id !== undefined) abstracts.set(id, levelsOf(el));
    }
  }
  for (const el of root.children) {
    if (typeof el === 'string' || el.name !== 'w:num') continue;
    const id = attr(el, 'w:numId');
    const abstractId = attr(child(el, 'w:abstractNumId'));
    const base = abstractId !== undefined ? abstracts.get(abstractId) : undefined;
    if (id === undefined || !base) continue;
    const levels = [...base];
    let overridden = false;
    for (const o of el.children) {
      if (typeof o === 'string' || o.name !== 'w:lvlOverride') continue;
      const i = Number(attr(o, 'w:ilvl'));
      if (!(i >= 0 && i < 9)) continue;
      overridden = true;
      const start = attr(child(o, 'w:startOverride'));
      if (levels[i] && start !== undefined) levels[i] = { ...levels[i]!, start: Number(start) || 1 };
      const own = child(o, 'w:lvl');
      if (own) levelsOf({ ...o, children: [own] }, levels);
    }
    defs.lists.set(id, levels);
    // Lists on one abstract definition count on from each other unless one restarts its own.
    if (!overridden) defs.abstractOf.set(id, abstractId!);
  }
  return defs;
}

/** w:numPr of a w:pPr, as written (either part may be missing and come from the style). */
export function numPrOf(pPr: XmlElement | undefined): NumPr | null {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return null;
  const numId = attr(child(numPr, 'w:numId'));
  const ilvl = attr(child(numPr, 'w:ilvl'));
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl: Number(ilvl) || 0 } : {}) };
}

/** The number as it joins the paragraph's text: "一、" and "（1）" run on; "第3章" or "1.1" gets a space. */
export function numberPrefix(text: string): string {
  return /[\p{L}\p{N}]$/u.test(text) ? `${text} ` : text;
}
