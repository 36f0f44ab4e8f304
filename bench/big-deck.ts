/**
 * The 500-slide deck the editor bench and the profiler open: the shipped decks' slides,
 * repeated with numbered titles so every slide differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDeck, serializeDeck, type Deck } from '../src/core/deck';

const slidesDir = join(resolve(import.meta.dirname, '..'), 'slides');

export function bigDeck(count: number, title: string): string {
  const decks = readdirSync(slidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseDeck(readFileSync(join(slidesDir, f), 'utf8')).deck);
  const pool = decks.flatMap((d) => d.slides);
  const slides = Array.from({ length: count }, (_, i) => {
    const s = structuredClone(pool[i % pool.length]!);
    const h = s.blocks.find((b) => b.kind === 'heading');
    if (h && h.kind === 'heading') h.text = `${h.text}（${i + 1}）`;
    return s;
  });
  const deck: Deck = { meta: { ...decks[0]!.meta, title }, slides };
  return serializeDeck(deck);
}
