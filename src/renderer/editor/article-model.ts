/**
 * The original article beside the deck: its paragraphs with the ids generation
 * wrote into every slide's data-source ("l1" lead, "s2" a section heading, "s2p3"
 * a paragraph), so selecting a slide can point at where its text came from.
 */
import type { Article } from '../../core/article/types';
import { getAttr, parseSource, type Deck, type Slide } from '../../core/deck';

export interface ArticlePara {
  id: string;
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
  /** The section id for paragraphs, so a divider slide ("s2") lights up its whole section. */
  section: string | null;
}

export function articleParas(a: Article): ArticlePara[] {
  const out: ArticlePara[] = [];
  if (a.title) out.push({ id: 'title', kind: 'title', text: a.title, section: null });
  a.lead.forEach((p, i) => out.push({ id: `l${i + 1}`, kind: 'paragraph', text: p, section: null }));
  a.sections.forEach((s, si) => {
    out.push({ id: `s${si + 1}`, kind: 'heading', text: s.heading, section: `s${si + 1}` });
    s.paragraphs.forEach((p, pi) => out.push({ id: `s${si + 1}p${pi + 1}`, kind: 'paragraph', text: p, section: `s${si + 1}` }));
  });
  return out;
}

/** Ids a slide points at: its data-source (may list several, space-separated). */
export function sourcesOf(slide: Slide | undefined): string[] {
  const v = slide ? getAttr(slide, 'data-source') : undefined;
  return v ? v.split(/[\s,]+/u).filter(Boolean) : [];
}

/** Does paragraph `p` belong to what the slide points at? A section id covers its heading and paragraphs. */
export function isLinked(p: ArticlePara, sources: string[]): boolean {
  return sources.some((s) => {
    if (s === p.id) return true;
    const r = parseSource(s);
    return r.kind === 'section' && p.section === s && p.kind === 'heading';
  });
}

/** First slide whose data-source names this paragraph. */
export function slideFor(deck: Deck, id: string): number {
  return deck.slides.findIndex((s) => sourcesOf(s).includes(id));
}

/** The article among several in one file that this deck was made from: same title, else the first. */
export function pickArticle(articles: Article[], deck: Deck): number {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, '');
  const i = articles.findIndex((a) => norm(a.title) !== '' && norm(a.title) === norm(deck.meta.title));
  return i >= 0 ? i : 0;
}
