/**
 * Each slide's footer, page number and divider number (core/render/slide-decor.ts)
 * for the editor: worked out once per Deck object, shared by the canvas and the slide
 * list, and an entry keeps its identity while its content is the same, so typing on
 * one slide does not re-render every thumbnail. A deck whose slides kept their
 * attributes and whose footer is unchanged (typing, notes) reuses the previous result
 * outright: the decor depends on nothing else.
 */
import type { Deck, Slide } from '../../core/deck';
import { footerText, slideDecor } from '../../core/render/slide-decor';

type Decor = Record<string, string>;

const cache = new WeakMap<Deck, Decor[]>();
let last: { deck: Deck; decor: Decor[] } | null = null;

const sameRecord = (a: Decor, b: Decor) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

const sameAttrs = (a: Slide['attrs'], b: Slide['attrs']) =>
  a === b || (a.length === b.length && a.every((x, i) => x.name === b[i]!.name && x.value === b[i]!.value));

function sameShape(a: Deck, b: Deck): boolean {
  if (a.slides.length !== b.slides.length || footerText(a) !== footerText(b)) return false;
  return a.slides.every((s, i) => s === b.slides[i] || sameAttrs(s.attrs, b.slides[i]!.attrs));
}

export function editorDecor(deck: Deck): Decor[] {
  let out = cache.get(deck);
  if (!out) {
    const before = last;
    if (before && sameShape(before.deck, deck)) out = before.decor;
    else {
      const prev = before?.decor ?? [];
      out = slideDecor(deck).map((d, i) => {
        const b = prev[i];
        return b && sameRecord(b, d) ? b : d;
      });
    }
    cache.set(deck, out);
  }
  last = { deck, decor: out };
  return out;
}
