/**
 * The deck's Markdown text at keystroke speed on a 500-slide deck: telling
 * whether two decks would write the same file without writing either, and parsing
 * the source view again while reusing the Slide objects of chunks whose text did
 * not change (so thumbnails of untouched slides are not re-rendered). Both rest on
 * serializeDeck's per-slide cache (deck-markdown.ts) and give the same results as
 * serializeDeck / parseDeck; deck-text.test.ts checks that.
 */
import type { Deck, DeckDiagnostic, Slide } from './model';
import { headTextOf, parseDeck, parseSlide, slideTextOf, splitFrontMatter, splitSlides, toLf } from './deck-markdown';
import { parseFrontMatter } from './front-matter';

/**
 * serializeDeck(a) === serializeDeck(b), without building either text: slides
 * shared by the two decks are equal by identity, the others are compared slide by
 * slide. Called on every keystroke to tell whether the document is dirty.
 */
export function sameText(a: Deck, b: Deck): boolean {
  if (a === b) return true;
  if (a.slides.length !== b.slides.length) return false;
  if (a.meta !== b.meta && headTextOf(a.meta) !== headTextOf(b.meta)) return false;
  for (let i = 0; i < a.slides.length; i++) {
    const x = a.slides[i]!;
    const y = b.slides[i]!;
    if (x !== y && slideTextOf(x) !== slideTextOf(y)) return false;
  }
  return true;
}

export interface IncrementalParser {
  parse(text: string): { deck: Deck; diagnostics: DeckDiagnostic[] };
}

/** A parser that remembers the last parse and reuses what did not change. */
export function incrementalParser(): IncrementalParser {
  let lastYaml: string | null = null;
  let lastMeta: { meta: Deck['meta']; diagnostics: DeckDiagnostic[] } | null = null;
  let chunks = new Map<string, Slide>();
  return {
    parse(input) {
      // The same line endings parseDeck reads: text pasted from Windows has CRLF.
      const text = toLf(input);
      const split = splitFrontMatter(text);
      // Without front matter, parseDeck borrows the title from the first heading: let it.
      if (split.yaml === null) {
        chunks = new Map();
        lastYaml = null;
        return parseDeck(text);
      }
      if (split.yaml !== lastYaml || !lastMeta) {
        lastMeta = parseFrontMatter(split.yaml, 2);
        lastYaml = split.yaml;
      }
      const next = new Map<string, Slide>();
      const slides = splitSlides(split.body, split.bodyLine).map((c) => {
        const s = next.get(c.text) ?? chunks.get(c.text) ?? parseSlide(c.text);
        next.set(c.text, s);
        return s;
      });
      chunks = next;
      return { deck: { meta: lastMeta.meta, slides }, diagnostics: [...split.diagnostics, ...lastMeta.diagnostics] };
    },
  };
}

/** 1-based line where each slide starts in serializeDeck(deck), for jumping the source view. */
export function slideLines(text: string): number[] {
  const split = splitFrontMatter(text);
  return splitSlides(split.body, split.bodyLine).map((c) => {
    // Skip the blank lines the serializer puts after a separator.
    const lead = /^(?:[ \t]*\r?\n)*/u.exec(c.text)![0];
    return c.line + (lead.match(/\n/gu)?.length ?? 0);
  });
}
