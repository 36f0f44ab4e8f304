import { describe, expect, it } from 'vitest';
import { pdfAssetUrls } from './pdf-asset-urls';

describe('pdfAssetUrls', () => {
  it('names the pdfjs/ folder at the root of the renderer build, on the origin the worker came from', () => {
    // The import worker's chunk is in assets/ of out/renderer, served over app://bundle or the browser edition's server.
    expect(pdfAssetUrls('app://bundle/assets/import.worker-Ab12.js')).toEqual({
      cMapUrl: 'app://bundle/pdfjs/cmaps/',
      standardFontDataUrl: 'app://bundle/pdfjs/standard_fonts/',
    });
    expect(pdfAssetUrls('http://127.0.0.1:5170/assets/run-import-core-Xy.js').cMapUrl).toBe('http://127.0.0.1:5170/pdfjs/cmaps/');
    // Dev: the module is served from src/renderer/import/, the plugin serves /pdfjs/.
    expect(pdfAssetUrls('http://localhost:5173/import/pdf-asset-urls.ts').standardFontDataUrl).toBe('http://localhost:5173/pdfjs/standard_fonts/');
  });
});
