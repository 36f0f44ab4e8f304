/**
 * Which sentences of an article a deck no longer carries. Used by the editor's
 * coverage view and by the "nothing lost" guarantee of generation.
 *
 * A sentence is covered when it appears, in reading order, either in the speaker
 * notes (exactly, ignoring whitespace) or on the slides (its letters and digits in
 * sequence, since bullets drop the punctuation between clauses). Slides and notes are
 * read as plain text: emphasis and escapes are Markdown, not content.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Article } from '../article/types';
import type { Block, Deck } from './model';
import { splitSentences } from './split-clauses';

export interface SourceSentence {
  /** "l1", "s2p3": the paragraph the sentence comes from. */
  source: string;
  text: string;
}

export type CoverageStatus = 'covered' | 'out-of-order' | 'missing';

export interface CoverageItem extends SourceSentence {
  status: CoverageStatus;
  /** Where it was found. */
  where: 'notes' | 'slides' | null;
}

export interface CoverageReport {
  items: CoverageItem[];
  /** Items that are not covered in order. */
  problems: CoverageItem[];
  /** Share of sentences covered in order, 0…1. */
  ratio: number;
}

/** Every sentence of every paragraph (lead and sections), with its paragraph id. */
export function articleSentences(article: Article): SourceSentence[] {
  const out: SourceSentence[] = [];
  const add = (p: string, source: string) => {
    for (const s of splitSentences(p)) if (s.trim() !== '') out.push({ source, text: s });
  };
  article.lead.forEach((p, i) => add(p, `l${i + 1}`));
  article.sections.forEach((s, si) => s.paragraphs.forEach((p, pi) => add(p, `s${si + 1}p${pi + 1}`)));
  return out;
}

/** Plain text of inline Markdown (emphasis and escapes removed). */
export function plainText(markdown: string): string {
  return toString(fromMarkdown(markdown));
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return plainText(b.text);
    case 'list':
      return b.items.map((i) => plainText(i.text)).join('\n');
    case 'image':
      return b.alt;
    case 'raw':
      return plainText(b.text);
  }
}

/** The deck as two reading-order streams: what is on the slides, what is in the notes. */
export function deckStreams(deck: Deck): { slides: string; notes: string } {
  const slides: string[] = [];
  const notes: string[] = [];
  for (const s of deck.slides) {
    // A "（续）" title repeats the one before: reading on, the points join up.
    const blocks = s.blocks.filter((b) => !(b.kind === 'heading' && /（续）$/u.test(plainText(b.text))));
    slides.push(blocks.map(blockText).join('\n'));
    if (s.notes !== null) notes.push(s.notes);
  }
  return { slides: slides.join('\n'), notes: notes.join('\n') };
}

const noSpace = (s: string) => s.replace(/\s+/gu, '');
const lettersOnly = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');

class Stream {
  private cursor = 0;
  constructor(readonly text: string) {}
  /** 'in-order' when found at or after the cursor (which then moves past it). */
  find(needle: string): 'in-order' | 'anywhere' | null {
    if (needle === '') return 'in-order';
    const at = this.text.indexOf(needle, this.cursor);
    if (at >= 0) {
      this.cursor = at + needle.length;
      return 'in-order';
    }
    return this.text.includes(needle) ? 'anywhere' : null;
  }
}

export function coverage(article: Article, deck: Deck): CoverageReport {
  const streams = deckStreams(deck);
  const notes = new Stream(noSpace(streams.notes));
  const slides = new Stream(lettersOnly(streams.slides));
  const items: CoverageItem[] = articleSentences(article).map((s) => {
    const inNotes = notes.find(noSpace(s.text));
    if (inNotes === 'in-order') return { ...s, status: 'covered', where: 'notes' };
    const onSlides = slides.find(lettersOnly(s.text));
    if (onSlides === 'in-order') return { ...s, status: 'covered', where: 'slides' };
    if (inNotes || onSlides) return { ...s, status: 'out-of-order', where: inNotes ? 'notes' : 'slides' };
    return { ...s, status: 'missing', where: null };
  });
  const problems = items.filter((i) => i.status !== 'covered');
  return { items, problems, ratio: items.length === 0 ? 1 : (items.length - problems.length) / items.length };
}
