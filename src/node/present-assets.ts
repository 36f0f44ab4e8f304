/**
 * Reads the asset texts the standalone HTML and the PDF page inline (reveal.js,
 * its notes plugin, DOMPurify, the theme CSS). Core's buildHtmlDeck cannot read
 * files; every host (CLI, browser-edition server, Electron main) loads them here.
 * reveal.js and DOMPurify come from node_modules (runtime dependencies, so they
 * ship with the app); the themes from resources/themes, or the packaged
 * resources folder Electron passes in.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeckHtmlAssets } from '../core/export/html-deck';
import { THEMES } from '../core/deck';
import type { ThemeName } from '../core/deck';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** resources/themes of this checkout (the CLI and the browser edition run from the source tree). */
export const defaultThemesDir = resolve(here, '../../resources/themes');

const cache = new Map<string, Promise<DeckHtmlAssets>>();

function moduleFile(spec: string): string {
  return require.resolve(spec);
}

async function load(themesDir: string): Promise<DeckHtmlAssets> {
  const revealMain = moduleFile('reveal.js'); // dist/reveal.js (UMD, window.Reveal)
  const revealDist = dirname(revealMain);
  const purify = join(dirname(moduleFile('dompurify')), 'purify.min.js');
  const themeNames = THEMES as readonly ThemeName[];
  const [revealJs, revealCss, notesJs, purifyJs, baseCss, ...themes] = await Promise.all([
    readFile(revealMain, 'utf8'),
    readFile(join(revealDist, 'reveal.css'), 'utf8'),
    readFile(join(revealDist, 'plugin', 'notes.js'), 'utf8'),
    readFile(purify, 'utf8'),
    readFile(join(themesDir, 'base.css'), 'utf8'),
    ...themeNames.map((t) => readFile(join(themesDir, `${t}.css`), 'utf8')),
  ]);
  const themeCss: DeckHtmlAssets['themeCss'] = {};
  themeNames.forEach((t, i) => (themeCss[t] = themes[i]));
  return { revealJs, revealCss, notesJs, purifyJs, baseCss, themeCss };
}

/** The asset texts, read once per themes folder. */
export function loadPresentAssets(themesDir: string = defaultThemesDir): Promise<DeckHtmlAssets> {
  let p = cache.get(themesDir);
  if (!p) {
    p = load(themesDir);
    p.catch(() => cache.delete(themesDir));
    cache.set(themesDir, p);
  }
  return p;
}
