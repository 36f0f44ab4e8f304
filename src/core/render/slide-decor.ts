/**
 * What a slide shows besides its own content, decided from its place in the deck:
 * the page number and the footer text (content slides only) and the large number
 * of a section divider. The front matter's `footer:` line sets the footer text
 * (absent: the deck title; `false`, `off`, `no`, `关`, `无`: no footer and no page
 * number). They travel
 * as data-* attributes on the <section> and the theme CSS draws them (attr() in
 * ::before/::after), so the slide's text — the author's headings with their own
 * numbering — is never changed.
 */
import type { Deck, SlideAspect } from '../deck/model';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../deck/model';
import { getAttr, getLayout } from '../deck/slide-attrs';

/** Slides that are pages of content: they get the footer. */
const HERO = new Set(['cover', 'section', 'closing']);

/** Per slide, the extra attributes of its <section> (in deck order). */
/** The footer text of a deck, or null when the deck turns the footer off. */
export function footerText(deck: Deck): string | null {
  const kept = deck.meta.extra?.find((e) => e.key === 'footer');
  if (!kept) return deck.meta.title;
  const v = kept.yaml.trim().replace(/^(["'])(.*)\1$/u, '$2').trim();
  if (/^(false|off|no|none|关|关闭|无|不显示)$/iu.test(v)) return null;
  return v === '' || /^(true|on|yes)$/iu.test(v) ? deck.meta.title : v;
}

export function slideDecor(deck: Deck): Array<Record<string, string>> {
  const text = footerText(deck);
  const footer = text !== null;
  let sectionNo = 0;
  return deck.slides.map((slide, i) => {
    const layout = getLayout(slide);
    const out: Record<string, string> = {};
    if (layout === 'cover') sectionNo = 0; // a deck of several articles numbers each from 1
    // A study session's divider before each deck shows the deck's place in the session.
    const part = getAttr(slide, 'data-session-part');
    if (part !== undefined) out['data-section-no'] = part.padStart(2, '0');
    else if (layout === 'section') out['data-section-no'] = String(++sectionNo).padStart(2, '0');
    if (footer && !HERO.has(layout)) {
      out['data-page'] = String(i + 1);
      out['data-deck-title'] = text;
    }
    return out;
  });
}

export interface SlideSize {
  width: number;
  height: number;
}

/** Logical slide size in CSS pixels: every surface lays slides out at this size. */
export function slideSize(aspect: SlideAspect | undefined): SlideSize {
  return aspect === '4:3' ? { width: 960, height: SLIDE_HEIGHT } : { width: SLIDE_WIDTH, height: SLIDE_HEIGHT };
}

