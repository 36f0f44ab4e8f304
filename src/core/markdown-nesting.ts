/**
 * Markdown parsers (marked for decks, micromark for articles) take super-linear
 * time on deeply nested containers: an 800-level list (650 KB) blocked the web
 * host for 10 s, a 3000-level one (9 MB) for minutes until it ran out of memory.
 * No slide or article nests lists or quotes anywhere near this deep, so text that
 * does is not parsed as Markdown at all: callers keep it as plain text, every
 * character intact. Both checks are single regular-expression scans, linear in
 * the text.
 */

/** Container levels (list items, quotes) beyond which text is not parsed as Markdown. */
export const MAX_MARKDOWN_NESTING = 32;

/** A list or quote marker after 64+ columns of indentation: 32 levels of two-space nesting. */
const DEEP_INDENT = /^[ \t]{64,}(?:[-*+>]|\d{1,9}[.)])(?:[ \t]|$)/m;
/** 32 markers opened on one line ("- - - - …", "> > > …"). */
const DEEP_LINE = new RegExp(`^(?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${MAX_MARKDOWN_NESTING}}`, 'm');

export function tooDeeplyNested(text: string): boolean {
  return DEEP_INDENT.test(text) || DEEP_LINE.test(text);
}
