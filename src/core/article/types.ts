/**
 * The import result model. Shared by the importer (src/core/article), the deck
 * generator (src/core/deck) and every front end. Every character of the body
 * reaches a paragraph, a heading, a title/byline/subtitle or an extra.
 */

export type ExtraKind = 'column-label' | 'banner' | 'meta' | 'caption' | 'masthead' | 'banji';

export interface Extra {
  kind: ExtraKind;
  text: string;
  /** For a 简报 masthead: its parts, for the Word briefing's header. */
  fields?: { name?: string; issue?: string; unit?: string; date?: string };
}

export interface Section {
  /** Heading as written, numbering kept ("一、", "（一）"). */
  heading: string;
  level: 1 | 2 | 3;
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
