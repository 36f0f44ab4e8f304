/** The three slides the theme settings preview: a cover, a section divider and a content page with its footer. */
import type { Deck } from '../../core/deck';

export function sampleDeck(text: Record<string, string>): Deck {
  const cls = (value: string) => [{ name: 'class', value }];
  return {
    meta: { title: text.deck ?? '', theme: 'custom' },
    slides: [
      { attrs: cls('cover'), blocks: [{ kind: 'heading', depth: 1, text: text.cover ?? '' }, { kind: 'paragraph', text: text.byline ?? '' }], notes: null },
      { attrs: cls('section'), blocks: [{ kind: 'heading', depth: 1, text: text.section ?? '' }], notes: null },
      {
        attrs: cls('bullets'),
        blocks: [
          { kind: 'heading', depth: 2, text: text.title ?? '' },
          { kind: 'list', ordered: false, items: [{ text: text.point1 ?? '', depth: 0 }, { text: text.point2 ?? '', depth: 0 }] },
        ],
        notes: null,
      },
    ],
  };
}
