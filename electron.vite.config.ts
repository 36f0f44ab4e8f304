import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * PDF.js's CMaps and standard fonts beside the renderer, as pdfjs/cmaps/ and
 * pdfjs/standard_fonts/: the import worker fetches them from its own origin
 * (app:// in Electron, 127.0.0.1 in the browser edition; CSP connect-src
 * 'self'), never from the internet. Without them Chinese PDFs whose fonts are
 * not embedded and have no ToUnicode map yield no text. Copied into the build,
 * served from node_modules in dev.
 */
function pdfjsAssets(): Plugin {
  const root = resolve(__dirname, 'node_modules/pdfjs-dist');
  const folders = ['cmaps', 'standard_fonts'];
  return {
    name: 'briefing-pdfjs-assets',
    generateBundle() {
      for (const folder of folders) {
        for (const file of readdirSync(resolve(root, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${file}`, source: readFileSync(resolve(root, folder, file)) });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        let name: string;
        try {
          name = decodeURIComponent((req.url ?? '').split('?')[0]!);
        } catch {
          return next();
        }
        const [folder, file, ...rest] = name.replace(/^\//, '').split('/');
        const path = folder && file && !rest.length && folders.includes(folder) ? resolve(root, folder, file) : '';
        if (!path.startsWith(resolve(root, folder ?? '') + sep) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The deck-render worker thread is its own entry: node/deck-render.ts starts it from beside index.js.
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), 'deck-render-worker': resolve(__dirname, 'src/node/deck-render-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle everything else, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), pdfjsAssets()],
    resolve: {
      alias: {
        // Its "browser" build decodes entities through document.createElement, which does not
        // exist in the import Web Worker; the plain build (a lookup table) works everywhere.
        'decode-named-character-reference': resolve(__dirname, 'node_modules/decode-named-character-reference/index.js'),
      },
    },
    // Workers as ES modules so their dynamic imports become chunks loaded on demand: in the
    // default 'iife' format the import worker inlined pdfjs and linkedom (5 MB) for every
    // import, though only a PDF or a web page needs them. Both workers start with type: 'module'.
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the start screen parses
      // and compiles a third of the code (bench: app.first_screen_kb). BRIEFING_NO_MINIFY=1
      // keeps the names readable for a Chromium profile.
      minify: !process.env.BRIEFING_NO_MINIFY,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
