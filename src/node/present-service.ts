/**
 * The 'export/pdf' and 'export/html' services (browser edition and CLI; Electron
 * main replaces 'export/pdf' with printToPDF) and the 'present/*' fallbacks for
 * hosts without native windows. Deck text in, base64 bytes out.
 */
import { HostError, type OpArgs, type OpResult } from '../core/contract';
import { parseDeck } from '../core/deck';
import { buildHtmlDeck } from '../core/export/html-deck';
import { bytesToBase64 } from '../core/base64';
import { loadPresentAssets } from './present-assets';
import { deckToPdf } from './pdf';
import type { DeckRef } from '../core/contract';
import type { Deck } from '../core/deck';

/** Finds the pictures of a library deck (see deck-images.ts); absent where decks have no files. */
export type DeckImageResolver = (ref: DeckRef, deck: Deck) => Promise<Record<string, string>>;

/** Pages in a PDF: count of /Type /Page objects (Chromium writes one per page, never compressed away). */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export function presentServices(themesDir?: string, images?: DeckImageResolver) {
  const imagesOf = async (ref: DeckRef | undefined, deck: Deck) => (ref && images ? images(ref, deck) : undefined);
  return {
    'export/pdf': async (a: OpArgs<'export/pdf'>[0]): Promise<OpResult<'export/pdf'>> => {
      const { deck } = parseDeck(a.text);
      const bytes = await deckToPdf(deck, await loadPresentAssets(themesDir), {
        variant: a.variant ?? 'slides',
        images: await imagesOf(a.ref, deck),
      });
      return { base64: bytesToBase64(bytes), pages: pdfPageCount(bytes) };
    },
    'export/html': async (a: OpArgs<'export/html'>[0]): Promise<OpResult<'export/html'>> => {
      const { deck } = parseDeck(a.text);
      const html = buildHtmlDeck(deck, await loadPresentAssets(themesDir), { mode: 'present', images: await imagesOf(a.ref, deck) });
      return { base64: bytesToBase64(new TextEncoder().encode(html)), pages: null };
    },
  };
}

/** Presenter windows need a desktop host; the browser edition opens them itself (window.open). */
export function noPresenterWindows(op: string) {
  return async (): Promise<never> => {
    throw new HostError('UNSUPPORTED', {
      zh: `此版本由浏览器自行打开演讲者窗口（${op}）`,
      en: `In this edition the browser opens the presenter window itself (${op})`,
    });
  };
}
