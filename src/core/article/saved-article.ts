/**
 * The article as the user confirmed it in the review step, saved with its deck
 * as `<deck>.assets/article.json` (DESIGN.md, "Data"). Source links, the article
 * panel and the full-text briefing read it instead of importing the file again,
 * which may disagree with what was reviewed (a heading demoted, a title chosen,
 * an extra restored).
 *
 * Why a file in the assets folder and not the front matter: the article is the
 * whole text again (often 10 000+ characters); in YAML it would double the deck
 * file the user edits by hand and that reveal.js's markdown plugin opens, and the
 * assets folder already travels with the deck on rename, duplicate and trash.
 *
 * File format (version 1): { "schema": 1, "article": Article } with Article as in
 * types.ts. A file that does not parse is treated as absent (the deck keeps
 * working as a deck without one), never as an error that blocks opening it.
 */
import { z } from 'zod';
import { EXTRA_KINDS, type Article } from './types';

export const SAVED_ARTICLE_FILE = 'article.json';

/** At most this many characters of JSON: a deck holds at most 20 million characters too. */
export const MAX_SAVED_ARTICLE_CHARS = 20_000_000;

const Level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const ArticleSchema = z
  .object({
    title: z.string().nullable(),
    subtitle: z.string().nullable(),
    byline: z.string().nullable(),
    lead: z.array(z.string()),
    sections: z.array(z.object({ heading: z.string(), level: Level, paragraphs: z.array(z.string()) }).strip()),
    extras: z.array(
      z
        .object({
          kind: z.enum(EXTRA_KINDS),
          text: z.string(),
          fields: z.object({ name: z.string(), issue: z.string(), unit: z.string(), date: z.string() }).partial().optional(),
        })
        .strip(),
    ),
    sourceName: z.string(),
    encoding: z.string(),
  })
  .strip();

const SavedArticleFile = z.object({ schema: z.literal(1), article: ArticleSchema });

export function serializeSavedArticle(article: Article): string {
  return JSON.stringify({ schema: 1, article }, null, 1) + '\n';
}

/** The saved article, or null when the text is not a saved article of a known version. */
export function parseSavedArticle(text: string): Article | null {
  if (text.length > MAX_SAVED_ARTICLE_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const r = SavedArticleFile.safeParse(json);
  return r.success ? (r.data.article as Article) : null;
}

/** Path of the saved article relative to the deck's folder, e.g. "wujin.assets/article.json". */
export function savedArticlePath(assetsFolderName: string): string {
  return `${assetsFolderName}/${SAVED_ARTICLE_FILE}`;
}
