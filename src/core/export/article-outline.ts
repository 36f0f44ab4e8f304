/**
 * The briefing outline from the article saved with the deck (<deck>.assets/
 * article.json): the structure the user confirmed in the review step — sections,
 * heading text and levels, run-in lead sentences, every paragraph — rather than
 * what the slides still show after editing (a divider deleted, a paragraph slide
 * dropped). The title, subtitle and byline stay the deck's own (the cover is where
 * users correct them); the closing block comes from the front matter as before.
 *
 * A deck without a saved article, or whose slides link to sections or paragraphs
 * the saved article does not have (a stale or foreign file), and a deck holding
 * several articles, keep the outline read from the slides (deck-to-outline.ts).
 */
import type { Article } from '../article/types';
import { leadSentenceTest } from '../deck/generate';
import type { Deck } from '../deck/model';
import { getAttr, parseSource } from '../deck/slide-attrs';
import { deckToOutline, type Outline, type OutlineArticle, type OutlineParagraph, type OutlineSection } from './deck-to-outline';

/** Whether every slide's data-source names something the article has. */
export function articleMatchesDeck(article: Article, deck: Deck): boolean {
  for (const slide of deck.slides) {
    const id = getAttr(slide, 'data-source');
    if (id === undefined || id === null) continue;
    const ref = parseSource(id);
    if (ref.kind === 'lead' && ref.paragraph > article.lead.length) return false;
    if (ref.kind === 'section' && ref.section > article.sections.length) return false;
    if (ref.kind === 'paragraph' && ref.paragraph > (article.sections[ref.section - 1]?.paragraphs.length ?? -1)) return false;
  }
  return true;
}

function paragraph(source: string, text: string): OutlineParagraph {
  return { source, title: '', bullets: [], text: [text.trim()], derived: false };
}

export function outlineFromArticle(article: Article, head: Pick<OutlineArticle, 'title' | 'byline' | 'subtitle'>): OutlineArticle {
  const isLeadSentence = leadSentenceTest(article);
  const sections: OutlineSection[] = article.sections.map((s, si) => {
    const inline = isLeadSentence(s);
    const heading = s.heading.trim();
    const paragraphs = s.paragraphs.map((p, pi) =>
      // A run-in lead sentence opens its first paragraph, as it does in the slides' notes.
      paragraph(`s${si + 1}p${pi + 1}`, inline && pi === 0 ? heading + p.trim() : p),
    );
    return { heading, level: s.level, inline, paragraphs };
  });
  return { ...head, lead: article.lead.map((p, i) => paragraph(`l${i + 1}`, p)), sections };
}

/** The outline a briefing is written from: the saved article's structure when it fits the deck. */
export function briefingOutline(deck: Deck, saved?: Article | null): Outline {
  const fromSlides = deckToOutline(deck);
  const [only, ...more] = fromSlides.articles;
  if (!saved || !only || more.length > 0 || !articleMatchesDeck(saved, deck)) return fromSlides;
  return { articles: [outlineFromArticle(saved, only)] };
}
