/**
 * The body of one article → lead paragraphs, sections with levels, extras.
 *
 * Levels come from the kinds of heading the article actually uses, ranked in the
 * customary order (Markdown/Word levels, 第X部分, bare 小标题, 一、, （一）, 1.,
 * （1）), and follow nesting as read: a heading sits one level below the nearest
 * open heading of a higher rank (capped at 4). So "（一）" is level 2 under "一、"
 * but level 1 in a report that starts at "（一）", and "1." is level 2 straight
 * under "三、" but level 3 under "（一）". An unmarked line numbered like the
 * Word/Markdown headings around it ("三、保障措施" in bold) is their peer.
 *
 * Lead-sentence sections. Reports in this genre open consecutive paragraphs with
 * a parallel lead sentence ("在万亿之城再出发中提升贡献度。坚持……",
 * "一是……。", "（一）坚持项目支撑、招商赋能，经济基础更加坚实。……"). Those
 * lead sentences are the points a study session talks through, so each becomes a
 * section of its own: heading = the lead sentence as written, first paragraph =
 * the rest. Decision for the sample: the three "始终把" headings stay level 1 and
 * the parallel leads under them ("在…中提升贡献度。", "理论学习当“笃行”。",
 * "构建城乡融合新格局。") become level-2 sections beneath them, as the issue's
 * rule says ("one level below the enclosing heading"). A paragraph that follows
 * such a group without a lead of its own (the closing "2024年是……" paragraph)
 * stays with the last sub-section: the flat section list has no way back up to
 * the enclosing heading, and moving text out of order would break the
 * nothing-lost guarantee. A single short first sentence is not a group: the
 * parallelism is what makes it a point ("事业发展，关键在人。" stays body).
 */
import { extraOf, type Line } from './classify';
import type { Extra, Section } from './types';
import { SHORT_SUBHEADING } from './front-matter';
import { FIRST_ORDINAL, HEADING_RANK, numberingOf, ORDINAL_LEAD } from './patterns';
import { endsTerminal, isHan, splitLead } from './text-shape';

type Item =
  | { h: string; type: string }
  | { p: string }
  | { x: Extra };

/** Longest lead sentence of an unnumbered parallel paragraph, and of a numbered one. */
const MAX_PARALLEL_LEAD = 32;
const MAX_NUMBERED_LEAD = 60;

/**
 * A numbered line that is only a heading ("一、活动时间", "（一）常态学习。")
 * heads a section only when something follows it that it could head: not the
 * end, not furniture. Consecutive items of one scheme with nothing between are
 * a list ("1.第一项。" "2.第二项。"), and the run stays together as paragraphs.
 */
function sameScheme(a: Line | undefined, b: Line | undefined): boolean {
  return a?.kind === 'numbered' && b?.kind === 'numbered' && a.numbering!.type === b.numbering!.type;
}

function listItems(lines: Line[]): boolean[] {
  const list: boolean[] = [];
  lines.forEach((l, i) => {
    list[i] = sameScheme(l, lines[i + 1]) || (sameScheme(lines[i - 1], l) && list[i - 1]!);
  });
  return list;
}

function headsSomething(lines: Line[], i: number, list: boolean[]): boolean {
  const next = lines[i + 1];
  return !!next && next.kind !== 'extra' && !list[i];
}

/** A short line standing alone between paragraphs, with `minLength` characters at least. */
function standsAlone(lines: Line[], i: number, minLength: number): boolean {
  const l = lines[i]!;
  const next = lines[i + 1];
  if (!next) return false;
  const prev = lines[i - 1];
  const prevEnds = !prev || prev.kind === 'marked' || prev.kind === 'extra' || endsTerminal(prev.text) || prev.strict;
  const nextIsBody = next.kind === 'body' || next.kind === 'ordinal' || (next.kind === 'numbered' && !next.loose);
  return l.strict && l.text.length >= minLength && l.text.length <= 24 && prevEnds && nextIsBody;
}

/**
 * Bare 小标题. Two or three characters ("结语", "前言") are a heading when they
 * stand alone like the article's other 小标题, or are one of the usual names.
 */
function isBareHeading(lines: Line[], i: number, parallel: Set<Line>, hasPeers: boolean): boolean {
  const l = lines[i]!;
  if (!lines[i + 1] || l.role) return false;
  if (l.couplet || l.bold || parallel.has(l)) return true;
  // 结语 / 结束语 / 引言 close or open a commentary as 小标题 of their own.
  if (SHORT_SUBHEADING.test(l.text)) return true;
  if (standsAlone(lines, i, 4)) return true;
  return (hasPeers || SHORT_SUBHEADING.test(l.text)) && l.text.replace(/\s/g, '').length >= 2 && standsAlone(lines, i, 2);
}

/** The heading type of a line, as its numbered peer among the marked headings when it has one. */
function typeOf(peer: Map<string, string>, text: string, fallback: string): string {
  const n = numberingOf(text);
  return (n && peer.get(n.type)) ?? fallback;
}

function lineItems(lines: Line[], parallel: Set<Line>): Item[] {
  const items: Item[] = [];
  const list = listItems(lines);
  // When marked headings carry numbering ("Heading 1: 一、总体要求"), an unmarked
  // line with the same numbering ("三、保障措施" in bold) is their peer.
  const peer = new Map<string, string>();
  for (const l of lines) {
    const n = l.kind === 'marked' ? numberingOf(l.text) : null;
    if (n && !peer.has(n.type)) peer.set(n.type, `m${l.marked}`);
  }
  // Whether the article has 小标题 of the usual length, which short ones may stand beside.
  const hasPeers = lines.some((l, i) => l.kind === 'short' && (l.couplet || l.bold || parallel.has(l) || standsAlone(lines, i, 4)));
  lines.forEach((l, i) => {
    switch (l.kind) {
      case 'extra':
        items.push({ x: extraOf(l) });
        return;
      case 'marked':
        items.push({ h: l.text, type: `m${l.marked}` });
        return;
      case 'numbered': {
        const type = typeOf(peer, l.text, l.numbering!.type);
        if (l.loose) {
          if (!headsSomething(lines, i, list)) break;
          items.push({ h: l.text, type });
          return;
        }
        const split = splitLead(l.text, MAX_NUMBERED_LEAD);
        if (split) {
          items.push({ h: split[0], type }, { p: split[1] });
          return;
        }
        if (l.text.length <= MAX_NUMBERED_LEAD && headsSomething(lines, i, list)) {
          items.push({ h: l.text, type });
          return;
        }
        break;
      }
      case 'short':
        if (isBareHeading(lines, i, parallel, hasPeers)) {
          items.push({ h: l.text, type: typeOf(peer, l.text, l.bold ? 'bold' : 'bare') });
          return;
        }
        break;
      default:
        break;
    }
    items.push({ p: l.text });
  });
  return items;
}

function lastHan(s: string): string | undefined {
  for (let i = s.length - 1; i >= 0; i--) if (isHan(s[i])) return s[i];
  return undefined;
}

function similar(a: string, b: string): number {
  return (a[0] === b[0] ? 1 : 0) + (lastHan(a) === lastHan(b) ? 1 : 0) + (Math.abs(a.length - b.length) <= 1 ? 1 : 0);
}

function leadOf(p: string): [string, string] | null {
  const s = splitLead(p, MAX_PARALLEL_LEAD);
  if (!s || /^[“"「‘'（(\d０-９]/.test(s[0])) return null;
  return s;
}

/** Replace paragraphs that open a parallel run with a lead heading and the rest. */
function promoteLeads(items: Item[]): Item[] {
  const out: Item[] = [];
  let i = 0;
  while (i < items.length) {
    const it = items[i]!;
    if (!('p' in it)) {
      out.push(it);
      i++;
      continue;
    }
    // "一是……。二是……。" opening consecutive paragraphs.
    if (FIRST_ORDINAL.test(it.p)) {
      let j = i;
      while (j < items.length && 'p' in items[j]! && ORDINAL_LEAD.test((items[j] as { p: string }).p)) j++;
      if (j - i >= 2) {
        for (let k = i; k < j; k++) {
          const p = (items[k] as { p: string }).p;
          const s = splitLead(p, MAX_NUMBERED_LEAD);
          if (s) out.push({ h: s[0], type: 'lead' }, { p: s[1] });
          else out.push({ p });
        }
        i = j;
        continue;
      }
    }
    // Unnumbered parallel leads: "在……中提升贡献度。" "在……中扩大首位度。"
    const leads: Array<[string, string]> = [];
    let j = i;
    while (j < items.length && 'p' in items[j]!) {
      const s = leadOf((items[j] as { p: string }).p);
      if (!s) break;
      if (leads.length && similar(leads[leads.length - 1]![0], s[0]) === 0) break;
      leads.push(s);
      j++;
    }
    const ok = leads.length >= 3 || (leads.length === 2 && similar(leads[0]![0], leads[1]![0]) >= 2);
    if (ok) {
      for (const [h, p] of leads) out.push({ h, type: 'lead' }, { p });
      i = j;
    } else {
      out.push(it);
      i++;
    }
  }
  return out;
}

export interface Body {
  lead: string[];
  sections: Section[];
  extras: Extra[];
}

type Level = Section['level'];

/** The level of a heading kind, with `stack` the ranks of the headings open above it (updated). */
function levelOf(stack: number[], type: string): Level {
  const rank = HEADING_RANK.indexOf(type);
  while (stack.length && stack[stack.length - 1]! >= rank) stack.pop();
  stack.push(rank);
  return Math.min(4, stack.length) as Level;
}

export function buildBody(lines: Line[], parallel: Set<Line>): Body {
  const items = promoteLeads(lineItems(lines, parallel));
  // Levels follow nesting as read: a kind of heading sits one below the nearest
  // enclosing heading of a higher rank, so "1." is level 2 straight under "三、"
  // and level 3 under "（一）".
  const stack: number[] = [];
  const body: Body = { lead: [], sections: [], extras: [] };
  let enclosing = 0;
  let current: Section | null = null;
  for (const it of items) {
    if ('x' in it) body.extras.push(it.x);
    else if ('h' in it) {
      const level = it.type === 'lead' ? (Math.min(4, enclosing + 1) as Level) : levelOf(stack, it.type);
      if (it.type !== 'lead') enclosing = level;
      current = { heading: it.h, level, paragraphs: [] };
      body.sections.push(current);
    } else if (current) current.paragraphs.push(it.p);
    else body.lead.push(it.p);
  }
  return body;
}
