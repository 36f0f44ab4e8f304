/**
 * Which sentences of an article a deck no longer carries. Used by the editor's
 * coverage view and by the "nothing lost" guarantee of generation.
 *
 * A sentence is covered when it appears, in reading order, either in the speaker
 * notes (exactly, ignoring whitespace) or on the slides (its letters and digits in
 * sequence, since bullets drop the punctuation between clauses). Slides and notes are
 * read as plain text: emphasis and escapes are Markdown, not content.
 */
import type { Article } from '../article/types';
import type { Block, Deck } from './model';
import { splitSentences } from './split-clauses';
import { plainText } from './inline-text';

export { plainText };

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
    slides.push(slideText(s));
    if (s.notes !== null) notes.push(s.notes);
  }
  return { slides: slides.join('\n'), notes: notes.join('\n') };
}

function slideText(s: Deck['slides'][number]): string {
  // A "（续）" title repeats the one before: reading on, the points join up.
  const blocks = s.blocks.filter((b) => !(b.kind === 'heading' && /（续）$/u.test(plainText(b.text))));
  return blocks.map(blockText).join('\n');
}

const noSpace = (s: string) => s.replace(/\s+/gu, '');
const lettersOnly = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');

/** One stream of normalized text with the slide each stretch comes from. */
class Stream {
  private cursor = 0;
  readonly text: string;
  private readonly starts: number[] = [];
  constructor(parts: string[]) {
    let text = '';
    for (const p of parts) {
      this.starts.push(text.length);
      text += p;
    }
    this.text = text;
  }
  /** Slide index and offset of the next occurrence (after the last find, else from the start). */
  find(needle: string): { slide: number; at: number } | null {
    if (needle === '') return null;
    let at = this.text.indexOf(needle, this.cursor);
    if (at < 0) at = this.text.indexOf(needle);
    if (at < 0) return null;
    this.cursor = at + needle.length;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { slide: lo, at };
  }
}

/** Indexes of a longest non-decreasing subsequence of keys (patience sorting). */
function longestInOrder(keys: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! <= keys[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

/**
 * Each sentence is looked up in the notes (exactly, ignoring whitespace), else on the
 * slides (letters and digits in sequence). "In order" means the slides they were
 * found on keep the article's order; when something was moved, the fewest sentences
 * are blamed (those outside a longest in-order run).
 */
export function coverage(article: Article, deck: Deck): CoverageReport {
  const notes = new Stream(deck.slides.map((s) => (s.notes === null ? '' : noSpace(s.notes))));
  const slides = new Stream(deck.slides.map((s) => lettersOnly(slideText(s))));
  const sentences = articleSentences(article);
  const found = sentences.map((s) => {
    const n = notes.find(noSpace(s.text));
    if (n) return { where: 'notes' as const, key: n.slide * 1e9 + n.at };
    const l = slides.find(lettersOnly(s.text));
    if (l) return { where: 'slides' as const, key: l.slide * 1e9 + l.at };
    // Punctuation only ("……"): nothing to look for on the slides.
    if (lettersOnly(s.text) === '') return { where: 'slides' as const, key: -1 };
    return null;
  });
  const located = found.flatMap((f, i) => (f && f.key >= 0 ? [i] : []));
  const keep = longestInOrder(located.map((i) => found[i]!.key));
  const inOrder = new Set([...keep].map((k) => located[k]!));
  const items: CoverageItem[] = sentences.map((s, i) => {
    const f = found[i];
    if (!f) return { ...s, status: 'missing', where: null };
    return { ...s, status: f.key < 0 || inOrder.has(i) ? 'covered' : 'out-of-order', where: f.where };
  });
  const problems = items.filter((i) => i.status !== 'covered');
  return { items, problems, ratio: items.length === 0 ? 1 : (items.length - problems.length) / items.length };
}
