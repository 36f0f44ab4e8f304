/**
 * First pass over the blocks: what each one is on its own, before context.
 * Context (what comes before and after) is the job of structure.ts.
 */
import type { Block } from './block';
import type { Extra, ExtraKind } from './types';
import { EDITOR_NOTE, isAttachmentLabel, isBanji, isIssuerHeader, isMinutesRoll, isPortalFurniture, isPositionNameLine } from './front-matter';
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
  /** For a masthead extra: its parts (see Extra.fields). */
  fields?: Extra['fields'];
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
  const line: Line = { text: t, kind: 'body', gap: b.gap, strict, loose: strict || isLooseShort(t), couplet: strict && isCouplet(t) };
  if (b.bold) line.bold = true;
  if (b.role) {
    line.kind = 'short';
    line.role = b.role;
    return line;
  }
  if (b.marked) {
    line.kind = 'marked';
    line.marked = b.marked;
    return line;
  }
  const extra = b.extra ?? (b.tableRow ? 'meta' : furnitureKind(t));
  if (extra) {
    line.kind = 'extra';
    line.extra = extra;
  } else if ((b.bullet && t.length <= 40) || isBylineLine(t) || isPositionNameLine(t)) line.kind = 'byline';
  else if (EDITOR_NOTE.test(t) && t.length <= 8) line.kind = 'body'; // "编者按" alone opens the paragraph below it
  else {
    const numbering = numberingOf(t);
    if (numbering && t.length > numbering.marker.length) {
      line.kind = 'numbered';
      line.numbering = numbering;
    } else if (ORDINAL_LEAD.test(t)) line.kind = 'ordinal';
    else if (line.loose) line.kind = 'short';
  }
  return line;
}

/** Furniture kinds, most specific first: 版记, portal furniture, attachment labels, then the newspaper patterns. */
function furnitureKind(t: string): ExtraKind | null {
  if (isBanji(t)) return 'banji';
  if (isMinutesRoll(t)) return 'note';
  if (isPortalFurniture(t) || isAttachmentLabel(t) || isIssuerHeader(t)) return 'meta';
  return extraKindOf(t);
}

/** The extra a furniture line becomes. */
export function extraOf(l: Line, fallback: ExtraKind = 'meta'): Extra {
  return l.fields ? { kind: l.extra ?? fallback, text: l.text, fields: l.fields } : { kind: l.extra ?? fallback, text: l.text };
}
