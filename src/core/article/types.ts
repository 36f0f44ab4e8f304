/**
 * The import result model. Shared by the importer (src/core/article), the deck
 * generator (src/core/deck) and every front end. Every character of the body
 * reaches a paragraph, a heading, a title/byline/subtitle or an extra.
 */

/**
 * Furniture kinds. The closing block of a document is typed (closing.ts):
 * `attachment` (附件 list), `signature` (发文机关 or author unit), `date`
 * (成文日期), `note` (附注 such as （此件公开发布））. From the genre's front and back
 * matter: `masthead` (简报 name, 第N期, unit, date — with `fields`) and `banji`
 * (报/送/发/抄送/印发 lines).
 */
export const EXTRA_KINDS = ['column-label', 'banner', 'meta', 'caption', 'attachment', 'signature', 'date', 'note', 'masthead', 'banji'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

export interface Extra {
  kind: ExtraKind;
  text: string;
  /** For a 简报 masthead: its parts, for the Word briefing's header. */
  fields?: { name?: string; issue?: string; unit?: string; date?: string };
}

export interface Section {
  /** Heading as written, numbering kept ("一、", "（一）"). */
  heading: string;
  /** 1 一、, 2 （一）, 3 1., 4 （1） as nested in the article (see sections.ts). */
  level: 1 | 2 | 3 | 4;
  paragraphs: string[];
}

export interface Article {
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  /** Paragraphs before the first heading. */
  lead: string[];
  sections: Section[];
  extras: Extra[];
  /** File name (or "粘贴的文本") the article came from. */
  sourceName: string;
  /** Encoding the bytes were decoded with, e.g. "utf-8", "gb18030", "utf-16le". */
  encoding: string;
}

export interface Repair {
  /** e.g. "rejoin-break", "orphan-line", "punctuation". */
  kind: string;
  /** A short excerpt showing where. */
  at: string;
  /** The same stretch of text as it was and as it is now, so the review can show "before → after". */
  before?: string;
  after?: string;
}

export interface ImportResult {
  encoding: string;
  articles: Article[];
  repairs: Repair[];
}
