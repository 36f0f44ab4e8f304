/**
 * Each slide's footer, page number and divider number (core/render/slide-decor.ts)
 * for the editor: worked out once per Deck object, shared by the canvas and the slide
 * list, and an entry keeps its identity while its content is the same, so typing on
 * one slide does not re-render every thumbnail.
 */
import type { Deck } from '../../core/deck';
import { slideDecor } from '../../core/render/slide-decor';

type Decor = Record<string, string>;

const cache = new WeakMap<Deck, Decor[]>();
let last: Decor[] = [];

const sameRecord = (a: Decor, b: Decor) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

export function editorDecor(deck: Deck): Decor[] {
  let out = cache.get(deck);
  if (!out) {
    const before = last;
    out = slideDecor(deck).map((d, i) => {
      const b = before[i];
      return b && sameRecord(b, d) ? b : d;
    });
    cache.set(deck, out);
  }
  last = out;
  return out;
}
