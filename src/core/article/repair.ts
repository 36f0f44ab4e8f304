/**
 * Page-layout repair. Text copied out of a newspaper page or a PDF is broken
 * wherever the column ended ("加" / "强低效用地整治"), and a line can be left
 * stranded ("中展现新担当新作为。"). A line is joined to the one before when
 * that one stops mid-sentence and this one cannot start anything of its own. A
 * real paragraph end (。！？…；： possibly inside closing quotes) is never joined
 * across; a closing quote alone ("做示范”") is not an end.
 */
import type { Line } from './classify';
import type { Repair } from './types';
import { endsTerminal, joinPieces } from './text-shape';

export interface Protected {
  /** Lines known to be headings by parallelism: never joined. */
  parallel: Set<Line>;
}

/** `prev` is the line so far (its kind and start), `end` the text of its last piece. */
function canContinue(prev: Line, end: string, p: Protected): boolean {
  // A 副题 ("——32个项目集中签约，……") ends at its line even without a full stop.
  if (endsTerminal(end) || /^[—–]/.test(prev.text)) return false;
  if (prev.kind === 'body') return true;
  // Numbered or ordinal lines stop mid-sentence only when they are not headings.
  if (prev.kind === 'numbered' || prev.kind === 'ordinal') return !prev.loose;
  // A short line with a comma is a sentence fragment; without one it may be a heading.
  return prev.kind === 'short' && !prev.strict && !prev.role && !prev.bold && !p.parallel.has(prev);
}

function canBeContinuation(next: Line, p: Protected): boolean {
  if (next.kind === 'body') return true;
  return next.kind === 'short' && !next.couplet && !next.role && !next.bold && !p.parallel.has(next);
}

function excerpt(a: string, b: string): string {
  return `${a.slice(-8)} / ${b.slice(0, 8)}`;
}

/** The line being extended gets the text of its pieces. */
function flush(out: Line[], pieces: string[]): void {
  if (pieces.length > 1) out[out.length - 1] = { ...out[out.length - 1]!, text: pieces.join('') };
}

export function rejoinBreaks(lines: Line[], p: Protected, repairs: Repair[]): Line[] {
  const out: Line[] = [];
  // The line being extended, as pieces: joining strings one by one and reading
  // their ends would flatten the growing string each time, quadratic on a long
  // hard-wrapped text. `tail` is the last piece, which decides what may follow.
  let pieces: string[] | null = null;
  let tail: Line | null = null;
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && tail && canContinue(prev, tail.text, p) && canBeContinuation(line, p)) {
      const orphan = line.text.length <= 15 && endsTerminal(line.text);
      const joined = joinPieces(tail.text, line.text).slice(tail.text.length);
      const end = tail.text.slice(-8);
      repairs.push({
        kind: orphan ? 'orphan-line' : 'rejoin-break',
        at: excerpt(tail.text, line.text),
        before: `${end}↵${line.text.slice(0, 8)}`,
        after: `${end}${joined.slice(0, 8)}`,
      });
      pieces ??= [prev.text];
      pieces.push(joined);
      out[out.length - 1] = { ...prev, kind: prev.kind === 'short' ? 'body' : prev.kind, strict: false, loose: false, couplet: false };
      tail = line;
      continue;
    }
    if (pieces) flush(out, pieces);
    pieces = null;
    out.push(line);
    tail = line;
  }
  if (pieces) flush(out, pieces);
  return out;
}

function addTo(groups: Map<string, Line[]>, key: string, l: Line): void {
  const g = groups.get(key);
  if (g) g.push(l);
  else groups.set(key, [l]);
}

/** "稳中求进，夯实发展根基": two phrases joined by one comma, the 对仗 shape of many 小标题. */
const COMMA_PAIR = /^([^，,\s]{2,8})[，,]([^，,\s]{2,10})$/u;

/**
 * A comma pair standing alone: a blank line before and after it, and the paragraph
 * below clearly longer. A hard-wrapped page with blank lines between its lines has
 * fragments of this shape too, but the line after such a fragment is another full
 * line of the same width.
 */
function commaPairShape(lines: Line[], i: number): string | null {
  const l = lines[i]!;
  const next = lines[i + 1]!;
  const m = COMMA_PAIR.exec(l.text);
  if (!m || !l.gap || !next.gap || next.text.length < l.text.length + 10) return null;
  return `${m[1]!.length},${m[2]!.length}`;
}

/**
 * Bare headings recognised by parallelism: two or more short lines opening
 * with the same three characters ("始终把…作为…") or closing with the same three
 * ("…的新答卷"), or three or more sharing two; or two or more comma pairs of the
 * same shape ("稳中求进，夯实发展根基" / "改革开放，激发内生动力"), each standing alone.
 */
export function parallelHeadings(lines: Line[]): Set<Line> {
  const found = new Set<Line>();
  const groups = new Map<string, Line[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'short' || !l.loose || l.role || l.text.length < 6) continue;
    const t = l.text;
    addTo(groups, `^${t.slice(0, 3)}`, l);
    addTo(groups, `$${t.slice(-3)}`, l);
    addTo(groups, `^^${t.slice(0, 2)}`, l);
    const shape = commaPairShape(lines, i);
    if (shape) addTo(groups, `#${shape}`, l);
  }
  for (const [key, g] of groups) {
    const need = key.startsWith('^^') ? 3 : 2;
    if (g.length >= need && !/^[$^]+[“”"'‘’（(]/.test(key)) for (const l of g) found.add(l);
  }
  return found;
}
