/**
 * Deck → the article skeleton the Word briefings are written from.
 *
 * A deck carries its source article in its slides' data-source links:
 * - a divider (class="section", data-source="sN") holds section N's heading;
 * - a paragraph slide (data-source="sNpM") holds paragraph M of section N whole
 *   in its notes; a long paragraph continues on "（续）" slides with the same
 *   data-source, so slides are merged by data-source, never by comparing text;
 * - a topic-sentence section (the importer's level-2 "构建城乡融合新格局。"
 *   sections) has no divider: its first paragraph slide's title is the heading
 *   and its notes hold the rest of the paragraph;
 * - a slide linked to a whole section without being its divider (the "数说"
 *   figures slide) repeats the section's content and is marked derived;
 * - lead paragraphs (before the first heading) are "lN";
 * - data-level (1 一、, 2 （一）, 3 1., 4 （1）) is the source heading's level;
 *   decks made before it existed fall back to the divider's depth.
 * Headings come out as the author wrote them, numbering included.
 * Slides are merged by data-source over the whole article, not only with the
 * slide before: a "（续）" slide moved away from its first slide still adds its
 * bullets to the same paragraph, and the paragraph is printed once.
 * A deck may hold several articles; each cover slide starts one.
 */
import type { Deck, Slide } from '../deck/model';
import { plainText } from '../deck/inline-text';
import { slideListItems, slideParagraphs, slideTitle } from '../deck/operations';
import { getAttr, getLayout, parseSource } from '../deck/slide-attrs';

export interface OutlineParagraph {
  /** data-source of the slide(s), null for a slide not linked to the article. */
  source: string | null;
  /** Slide title without Markdown marks. */
  title: string;
  /** Slide bullets (inline Markdown), continuation slides appended. */
  bullets: string[];
  /** The source paragraph(s), plain text, from the notes; one entry per paragraph. */
  text: string[];
  /** A summary slide (e.g. "数说") whose content repeats the section's paragraphs. */
  derived: boolean;
}

export type OutlineLevel = 1 | 2 | 3 | 4;

export interface OutlineSection {
  /** Heading text as written, numbering included. */
  heading: string;
  /** 1 一、, 2 （一）, 3 1., 4 （1）: the source heading's level. */
  level: OutlineLevel;
  /**
   * A topic-sentence section: the heading is the opening sentence of its first
   * paragraph, so the full text sets it inline ("（一）heading。paragraph…").
   */
  inline: boolean;
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

/**
 * A continuation slide's notes: the rest of the paragraph when the generator
 * split the notes with the bullets (joined on to it), nothing new when it
 * repeats the whole paragraph (decks made before the split).
 */
function appendNotes(p: OutlineParagraph, more: string[]): void {
  if (more.length === 0) return;
  const have = p.text.join('');
  const extra = more.join('');
  if (have.includes(extra)) return;
  if (p.text.length === 0 || extra.startsWith(have)) {
    p.text = [...more];
    return;
  }
  const [first, ...rest] = more;
  p.text[p.text.length - 1] += first ?? '';
  p.text.push(...rest);
}

/** data-level as written by the generator, or null for decks without it. */
function slideLevel(slide: Slide): OutlineLevel | null {
  const n = Number(getAttr(slide, 'data-level'));
  return n >= 1 && n <= 4 ? (n as OutlineLevel) : null;
}

export function deckToOutline(deck: Deck): Outline {
  const articles: OutlineArticle[] = [];
  let article: OutlineArticle | null = null;
  let section: OutlineSection | null = null;
  /** Source section number of `section`, to spot topic-sentence sections. */
  let sectionNo: number | null = null;
  let last: OutlineParagraph | null = null;
  const sectionsByNo = new Map<number, OutlineSection>();
  /** Every paragraph of the current article by data-source, wherever its slides sit. */
  const bySource = new Map<string, OutlineParagraph>();

  const startArticle = (title: string, byline: string | null, subtitle: string | null): OutlineArticle => {
    const a: OutlineArticle = { title, byline, subtitle, lead: [], sections: [] };
    articles.push(a);
    section = null;
    sectionNo = null;
    sectionsByNo.clear();
    bySource.clear();
    last = null;
    return a;
  };
  const current = (): OutlineArticle =>
    article ?? (article = startArticle(deck.meta.title, deck.meta.byline ?? null, deck.meta.subtitle ?? null));

  for (const slide of deck.slides) {
    const layout = getLayout(slide);
    const source = getAttr(slide, 'data-source') ?? null;
    const ref = source === null ? ({ kind: 'other' } as const) : parseSource(source);
    if (layout === 'cover') {
      const first = articles.length === 0;
      const paras = slideParagraphs(slide).map(plainText);
      const title = plainText(slideTitle(slide) ?? '') || (first ? deck.meta.title : '');
      // The front matter describes the deck's first article; a later cover's
      // first line under the title is its byline.
      const byline = first ? (deck.meta.byline ?? paras[0] ?? null) : (paras[0] ?? null);
      article = startArticle(title, byline, first ? (deck.meta.subtitle ?? null) : null);
      continue;
    }
    // A closing slide is the deck's, unless it says the article's last words ("谢谢大家！" of a speech).
    if (layout === 'contents' || (layout === 'closing' && ref.kind !== 'paragraph' && ref.kind !== 'lead')) continue;
    const a = current();
    if (layout === 'section') {
      const h = slideTitle(slide);
      const depth = slide.blocks.find((b) => b.kind === 'heading')?.depth ?? 1;
      // The generator splits a long heading into a title line and a second line
      // (the part after the first comma); the notes, when present, hold it whole.
      const whole = notesParagraphs(slide.notes)[0];
      const rest = slideParagraphs(slide).map(plainText).filter(Boolean);
      const heading = whole ?? [plainText(h ?? ''), ...rest].join('，');
      const level = slideLevel(slide) ?? (depth >= 2 ? 2 : 1);
      sectionNo = ref.kind === 'section' ? ref.section : null;
      const known = sectionNo !== null ? sectionsByNo.get(sectionNo) : undefined;
      if (known) {
        // Its paragraph slides came first (slides reordered): it is a divider after all.
        Object.assign(known, { heading, level, inline: false });
        section = known;
      } else {
        section = { heading, level, inline: false, paragraphs: [] };
        if (sectionNo !== null) sectionsByNo.set(sectionNo, section);
        a.sections.push(section);
      }
      last = null;
      continue;
    }
    const rawTitle = slideTitle(slide) ?? '';
    const title = plainText(rawTitle).replace(CONTINUED, '');
    const bullets = slideListItems(slide);
    const prev = last as OutlineParagraph | null;
    const seen = source !== null && ref.kind !== 'other' ? bySource.get(source) : undefined;
    const continues = seen ?? (prev !== null && source === null && CONTINUED.test(rawTitle) ? prev : undefined);
    if (continues) {
      continues.bullets.push(...bullets);
      appendNotes(continues, notesParagraphs(slide.notes));
      continue;
    }
    const level = slideLevel(slide);
    if (ref.kind === 'paragraph' && sectionNo !== ref.section) {
      const known = sectionsByNo.get(ref.section);
      if (known) section = known;
      else {
        // First slide of a section that has no divider: a topic-sentence section.
        section = { heading: title, level: level ?? 2, inline: true, paragraphs: [] };
        sectionsByNo.set(ref.section, section);
        a.sections.push(section);
      }
      sectionNo = ref.section;
    }
    if (ref.kind === 'section' && level !== null && layout !== 'figures' && !sectionsByNo.has(ref.section)) {
      // A lead sentence with no paragraph after it: a heading-only slide.
      section = { heading: title, level, inline: true, paragraphs: [] };
      sectionNo = ref.section;
      sectionsByNo.set(ref.section, section);
      a.sections.push(section);
      last = null;
      continue;
    }
    const text = notesParagraphs(slide.notes);
    const derived = ref.kind === 'section';
    const p: OutlineParagraph = {
      source,
      title,
      bullets: bullets.length ? bullets : slideParagraphs(slide),
      // A slide without notes still contributes what it shows.
      text: text.length || derived ? text : [[...slideParagraphs(slide), ...bullets].map(plainText).join('；')].filter(Boolean),
      derived,
    };
    const target = (derived ? sectionsByNo.get((ref as { section: number }).section) : undefined) ?? (section as OutlineSection | null);
    if (target && ref.kind !== 'lead') target.paragraphs.push(p);
    else a.lead.push(p);
    if (source !== null && ref.kind !== 'other' && !derived) bySource.set(source, p);
    last = p;
  }
  return { articles };
}
