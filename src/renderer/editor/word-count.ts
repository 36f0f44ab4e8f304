/**
 * 字数 and speaking time for the status bar. Chinese is counted the way WPS and
 * Word count 字数: each Han character, fullwidth letter or digit is one, a run of
 * Latin letters or digits is one word; punctuation and spaces are not counted.
 * Per-slide figures are cached by Slide object, so a keystroke recounts one slide.
 */
import type { Block, Deck, Slide } from '../../core/deck';

/** A measured, unhurried briefing pace: about 220 characters a minute (news reading runs near 280). */
export const CHARS_PER_MINUTE = 220;

export function countChars(text: string): number {
  const han = text.match(/[\p{Script=Han}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g)?.length ?? 0;
  return han + words;
}

/**
 * What of inline Markdown counts. Markdown's syntax characters (* _ ` # > -) are
 * punctuation and never counted anyway, so only what would add letters needs to go:
 * link and image targets, HTML tags and comments. Much cheaper than a Markdown
 * parse, which matters on every keystroke of a 500-slide deck.
 */
export function countableText(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<[^>\n]*>/gu, ' ')
    .replace(/\]\([^)\n]*\)/gu, ']')
    .replace(/&[A-Za-z]+;|&#\d+;/gu, ' ');
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
    case 'raw':
      return countableText(b.text);
    case 'list':
      return b.items.map((i) => countableText(i.text)).join('\n');
    case 'image':
      return '';
  }
}

export interface SlideCount {
  /** 字数 on the slide itself. */
  slide: number;
  /** 字数 of the speaker notes. */
  notes: number;
}

const cache = new WeakMap<Slide, SlideCount>();

export function slideCount(s: Slide): SlideCount {
  let c = cache.get(s);
  if (!c) {
    c = { slide: countChars(s.blocks.map(blockText).join('\n')), notes: s.notes ? countChars(countableText(s.notes)) : 0 };
    cache.set(s, c);
  }
  return c;
}

export interface DeckFigures {
  chars: number;
  /** Minutes to speak: the notes where a slide has them, else what the slide says. */
  minutes: number;
}

export function deckFigures(deck: Deck): DeckFigures {
  let chars = 0;
  let spoken = 0;
  for (const s of deck.slides) {
    const c = slideCount(s);
    chars += c.slide + c.notes;
    spoken += c.notes > 0 ? c.notes : c.slide;
  }
  return { chars, minutes: spoken / CHARS_PER_MINUTE };
}
