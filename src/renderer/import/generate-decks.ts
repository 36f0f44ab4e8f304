/**
 * The review step's last move: every chosen article → core generateDeck →
 * serializeDeck → a new file in the user library through the host.
 */
import type { Article } from '../../core/article';
import type { DeckFile, DeckRef } from '../../core/contract';
import { generateDeck, serializeDeck, type Density, type GenerateOptions, type ThemeName } from '../../core/deck';
import { displayTitle } from '../../core/article/review-ops';

export interface GenerateChoices {
  theme: ThemeName;
  /** 精简 / 标准 / 详细. */
  density: Density;
  contents: boolean;
  closing: boolean;
}

export const DEFAULT_CHOICES: GenerateChoices = { theme: 'party-red', density: 'standard', contents: true, closing: true };

/**
 * A file name from a title: no path separators or characters Windows refuses,
 * whitespace folded, at most 60 characters (the host adds ".md" and makes it
 * unique). The ".md" we add also keeps a title like "2024.7 工作报告" whole,
 * since the host strips whatever looks like an extension.
 */
export function deckFileName(title: string): string {
  const clean = title
    // Control characters are refused by Windows in file names and are never meaningful in a title.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\0-\x1f]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '');
  return `${[...(clean || '未命名')].slice(0, 60).join('').trim()}.md`;
}

export async function createDecks(
  articles: Article[],
  choices: GenerateChoices,
  create: (args: { name: string; text: string }) => Promise<DeckFile>,
  onProgress?: (done: number, total: number) => void,
): Promise<DeckRef[]> {
  const options: GenerateOptions = { ...choices };
  const refs: DeckRef[] = [];
  for (const [i, article] of articles.entries()) {
    onProgress?.(i, articles.length);
    const text = serializeDeck(generateDeck(article, options));
    const file = await create({ name: deckFileName(displayTitle(article)), text });
    refs.push(file.ref);
  }
  onProgress?.(articles.length, articles.length);
  return refs;
}
