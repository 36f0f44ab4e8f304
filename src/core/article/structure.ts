/**
 * Blocks → articles. Finds where each article starts (a title marked as such, or
 * a short line followed by a byline), then per article the 引题/title/副题,
 * byline, body and the furniture around it. Every block ends up in exactly one
 * field, in source order within its stream (body vs. extras), which is what the
 * nothing-lost property test checks.
 */
import type { Block } from './block';
import { classify, type Line } from './classify';
import { BYLINE_BULLET, BYLINE_PREFIX, BYLINE_SUFFIX, ISSUER, isNameLine } from './patterns';
import { normalisePunctuation } from './punctuation';
import { parallelHeadings, rejoinBreaks } from './repair';
import { buildBody } from './sections';
import type { Article, Extra, Repair } from './types';

export type SourceKind = 'text' | 'markdown' | 'docx';

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
    });
    return { ...b, text: n.text };
  });
}

function isSubtitleLine(l: Line): boolean {
  return l.role === 'subtitle' || /^[—–-]{1,2}\s*\S/.test(l.text);
}

/** Indices where articles start, each with the index of its title. */
function findStarts(lines: Line[], source: SourceKind): Array<{ start: number; title: number }> {
  const titles = new Set<number>();
  lines.forEach((l, i) => l.role === 'title' && titles.add(i));

  // Markdown-style "#" titles above "##" sections (the sample): only for text
  // and Markdown; in Word, Heading 1 is a section and titles use the Title style.
  if (source !== 'docx') {
    const marked = lines.map((l, i) => [l, i] as const).filter(([l]) => l.kind === 'marked');
    const top = Math.min(...marked.map(([l]) => l.marked!));
    const tops = marked.filter(([l]) => l.marked === top);
    const deeper = marked.some(([l]) => l.marked! > top);
    const numbered = tops.some(([l]) => classify({ text: l.text, gap: true }).kind === 'numbered');
    if (tops.length && !numbered && (deeper || (tops.length === 1 && tops[0]![1] === firstContent(lines)))) {
      for (const [, i] of tops) titles.add(i);
    }
  }

  // A short line followed by a byline (possibly with a 副题 or a second title
  // line between) starts an article: how e-paper pages and pasted news read.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'short' || !l.loose || titles.has(i - 1)) continue;
    const n1 = lines[i + 1];
    const n2 = lines[i + 2];
    if (n1?.kind === 'byline' || (n1 && n2?.kind === 'byline' && (isSubtitleLine(n1) || (n1.kind === 'short' && n1.strict)))) titles.add(i);
  }

  const starts: Array<{ start: number; title: number }> = [];
  for (const t of [...titles].sort((a, b) => a - b)) {
    if (starts.length && t === starts[starts.length - 1]!.title + 1) continue;
    // A short line glued to the title above it is its 引题.
    const above = lines[t - 1];
    const start = above && above.kind === 'short' && above.strict && !above.role && !lines[t]!.gap && !titles.has(t - 1) ? t - 1 : t;
    starts.push({ start, title: t });
  }
  return starts;
}

function firstContent(lines: Line[]): number {
  return lines.findIndex((l) => l.kind !== 'extra');
}

function segment(lines: Line[], source: SourceKind): Segment[] {
  const starts = findStarts(lines, source);
  const segs: Segment[] = [];
  const firstStart = starts[0]?.start ?? lines.length;
  const prefix = lines.slice(0, firstStart);
  const prefixHasBody = prefix.some((l) => l.kind !== 'extra' && l.kind !== 'short');
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

function guessTitle(lines: Line[]): number | null {
  const i = firstContent(lines);
  const l = lines[i];
  if (!l || i + 1 >= lines.length) return null;
  if (l.role === 'title' || (l.kind === 'short' && (l.strict || l.bold)) || (l.kind === 'marked' && lines.length > 1)) return i;
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
    const kind = l.extra ?? (ISSUER.test(l.text) && l.text.length <= 30 ? 'meta' : isLast ? 'banner' : 'column-label');
    const last = extras[extras.length - 1];
    // A banner set over two lines ("启航新征程" / "扬帆再出发") is one banner.
    if (last && kind === 'banner' && last.kind === 'banner' && prev && !l.gap) last.text = `${last.text} ${l.text}`;
    else extras.push({ kind, text: l.text });
    prev = l;
  }
  return { body: lines.slice(0, end), extras };
}

function buildArticle(seg: Segment, isLast: boolean, meta: { sourceName: string; encoding: string }, parallel: Set<Line>, repairs: Repair[]): Article {
  const { lines } = seg;
  const article: Article = { title: null, subtitle: null, byline: null, lead: [], sections: [], extras: [], ...meta };
  const t = seg.title ?? guessTitle(lines);
  let k = 0;
  const bylines: string[] = [];
  if (t !== null) {
    for (; k < t; k++) {
      const l = lines[k]!;
      if (k === t - 1 && l.kind === 'short' && !l.extra) article.subtitle = l.text;
      else article.extras.push({ kind: l.extra ?? 'column-label', text: l.text });
    }
    article.title = lines[t]!.text;
    k = t + 1;
    const second = lines[k];
    const after = lines[k + 1];
    if (second && lines[t]!.kind !== 'marked' && second.kind === 'short' && second.strict && !second.gap && after?.kind === 'byline') {
      repairs.push({ kind: 'rejoin-title', at: `${article.title} / ${second.text}` });
      article.title = joinTitle(article.title, second.text);
      k++;
    }
    if (lines[k] && isSubtitleLine(lines[k]!)) {
      if (article.subtitle === null) article.subtitle = lines[k]!.text;
      else article.extras.push({ kind: 'meta', text: lines[k]!.text });
      k++;
    }
    while (lines[k] && (lines[k]!.kind === 'byline' || (bylines.length === 0 && lines[k]!.kind === 'short' && isNameLine(lines[k]!.text)))) {
      bylines.push(lines[k]!.text.replace(BYLINE_BULLET, ''));
      k++;
    }
  }
  const { body, extras: tail } = trailingExtras(lines.slice(k), isLast);
  const parsed = buildBody(body, parallel);
  article.lead = parsed.lead;
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
  const parallel = parallelHeadings(classified);
  const lines = rejoinBreaks(classified, { parallel }, repairs);
  const segs = segment(lines, source);
  const articles = segs.map((s, i) => buildArticle(s, i === segs.length - 1, meta, parallel, repairs));
  return { articles, repairs };
}
