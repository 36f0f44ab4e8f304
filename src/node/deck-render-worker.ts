/**
 * Worker thread that turns deck text into the standalone or print HTML page
 * (parse + render + sanitise-ready markup): for a deck of tens of thousands of
 * slides that is seconds of CPU, which must not stall the host's other requests.
 */
import { parentPort } from 'node:worker_threads';
import { imageSources, parseDeck, type Deck } from '../core/deck';
import { buildHtmlDeck } from '../core/export/html-deck';
import { loadPresentAssets } from './present-assets';
import type { FromWorker, RenderRequest, ToWorker } from './deck-render-protocol';

const port = parentPort!;
let job: { req: RenderRequest; deck: Deck } | null = null;
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  void (async () => {
    try {
      if (m.type === 'start') {
        const { deck } = parseDeck(m.text);
        job = { req: m, deck };
        post({ type: 'parsed', sources: imageSources(deck), slides: deck.slides.length, aspect: deck.meta.aspect });
        return;
      }
      if (!job) throw new Error('images before start');
      const { req, deck } = job;
      const html = buildHtmlDeck(deck, await loadPresentAssets(req.themesDir), { mode: req.mode, printNotes: req.printNotes, images: m.images, customCss: req.customCss });
      post({ type: 'html', html });
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  })();
});
