/** Per-section minutes the presenter set, kept in this browser profile per deck (not in the deck file). */
import type { DeckRef } from '../../core/contract';

const key = (ref: DeckRef) => `briefing-budgets:${ref.root}/${ref.path}`;

export function loadBudgets(ref: DeckRef): Record<number, number> {
  try {
    const v = JSON.parse(localStorage.getItem(key(ref)) ?? '{}') as Record<string, unknown>;
    const out: Record<number, number> = {};
    for (const [k, n] of Object.entries(v)) if (typeof n === 'number' && n > 0 && n < 1000) out[Number(k)] = n;
    return out;
  } catch {
    return {};
  }
}

export function saveBudgets(ref: DeckRef, budgets: Record<number, number>): void {
  try {
    localStorage.setItem(key(ref), JSON.stringify(budgets));
  } catch {
    // Storage full or disabled: budgets then last for this session only.
  }
}
