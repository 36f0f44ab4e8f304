/**
 * The deck's Markdown text, fast enough to compute on every keystroke of a
 * 500-slide deck: serialization caches each slide's text by Slide object (edits
 * replace only the slide they touch), and parsing the source view reuses the
 * Slide objects of chunks whose text did not change, so the thumbnails of
 * untouched slides are not re-rendered.
 *
 * The output must equal core's serializeDeck; deck-text.test.ts checks that.
 */
import {
  parseDeck,
  parseFrontMatter,
  parseSlide,
  serializeFrontMatter,
  serializeSlide,
  splitFrontMatter,
  splitSlides,
  type Deck,
  type DeckDiagnostic,
  type Slide,
} from '../../core/deck';

const slideText = new WeakMap<Slide, string>();

function cachedSlide(s: Slide): string {
  let t = slideText.get(s);
  if (t === undefined) {
    t = serializeSlide(s);
    slideText.set(s, t);
  }
  return t;
}

const deckCache = new WeakMap<Deck, string>();
const headCache = new WeakMap<Deck['meta'], string>();

function head(meta: Deck['meta']): string {
  let h = headCache.get(meta);
  if (h === undefined) {
    h = `---\n${serializeFrontMatter(meta)}---\n`;
    headCache.set(meta, h);
  }
  return h;
}

/** Same text as core's serializeDeck(deck); cached per Deck and per Slide object. */
export function deckText(deck: Deck): string {
  let text = deckCache.get(deck);
  if (text === undefined) {
    const h = head(deck.meta);
    text = deck.slides.length === 0 ? h : `${h}\n${deck.slides.map(cachedSlide).join('\n\n---\n\n')}\n`;
    deckCache.set(deck, text);
  }
  return text;
}

/**
 * deckText(a) === deckText(b), without building either text: slides shared by the
 * two decks are equal by identity, the others are compared slide by slide. Called
 * on every keystroke to tell whether the document is dirty.
 */
export function sameText(a: Deck, b: Deck): boolean {
  if (a === b) return true;
  if (a.slides.length !== b.slides.length) return false;
  if (a.meta !== b.meta && head(a.meta) !== head(b.meta)) return false;
  for (let i = 0; i < a.slides.length; i++) {
    const x = a.slides[i]!;
    const y = b.slides[i]!;
    if (x !== y && cachedSlide(x) !== cachedSlide(y)) return false;
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
    parse(text) {
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

/** 1-based line where each slide starts in deckText(deck), for jumping the source view. */
export function slideLines(text: string): number[] {
  const split = splitFrontMatter(text);
  return splitSlides(split.body, split.bodyLine).map((c) => {
    // Skip the blank lines the serializer puts after a separator.
    const lead = /^(?:[ \t]*\r?\n)*/u.exec(c.text)![0];
    return c.line + (lead.match(/\n/gu)?.length ?? 0);
  });
}
