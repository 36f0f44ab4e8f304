/**
 * PDF.js's data files for the Node hosts (CLI, browser-edition server, Electron
 * main): the CMaps and standard fonts that ship in pdfjs-dist (a runtime
 * dependency, so they are in the packaged app's node_modules too, read through
 * Electron's asar support like the reveal.js files of present-assets.ts). Core
 * gets them as `importArticleBytes(bytes, name, { pdfAssets })`; PDF.js in Node
 * reads a folder path given as the URL.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { PdfAssets } from '../core/article/index';

const require = createRequire(import.meta.url);

let assets: PdfAssets | undefined;

export function pdfAssetPaths(): PdfAssets {
  if (!assets) {
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    assets = { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  }
  return assets;
}
