/**
 * First pass over the blocks: what each one is on its own, before context.
 * Context (what comes before and after) is the job of structure.ts.
 */
import type { Block } from './block';
import type { ExtraKind } from './types';
import { extraKindOf, isBylineLine, numberingOf, ORDINAL_LEAD } from './patterns';
import { isCouplet, isLooseShort, isStrictShort } from './text-shape';

export type LineKind = 'extra' | 'byline' | 'marked' | 'numbered' | 'ordinal' | 'short' | 'body';

export interface Line {
  text: string;
  kind: LineKind;
  gap: boolean;
  /** For 'marked': the declared level. */
  marked?: number;
  role?: 'title' | 'subtitle';
  extra?: ExtraKind;
  /** For 'numbered': numbering scheme and the marker as written. */
  numbering?: { type: string; marker: string };
  bold?: boolean;
  strict: boolean;
  loose: boolean;
  couplet: boolean;
}

export function classify(b: Block): Line {
  const t = b.text;
  const strict = isStrictShort(t);
  const loose = isLooseShort(t);
  const base = { text: t, gap: b.gap, strict, loose, couplet: strict && isCouplet(t), ...(b.bold ? { bold: true } : {}) };
  if (b.role) return { ...base, kind: 'short', role: b.role };
  if (b.marked) return { ...base, kind: 'marked', marked: b.marked };
  if (b.tableRow) return { ...base, kind: 'extra', extra: 'meta' };
  const extra = t.length <= 80 || /^(?:图为|▲|△)/.test(t) ? extraKindOf(t) : null;
  if (extra) return { ...base, kind: 'extra', extra };
  if ((b.bullet && t.length <= 40) || isBylineLine(t)) return { ...base, kind: 'byline' };
  const numbering = numberingOf(t);
  if (numbering && t.length > numbering.marker.length) return { ...base, kind: 'numbered', numbering };
  if (ORDINAL_LEAD.test(t)) return { ...base, kind: 'ordinal' };
  return { ...base, kind: loose ? 'short' : 'body' };
}
