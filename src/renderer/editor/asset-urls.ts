/**
 * Showing a deck's images. Slides name them relative to the deck file
 * ("学习会.assets/photo-1a2b3c.png"); the page cannot load that path from either
 * host, so each image is read once through the contract (deck/readAsset) and shown
 * from a blob: URL, which the CSP allows. Remote and absolute sources never get
 * here: the slide sanitising policy already dropped them.
 */
import { createContext } from 'react';
import type { DeckRef } from '../../core/contract';
import { base64ToBytes } from '../../core/base64';
import { getHost } from '../host';

/** The deck whose images the slides below show (null: an unsaved deck, no folder yet). */
export const AssetDeck = createContext<DeckRef | null>(null);

const cache = new Map<string, Promise<string | null>>();

function urlFor(ref: DeckRef, src: string): Promise<string | null> {
  const key = `${ref.root}:${ref.path}|${src}`;
  let p = cache.get(key);
  if (!p) {
    p = getHost()
      .api.deck.readAsset({ ref, src })
      .then((a) => (a ? URL.createObjectURL(new Blob([base64ToBytes(a.base64) as BlobPart], { type: a.mime })) : null))
      .catch(() => null);
    cache.set(key, p);
  }
  return p;
}

/** Point every deck-relative <img> inside `root` at its loaded copy. */
export function resolveImages(root: HTMLElement, ref: DeckRef | null, onLoad?: () => void): void {
  if (!ref) return;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('data-asset-src') ?? img.getAttribute('src');
    if (!src || /^(?:blob:|data:)/i.test(src)) continue;
    img.setAttribute('data-asset-src', src);
    img.removeAttribute('src');
    void urlFor(ref, src).then((url) => {
      if (!url || img.getAttribute('data-asset-src') !== src) return;
      if (onLoad) img.addEventListener('load', onLoad, { once: true });
      img.src = url;
    });
  }
}
