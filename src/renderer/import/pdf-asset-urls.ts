/**
 * Where the renderer build keeps PDF.js's CMaps and standard fonts
 * (electron.vite.config.ts copies them to out/renderer/pdfjs/ and serves them
 * at /pdfjs/ in dev), relative to this module's own URL: it is bundled into
 * out/renderer/assets/ (the import worker, or the main-thread fallback's chunk)
 * and served from src/renderer/import/ in dev, one folder below the root
 * either way. So the same URLs hold over app://bundle, over the browser
 * edition's 127.0.0.1 server and in dev, and stay on the app's own origin.
 */
import type { PdfAssets } from '../../core/article';

export function pdfAssetUrls(moduleUrl: string = import.meta.url): PdfAssets {
  return {
    cMapUrl: new URL('../pdfjs/cmaps/', moduleUrl).href,
    standardFontDataUrl: new URL('../pdfjs/standard_fonts/', moduleUrl).href,
  };
}
