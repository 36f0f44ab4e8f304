/**
 * Deck → the article skeleton the Word briefings are written from.
 *
 * A deck carries its source article in two places: the section dividers
 * (class="section", data-source="sN") hold the headings, and every paragraph
 * slide (data-source="sNpM") holds the whole source paragraph as its notes. A long
 * paragraph spreads over "（续）" slides that share the data-source and repeat
 * the notes, so slides are merged by data-source, never by comparing text.
 * A deck may hold several articles; each cover slide starts one.
 */
import type { Block, Deck, Slide } from '../deck/model';
import { plainText } from './inline-text';

export interface OutlineParagraph {
  /** data-source of the slide(s), null for a slide not linked to the article. */
  source: string | null;
  /** Slide title without Markdown marks. */
  title: string;
  /** Slide bullets (inline Markdown), continuation slides appended. */
  bullets: string[];
  /** The source paragraph(s), plain text, from the notes; one entry per paragraph. */
  text: string[];
}

export interface OutlineSection {
  /** Heading text without its 一、 / （一） numbering (renumbered on output). */
  heading: string;
  /** 1 = 一、, 2 = （一）. */
  level: 1 | 2;
  paragraphs: OutlineParagraph[];
}

export interface OutlineArticle {
  title: string;
  byline: string | null;
  subtitle: string | null;
  /** Paragraphs before the first section. */
  lead: OutlineParagraph[];
  sections: OutlineSection[];
}

export interface Outline {
  articles: OutlineArticle[];
}

export function slideAttr(slide: Slide, name: string): string | null {
  return slide.attrs.find((a) => a.name === name)?.value ?? null;
}

/** The layout class (cover, section, bullets, …) of a slide, 'bullets' when none is set. */
export function slideLayout(slide: Slide): string {
  const cls = slideAttr(slide, 'class') ?? '';
  const known = ['cover', 'contents', 'section', 'bullets', 'two-column', 'figures', 'quote', 'closing'];
  return cls.split(/\s+/).find((c) => known.includes(c)) ?? 'bullets';
}

export function slideTitle(slide: Slide): string {
  const h = slide.blocks.find((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  return h ? h.text : '';
}

/** Top-level and nested list items, in order (inline Markdown). */
export function slideBullets(slide: Slide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
}

/** Body paragraphs of a slide (not its title, not list items). */
export function slideParagraphs(slide: Slide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

const NUMBERING = /^\s*(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\([一二三四五六七八九十百]+\)|\d+[.．、]|（\d+）)\s*/;

export function stripNumbering(heading: string): string {
  return heading.replace(NUMBERING, '');
}

const CONTINUED = /\s*[（(]续[)）]\s*$/;

function notesParagraphs(notes: string | null): string[] {
  if (!notes) return [];
  return notes
    .split(/\n\s*\n/)
    .map((p) => plainText(p.replace(/\s*\n\s*/g, '')).trim())
    .filter((p) => p.length > 0);
}

export function deckToOutline(deck: Deck): Outline {
  const articles: OutlineArticle[] = [];
  let article: OutlineArticle | null = null;
  let section: OutlineSection | null = null;
  let last: OutlineParagraph | null = null;

  const startArticle = (title: string, byline: string | null, subtitle: string | null): OutlineArticle => {
    const a: OutlineArticle = { title, byline, subtitle, lead: [], sections: [] };
    articles.push(a);
    section = null;
    last = null;
    return a;
  };
  const current = (): OutlineArticle =>
    article ?? (article = startArticle(deck.meta.title, deck.meta.byline ?? null, deck.meta.subtitle ?? null));

  for (const slide of deck.slides) {
    const layout = slideLayout(slide);
    const source = slideAttr(slide, 'data-source');
    if (layout === 'cover') {
      const first = articles.length === 0;
      const paras = slideParagraphs(slide).map(plainText);
      const title = plainText(slideTitle(slide)) || (first ? deck.meta.title : '');
      // The deck's own front matter describes its first article.
      const byline = paras[0] ?? (first ? (deck.meta.byline ?? null) : null);
      article = startArticle(title, byline, first ? (deck.meta.subtitle ?? null) : null);
      continue;
    }
    if (layout === 'contents' || layout === 'closing') continue;
    const a = current();
    if (layout === 'section') {
      const h = slideTitle(slide);
      const depth = slide.blocks.find((b) => b.kind === 'heading')?.depth ?? 1;
      // The generator splits a long heading into a title line and a second line
      // (the part after the first comma); the notes, when present, hold it whole.
      const whole = notesParagraphs(slide.notes)[0];
      const rest = slideParagraphs(slide).map(plainText).filter(Boolean);
      const heading = whole ?? [plainText(h), ...rest].join('，');
      section = { heading: stripNumbering(heading), level: depth >= 2 ? 2 : 1, paragraphs: [] };
      a.sections.push(section);
      last = null;
      continue;
    }
    const title = plainText(slideTitle(slide)).replace(CONTINUED, '');
    const bullets = slideBullets(slide);
    const prev = last as OutlineParagraph | null;
    const continues =
      prev !== null &&
      ((source !== null && source === prev.source) || (source === null && CONTINUED.test(slideTitle(slide))));
    if (continues && prev) {
      prev.bullets.push(...bullets);
      if (prev.text.length === 0) prev.text = notesParagraphs(slide.notes);
      continue;
    }
    const text = notesParagraphs(slide.notes);
    const p: OutlineParagraph = {
      source,
      title,
      bullets: bullets.length ? bullets : slideParagraphs(slide),
      // A slide without notes still contributes what it shows.
      text: text.length ? text : [[...slideParagraphs(slide), ...bullets].map(plainText).join('；')].filter(Boolean),
    };
    const target = section as OutlineSection | null;
    if (target) target.paragraphs.push(p);
    else a.lead.push(p);
    last = p;
  }
  return { articles };
}
