/**
 * The reviewed article beside its deck: `<deck>.assets/article.json` (see
 * core/article/saved-article.ts for why and the format). Written when the import
 * step makes a deck (deck/create, deck/createMany, `briefing import`), read by
 * the editor's article panel (deck/readArticle) and the briefing exports.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DeckRef } from '../core/contract';
import { assetsFolder } from '../core/deck';
import { parseSavedArticle, SAVED_ARTICLE_FILE, serializeSavedArticle } from '../core/article/saved-article';
import type { Article } from '../core/article/types';
import { writeFileAtomic } from './atomic-write';
import { assetsDirOf } from './deck-assets';
import { isInside, type Library } from './library';

/** Path of the saved article of the deck file at `deckPath`. */
export function savedArticleFile(deckPath: string): string {
  return join(dirname(deckPath), assetsFolder(basename(deckPath)), SAVED_ARTICLE_FILE);
}

export async function writeSavedArticleFile(deckPath: string, article: Article): Promise<void> {
  const file = savedArticleFile(deckPath);
  await fs.mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, serializeSavedArticle(article));
}

/** The saved article of a deck file, or null when there is none or it does not parse (decks made before it). */
export async function readSavedArticleFile(deckPath: string): Promise<Article | null> {
  const text = await fs.readFile(savedArticleFile(deckPath), 'utf8').catch(() => null);
  return text === null ? null : parseSavedArticle(text);
}

export async function writeSavedArticle(library: Library, ref: DeckRef, article: Article): Promise<void> {
  const { dir } = await assetsDirOf(library, ref);
  await fs.mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, SAVED_ARTICLE_FILE), serializeSavedArticle(article));
}

export async function readSavedArticle(library: Library, ref: DeckRef): Promise<Article | null> {
  const { dir } = await assetsDirOf(library, ref);
  // Inside the library root once symlinks are followed, like every asset.
  const root = await fs.realpath(library.rootDir(ref.root)).catch(() => library.rootDir(ref.root));
  const real = await fs.realpath(join(dir, SAVED_ARTICLE_FILE)).catch(() => null);
  if (real === null || !isInside(root, real)) return null;
  const text = await fs.readFile(real, 'utf8').catch(() => null);
  return text === null ? null : parseSavedArticle(text);
}
