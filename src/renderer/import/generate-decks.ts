/**
 * The review step's last move: every chosen article → core generateDeck →
 * deckFileText → new files in the user library, several per host call (one
 * import of a long file can make a hundred decks: one call each, with a library
 * refresh and a render each, took minutes). Cancel stops between batches and
 * keeps what is written.
 */
import type { Article } from '../../core/article';
import type { DeckRef } from '../../core/contract';
import { deckFileText, generateDeck, type Density, type GenerateOptions, type ThemeName } from '../../core/deck';
import { displayTitle } from '../../core/article/review-ops';

export interface GenerateChoices {
  theme: ThemeName;
  /** 精简 / 标准 / 详细. */
  density: Density;
  contents: boolean;
  closing: boolean;
}

export const DEFAULT_CHOICES: GenerateChoices = { theme: 'party-red', density: 'standard', contents: true, closing: true };

/** Decks per host call: big enough to make a hundred quick, small enough for progress and Cancel. */
export const BATCH = 20;

const MAX_NAME_CHARS = 60;

/**
 * A file name from a title: no path separators or characters Windows refuses,
 * whitespace folded, at most 60 characters (the host adds ".md" and makes it
 * unique). The ".md" we add also keeps a title like "2024.7 工作报告" whole,
 * since the host strips whatever looks like an extension.
 */
export function deckFileName(title: string, suffix = ''): string {
  const clean = title
    // Control characters are refused by Windows in file names and are never meaningful in a title.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\0-\x1f]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '');
  // A long title is cut, never the suffix that tells the decks apart.
  const room = MAX_NAME_CHARS - [...suffix].length;
  return `${[...(clean || '未命名')].slice(0, room).join('').trim()}${suffix}.md`;
}

/**
 * Names for the decks of one generation. Articles whose titles repeat (a file
 * holding the same kind of article many times) get "第N篇" after the title, N
 * being the article's place in the import, instead of the host's "（2）…（50）".
 */
export function deckNames(articles: Article[], nth: (n: number) => string): string[] {
  const titles = articles.map(displayTitle);
  const count = new Map<string, number>();
  for (const t of titles) count.set(t, (count.get(t) ?? 0) + 1);
  return titles.map((t, i) => deckFileName(t, count.get(t)! > 1 ? ` ${nth(i + 1)}` : ''));
}

/** Each deck with the article it was made from, saved beside it as <deck>.assets/article.json. */
export type CreateMany = (decks: Array<{ name: string; text: string; article: Article }>) => Promise<Array<{ ref: DeckRef }>>;

export interface CreateDecksOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** "第N篇" in the interface language. */
  nth?: (n: number) => string;
}

export async function createDecks(
  articles: Article[],
  choices: GenerateChoices,
  createMany: CreateMany,
  { onProgress, signal, nth = (n) => `第${n}篇` }: CreateDecksOptions = {},
): Promise<DeckRef[]> {
  const options: GenerateOptions = { ...choices };
  const names = deckNames(articles, nth);
  const refs: DeckRef[] = [];
  onProgress?.(0, articles.length);
  for (let start = 0; start < articles.length; start += BATCH) {
    if (signal?.aborted) break;
    const decks = articles.slice(start, start + BATCH).map((article, j) => ({
      name: names[start + j]!,
      text: deckFileText(generateDeck(article, options)),
      article,
    }));
    const made = await createMany(decks);
    refs.push(...made.map((m) => m.ref));
    onProgress?.(refs.length, articles.length);
  }
  return refs;
}
