/**
 * Blocks → articles. Finds where each article starts (a title marked as such, or
 * a short line followed by a byline), then per article the 引题/title/副题,
 * byline, body and the furniture around it. Every block ends up in exactly one
 * field, in source order within its stream (body vs. extras), which is what the
 * nothing-lost property test checks.
 */
import type { Block } from './block';
import { classify, extraOf, type Line } from './classify';
import { EDITOR_NOTE, isAttachmentLabel, isDateOnlyLine, isMeetingLine, SHORT_SUBHEADING, titleInMetaRow } from './front-matter';
import { markMasthead } from './masthead';
import { BYLINE_PREFIX, BYLINE_SUFFIX, ISSUER, isNameLine, numberingOf } from './patterns';
import { normalisePunctuation } from './punctuation';
import { parallelHeadings, rejoinBreaks } from './repair';
import { endsTerminal } from './text-shape';
import { buildBody } from './sections';
import { splitClosing } from './closing';
import type { Article, Extra, Repair } from './types';

export type SourceKind = 'text' | 'markdown' | 'docx' | 'pdf' | 'html';

interface Segment {
  lines: Line[];
  /** Index of the title line in `lines`, when the start detection found one. */
  title: number | null;
}

function normaliseBlocks(blocks: Block[], repairs: Repair[]): Block[] {
  return blocks.map((b) => {
    const n = normalisePunctuation(b.text);
    if (!n.count) return b;
    const from = Math.max(0, n.first - 6);
    repairs.push({
      kind: 'punctuation',
      at: `${n.text.slice(from, n.first + 7)}${n.count > 1 ? `（本段共 ${n.count} 处）` : ''}`,
      // Marks are replaced one for one, so the same offsets cut the same stretch of the original.
      before: b.text.slice(from, n.first + 7),
      after: n.text.slice(from, n.first + 7),
    });
    return { ...b, text: n.text };
  });
}

/** A 编者按 paragraph (or the label alone on its line, its text below). */
function isEditorNote(l: Line): boolean {
  return l.kind === 'body' && EDITOR_NOTE.test(l.text);
}

function isSubtitleLine(l: Line): boolean {
  return l.role === 'subtitle' || /^[—–-]{1,2}\s*\S/.test(l.text) || isMeetingLine(l.text);
}

/** A meeting line set over two lines: a date above "在…会议上", or "在…" broken before its end. */
function twoLineMeeting(a: Line | undefined, b: Line | undefined): boolean {
  if (!a || !b || b.gap) return false;
  return (isDateOnlyLine(a.text) && isMeetingLine(b.text)) || (/^[（(]?\s*在/.test(a.text) && !isMeetingLine(a.text) && isMeetingLine(a.text + b.text));
}

interface StartContext {
  source: SourceKind;
  /** The file is a 简报 (it opened with a masthead): its items are articles. */
  briefing: boolean;
  parallel: Set<Line>;
}

/**
 * An item of a 简报: a title-like line after a finished paragraph (or a column
 * label), with body text under it. Lines read as parallel 小标题 stay headings.
 */
function isBriefingItemTitle(lines: Line[], i: number, parallel: Set<Line>): boolean {
  const [prev, l, next] = [lines[i - 1], lines[i]!, lines[i + 1]];
  if (!prev || !next || l.kind !== 'short' || !l.strict || l.role || parallel.has(l) || l.text.length < 6) return false;
  const prevEnds = prev.kind === 'extra' || (prev.kind === 'body' && endsTerminal(prev.text));
  return prevEnds && (next.kind === 'body' || next.kind === 'ordinal' || next.kind === 'byline');
}

/** Indices where articles start, each with the index of its title. */
function findStarts(lines: Line[], ctx: StartContext): Array<{ start: number; title: number }> {
  const { source } = ctx;
  const titles = new Set<number>();
  lines.forEach((l, i) => l.role === 'title' && titles.add(i));

  // Markdown-style "#" titles above "##" sections (the sample): only for text
  // and Markdown; in Word, Heading 1 is a section and titles use the Title
  // style, and a web page's title is found by its reader.
  if (source === 'text' || source === 'markdown') {
    const marked: Array<readonly [Line, number]> = [];
    lines.forEach((l, i) => l.kind === 'marked' && marked.push([l, i]));
    const top = Math.min(...marked.map(([l]) => l.marked!));
    const tops = marked.filter(([l]) => l.marked === top);
    const deeper = marked.some(([l]) => l.marked! > top);
    const numbered = tops.some(([l]) => numberingOf(l.text) !== null);
    if (tops.length && !numbered && (deeper || (tops.length === 1 && tops[0]![1] === firstContent(lines)))) {
      for (const [, i] of tops) titles.add(i);
    }
  }

  // A short line followed by a byline (possibly with a 副题 or a second title
  // line between) starts an article: how e-paper pages and pasted news read.
  // So does a title set over two lines right after the end of another story.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'short' || !l.loose || titles.has(i - 1)) continue;
    const n1 = lines[i + 1];
    const n2 = lines[i + 2];
    if (n1?.kind === 'byline' || (n1 && n2?.kind === 'byline' && (isSubtitleLine(n1) || (n1.kind === 'short' && n1.strict)))) titles.add(i);
    else if (i > 0 && isTwoLineTitle(lines, i) && (lines[i - 1]!.kind === 'extra' || endsTerminal(lines[i - 1]!.text))) titles.add(i);
    else if (ctx.briefing && isBriefingItemTitle(lines, i, ctx.parallel)) titles.add(i);
  }
  // A notice's attachment: "附件1" alone, then the attachment's own title.
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (l.kind === 'extra' && isAttachmentLabel(l.text) && next && next.kind !== 'extra' && next.kind !== 'body') titles.add(i + 1);
  });

  const starts: Array<{ start: number; title: number }> = [];
  for (const t of [...titles].sort((a, b) => a - b)) {
    if (starts.length && t === starts[starts.length - 1]!.title + 1) continue;
    // A short line glued to the title above it is its 引题.
    const above = lines[t - 1];
    const kicker = above && above.kind === 'short' && above.strict && !above.role && !lines[t]!.gap && !titles.has(t - 1);
    const start = kicker || (above && above.kind === 'extra' && isAttachmentLabel(above.text)) ? t - 1 : t;
    starts.push({ start, title: t });
  }
  return starts;
}

/** "春耕备耕正当时" / "田间地头农事忙" over body text: one title on two lines. */
function isTwoLineTitle(lines: Line[], i: number): boolean {
  const [a, b, c] = [lines[i], lines[i + 1], lines[i + 2]];
  return !!(a && b && c && a.kind === 'short' && a.strict && !a.role && b.kind === 'short' && b.strict && !b.gap && !a.couplet && !b.couplet && c.kind !== 'short' && c.kind !== 'marked');
}

function firstContent(lines: Line[]): number {
  return lines.findIndex((l) => l.kind !== 'extra');
}

function segment(lines: Line[], ctx: StartContext): Segment[] {
  const starts = findStarts(lines, ctx);
  const segs: Segment[] = [];
  const firstStart = starts[0]?.start ?? lines.length;
  const prefix = lines.slice(0, firstStart);
  // A 编者按 above the first title (a 简报 opening its item with the editor's note),
  // with the paragraphs that continue it, belongs to that item.
  const note = prefix.findIndex(isEditorNote);
  const prefixHasBody = prefix.some((l, i) => l.kind !== 'extra' && l.kind !== 'short' && !(note >= 0 && i >= note && l.kind === 'body'));
  if (prefix.length && (prefixHasBody || !starts.length)) segs.push({ lines: prefix, title: null });
  starts.forEach((s, k) => {
    const from = k === 0 && !prefixHasBody ? 0 : s.start;
    const to = starts[k + 1]?.start ?? lines.length;
    segs.push({ lines: lines.slice(from, to), title: s.title - from });
  });
  return segs;
}

/** Two title halves of similar length are a couplet and keep a space. */
function joinTitle(a: string, b: string): string {
  return Math.abs(a.length - b.length) <= 2 ? `${a} ${b}` : a + b;
}

/**
 * No start marker: the title is the last of the short lines opening the text
 * (the ones before may be a 引题, or the first half of a title on two lines).
 */
function guessTitle(lines: Line[]): number | null {
  const i = firstContent(lines);
  const l = lines[i];
  if (!l || i + 1 >= lines.length) return null;
  if (l.role === 'title') return i;
  // A marked heading titles the text only when it is alone at its level and
  // unnumbered; "## 一、…" followed by "## 二、…" are sections.
  if (l.kind === 'marked') return numberingOf(l.text) || lines.some((o) => o !== l && o.kind === 'marked' && o.marked === l.marked) ? null : i;
  if (l.kind !== 'short' || !(l.strict || l.bold)) return null;
  let j = i;
  while (j + 1 < lines.length && j - i < 2 && lines[j + 1]!.kind === 'short' && lines[j + 1]!.strict && !isSubtitleLine(lines[j + 1]!) && !isNameLine(lines[j + 1]!.text)) j++;
  if (j + 1 >= lines.length) return i;
  // Two lines set tight are one title broken in two; three are 引题 + that.
  if (j - i === 2) return i + 1;
  if (j - i === 1 && lines[j]!.gap) return j;
  return i;
}

/** The metadata row among the furniture above the text that holds the title. */
function metaRowTitle(lines: Line[]): { index: number; title: string; before: string; after: string } | null {
  const end = firstContent(lines);
  for (let i = 0; i < (end < 0 ? lines.length : end); i++) {
    const found = titleInMetaRow(lines[i]!.text);
    if (found) return { index: i, ...found };
  }
  return null;
}

/** Trailing lines with no body after them: column labels, banners, signatures. */
function trailingExtras(lines: Line[], isLast: boolean): { body: Line[]; extras: Extra[] } {
  let end = lines.length;
  while (end > 0) {
    const l = lines[end - 1]!;
    if (l.kind === 'extra' || l.kind === 'marked' || (l.kind === 'short' && !l.role)) end--;
    else break;
  }
  // Keep at least something in the body: a tail that is the whole body is body.
  if (end === 0) return { body: lines, extras: [] };
  const extras: Extra[] = [];
  let prev: Line | null = null;
  for (const l of lines.slice(end)) {
    const kind = l.extra ?? (l.text.length <= 30 && ISSUER.test(l.text) ? 'meta' : isLast ? 'banner' : 'column-label');
    const last = extras[extras.length - 1];
    // A banner set over two lines ("启航新征程" / "扬帆再出发") is one banner.
    if (last && kind === 'banner' && last.kind === 'banner' && prev && !l.gap) last.text = `${last.text} ${l.text}`;
    else extras.push(extraOf(l, kind));
    prev = l;
  }
  return { body: lines.slice(0, end), extras };
}

function buildArticle(seg: Segment, isLast: boolean, meta: { sourceName: string; encoding: string }, parallel: Set<Line>, repairs: Repair[]): Article {
  const { lines } = seg;
  const article: Article = { title: null, subtitle: null, byline: null, lead: [], sections: [], extras: [], ...meta };
  let t = seg.title ?? guessTitle(lines);
  // No title line: a portal's metadata row may name it ("文件名称 | 关于…的通知 | …").
  const row = t === null ? metaRowTitle(lines) : null;
  if (row) t = row.index;
  let k = 0;
  const bylines: string[] = [];
  const notes: string[] = [];
  if (t !== null) {
    // Lines above the title: the one glued to it is the 引题, the rest is
    // masthead and page furniture.
    let kicker: string | null = null;
    for (; k < t; k++) {
      const l = lines[k]!;
      if (k === t - 1 && l.kind === 'short' && !l.extra) kicker = l.text;
      // The editor's note set above the title, and the paragraphs of it, open the lead.
      else if (isEditorNote(l) || (notes.length && l.kind === 'body')) notes.push(l.text);
      else article.extras.push(extraOf(l));
    }
    article.title = lines[t]!.text;
    if (row) {
      article.title = row.title;
      for (const text of [row.before, row.after]) if (text.trim()) article.extras.push({ kind: 'meta', text: text.trim() });
    }
    k = t + 1;
    const second = lines[k];
    const after = lines[k + 1];
    if (!row && second && lines[t]!.kind !== 'marked' && second.kind === 'short' && second.strict && !second.gap && after && (after.kind !== 'short' || isSubtitleLine(after))) {
      const before = `${article.title}↵${second.text}`;
      const at = `${article.title} / ${second.text}`;
      article.title = joinTitle(article.title, second.text);
      repairs.push({ kind: 'rejoin-title', at, before, after: article.title });
      k++;
    }
    // One subtitle field: a 副题 below the title wins over a 引题 above it, which
    // is then kept as a label (it reads like one: "坚持稳中求进 推动高质量发展").
    const meeting2 = twoLineMeeting(lines[k], lines[k + 1]);
    if (lines[k] && (meeting2 || isSubtitleLine(lines[k]!))) {
      article.subtitle = meeting2 ? `${lines[k]!.text}${lines[k + 1]!.text}` : lines[k]!.text;
      if (kicker !== null) article.extras.push({ kind: 'column-label', text: kicker });
      k += meeting2 ? 2 : 1;
    } else article.subtitle = kicker;
    // Bylines, possibly among source/date rows ("来源：新华社", "作者：…", "2023-07-07").
    // Byline lines are joined only while adjacent, so the byline stays one run of the source.
    let metaSeen = false;
    for (let l = lines[k]; l; l = lines[++k]) {
      const isByline = l.kind === 'byline' || (bylines.length === 0 && l.kind === 'short' && isNameLine(l.text) && !SHORT_SUBHEADING.test(l.text));
      // "区长 张三" may stand above the meeting line instead of below it.
      const meeting2 = article.subtitle === null && twoLineMeeting(l, lines[k + 1]);
      if (article.subtitle === null && bylines.length && (meeting2 || isMeetingLine(l.text))) {
        article.subtitle = meeting2 ? `${l.text}${lines[++k]!.text}` : l.text;
        continue;
      }
      // A speech's date alone under its speaker ("（2026年3月8日）") belongs with the title, not the body.
      if (/^[（(].*[）)]$/u.test(l.text) && isDateOnlyLine(l.text)) {
        if (article.subtitle === null) article.subtitle = l.text;
        else article.extras.push({ kind: 'meta', text: l.text });
        continue;
      }
      if (isByline && !(metaSeen && bylines.length)) bylines.push(l.text);
      else if (l.kind === 'extra' && l.extra === 'meta') {
        article.extras.push({ kind: 'meta', text: l.text });
        metaSeen = true;
      } else break;
    }
  }
  const trailing = trailingExtras(lines.slice(k), isLast);
  const { body, tail } = splitClosing(trailing.body, trailing.extras);
  const parsed = buildBody(body, parallel);
  article.lead = notes.length ? [...notes, ...parsed.lead] : parsed.lead;
  article.sections = parsed.sections;
  article.extras.push(...parsed.extras, ...tail);
  if (bylines.length) article.byline = bylines.join(' ');
  else findInlineByline(article);
  return article;
}

/** "本报讯（记者 张三）……" at the start, or "……。（记者 张三）" at the end. */
function findInlineByline(a: Article): void {
  const firstParas = a.lead.length ? a.lead : a.sections[0]?.paragraphs;
  const first = firstParas?.[0];
  if (firstParas && first) {
    for (const re of BYLINE_PREFIX) {
      const m = re.exec(first);
      if (m && m[0].length < first.length) {
        a.byline = m[0].trim();
        firstParas[0] = first.slice(m[0].length).trim();
        return;
      }
    }
  }
  const lastParas = a.sections.length ? a.sections[a.sections.length - 1]!.paragraphs : a.lead;
  const last = lastParas[lastParas.length - 1];
  if (last) {
    const m = BYLINE_SUFFIX.exec(last);
    if (m && m.index > 0) {
      a.byline = m[0].trim();
      lastParas[lastParas.length - 1] = last.slice(0, m.index).trim();
    }
  }
}

export function buildArticles(
  blocks: Block[],
  source: SourceKind,
  meta: { sourceName: string; encoding: string },
): { articles: Article[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const classified = normaliseBlocks(blocks, repairs).map(classify);
  const { lines: marked, found: briefing } = markMasthead(classified);
  const parallel = parallelHeadings(marked);
  const lines = rejoinBreaks(marked, { parallel }, repairs);
  const segs = segment(lines, { source, briefing, parallel });
  const articles = segs.map((s, i) => buildArticle(s, i === segs.length - 1, meta, parallel, repairs));
  return { articles, repairs };
}
