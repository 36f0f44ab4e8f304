/**
 * Sections of a deck for the presenter's time budget: a section starts at each
 * divider slide (class "section") and runs to the next one; slides before the
 * first divider (cover, contents) form the opening. Pure, so the budget
 * arithmetic is tested without a DOM.
 */
import type { Deck, Slide } from '../../core/deck';
import { slideTitle } from '../../core/deck';
import { sessionParts } from '../../core/session';

export interface DeckSection {
  /** Index of the first slide. */
  start: number;
  /** Index after the last slide. */
  end: number;
  title: string;
}

const isDivider = (s: Slide) => s.attrs.some((a) => a.name === 'class' && /(^|\s)section(\s|$)/.test(a.value));

export function deckSections(deck: Deck, openingTitle: string): DeckSection[] {
  // A study session: one section per deck (its divider to the next one), the cover and agenda the opening.
  const parts = sessionParts(deck);
  if (parts.length > 0) {
    const starts = parts.map((p) => ({ start: p.start, title: p.title }));
    if (starts[0]!.start > 0) starts.unshift({ start: 0, title: openingTitle });
    return starts.map((x, k) => ({ ...x, end: starts[k + 1]?.start ?? deck.slides.length }));
  }
  const out: DeckSection[] = [];
  deck.slides.forEach((s, i) => {
    if (i === 0 || isDivider(s)) {
      if (out.length) out[out.length - 1]!.end = i;
      out.push({ start: i, end: deck.slides.length, title: i === 0 && !isDivider(s) ? openingTitle : slideTitle(s) || openingTitle });
    }
  });
  return out;
}

export function sectionAt(sections: DeckSection[], index: number): number {
  const k = sections.findIndex((s) => index >= s.start && index < s.end);
  return k < 0 ? 0 : k;
}

/** 'ok' under 80 % of the budget, 'near' up to 100 %, 'over' beyond it; 'none' without a budget. */
export function budgetState(spentMs: number, budgetMin: number | undefined): 'none' | 'ok' | 'near' | 'over' {
  if (!budgetMin || budgetMin <= 0) return 'none';
  const budgetMs = budgetMin * 60_000;
  return spentMs > budgetMs ? 'over' : spentMs > budgetMs * 0.8 ? 'near' : 'ok';
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** A session's planned minutes per deck, by the index of the deck's first slide: the presenter's budgets to start from. */
export function sessionBudgets(deck: Deck): Record<number, number> {
  const out: Record<number, number> = {};
  for (const p of sessionParts(deck)) if (p.minutes) out[p.start] = p.minutes;
  return out;
}
