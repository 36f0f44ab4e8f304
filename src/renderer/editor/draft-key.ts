/**
 * Draft keys: one per open document. The contract allows word characters, "-",
 * ".", ":" and CJK in a key, but deck file names may hold anything else (the host
 * names copies "名称（2）.md"), so other characters become "_" and a short hash of
 * the real path keeps two such names apart. The draft record carries the ref
 * itself, so nothing needs to be read back out of the key.
 */
import type { DeckRef } from '../../core/contract';

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function draftKeyOf(ref: DeckRef): string {
  const safe = ref.path.replace(/[^\w\-.\u4e00-\u9fff]/gu, '_').slice(0, 150);
  return `${ref.root}:${safe}:${fnv1a(ref.path)}`;
}

/** A deck that has never been saved: "new:<id>". */
export const newDraftKey = (id: string) => `new:${id.replace(/[^\w-]/g, '_').slice(0, 60)}`;

export function newDeckId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
