/**
 * `briefing export deck.md --to pdf|html`: the presenting formats, plugged into
 * export-command's format map.
 *   --to pdf                 slides, one 16:9 page each (headless Chromium)
 *   --to pdf --kind handout  notes pages: each slide with its speaker notes
 *   --to html                one offline file that presents in any browser (S: speaker view)
 * Pictures the deck uses are read from beside it and travel inside the file.
 */
import { imageSources, type Deck } from '../core/deck';
import { imageInfo, imageMime } from '../core/export/image-size';
import { bytesToBase64 } from '../core/base64';
import { buildHtmlDeck } from '../core/export/html-deck';
import type { AssetLoader } from '../core/export/index';
import { deckToPdf } from '../node/pdf';
import { loadPresentAssets } from '../node/present-assets';
import { registerExportFormat } from './export-command';
import { customThemeCss } from '../core/theme/custom-theme-css';

/** Every picture the slides use, as data: URIs (pictures that cannot be read are left as they are). */
export async function deckImages(deck: Deck, assets: AssetLoader): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const src of imageSources(deck)) {
    const bytes = await assets(src);
    if (!bytes) continue;
    const info = imageInfo(bytes);
    const svg = /\.svg$/i.test(src);
    if (!info && !svg) continue;
    out[src] = `data:${info ? imageMime(info.format) : 'image/svg+xml'};base64,${bytesToBase64(bytes)}`;
  }
  return out;
}

export function registerPresentFormats(): void {
  registerExportFormat('pdf', {
    extension: '.pdf',
    run: async (deck, options, ctx) =>
      deckToPdf(deck, await loadPresentAssets(), {
        variant: options.kind === 'handout' ? 'notes' : 'slides',
        images: await deckImages(deck, ctx.assets),
        customCss: ctx.customTheme ? customThemeCss(ctx.customTheme) : null,
      }),
  });
  registerExportFormat('html', {
    extension: '.html',
    run: async (deck, _options, ctx) =>
      new TextEncoder().encode(buildHtmlDeck(deck, await loadPresentAssets(), { mode: 'present', images: await deckImages(deck, ctx.assets), customCss: ctx.customTheme ? customThemeCss(ctx.customTheme) : null })),
  });
}
