/**
 * The common intermediate form every reader (plain text, Markdown, Word) produces
 * and the structure finder consumes: one entry per source paragraph or line, with
 * what the source itself said about it. Markup is already removed from `text`.
 */
import type { ExtraKind } from './types';

export interface Block {
  text: string;
  /** Heading level the source declared: Markdown "#", Word "Heading N". */
  marked?: number;
  /** The source says what it is (Word "Title" / "Subtitle" styles). */
  role?: 'title' | 'subtitle';
  /** The whole paragraph is bold: a candidate heading. */
  bold?: boolean;
  /** A blank line or a paragraph boundary separates it from the block before. */
  gap: boolean;
  /** The line opened with a newspaper bullet ("□ 记者 史莲寅"), removed from text. */
  bullet?: boolean;
  /** A row of a Word table: kept as a metadata row. */
  tableRow?: boolean;
  /** The reader knows it is page furniture (a PDF's running header, a web page's navigation). */
  extra?: ExtraKind;
}

/** Newspaper bullets that open a byline or a note: markup, like a list bullet. */
const BULLETS = '□■◇◆☐';
const BULLET = new RegExp(`^[${BULLETS}]\\s*`);

/** A block for one line of text, with a leading "□" bullet taken off as markup. */
export function textBlock(text: string, gap: boolean): Block {
  const m = BULLETS.includes(text[0]!) ? BULLET.exec(text) : null;
  return m && text.length > m[0].length ? { text: text.slice(m[0].length), gap, bullet: true } : { text, gap };
}
