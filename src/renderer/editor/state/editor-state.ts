/**
 * The editor's state as one value — the open document, the slide selection and
 * what the interface shows — and the pure transitions that change it. The store
 * (store.ts) holds the value outside React; components read it through
 * selectors. Each transition takes a state and returns the next one, so one user
 * action is one transition (an undo moves the selection in the same step), and
 * the transitions are unit-tested without a DOM.
 */
import {
  blankSlide,
  deleteSlides,
  duplicateSlides,
  insertSlide,
  moveSlide,
  setLayout,
  type Deck,
  type SlideLayout,
  type ThemeName,
} from '../../../core/deck';
import { canRedo, canUndo, record, redo, seal, undo } from '../history';
import type { Doc } from '../document';

export type SelectMode = 'one' | 'toggle' | 'range';
export type SidePanel = 'source' | 'article' | 'coverage' | null;
export type Panel = 'find' | 'export' | 'help' | null;

export type Dialog =
  | { kind: 'saveAs'; name: string; thenBack: boolean }
  | { kind: 'conflict' }
  | { kind: 'close' }
  | { kind: 'restore'; text: string; savedMs: number; stale: boolean }
  | null;

export interface Selection {
  /** The slide on the canvas. */
  current: number;
  selected: ReadonlySet<number>;
  /** Where a Shift range starts. */
  anchor: number;
}

export interface Ui {
  side: SidePanel;
  articleTab: 'article' | 'coverage';
  panel: Panel;
  dialog: Dialog;
  /** Version of the file changed outside the app, not yet reloaded or dismissed. */
  outside: string | null;
  /** An outside version the user chose to keep their copy over. */
  ignored: string | null;
  diagnostics: string[];
  saving: boolean;
  /** The first slide, shown while a big deck is parsed. */
  preview: Deck | null;
  error: string | null;
}

export interface EditorState {
  doc: Doc | null;
  selection: Selection;
  ui: Ui;
}

export const initialSelection = (at = 0): Selection => ({ current: at, selected: new Set([at]), anchor: at });

export function initialState(): EditorState {
  return {
    doc: null,
    selection: initialSelection(),
    ui: { side: null, articleTab: 'article', panel: null, dialog: null, outside: null, ignored: null, diagnostics: [], saving: false, preview: null, error: null },
  };
}

export const deckOf = (s: EditorState): Deck | null => s.doc?.hist.present.deck ?? null;

/** Record one edit of the deck as an undo step; `at` is the slide it was made on (undo goes back there). */
export function edit(s: EditorState, fn: (d: Deck) => Deck, coalesce: string | null = null, at?: number): EditorState {
  const d = s.doc;
  if (!d) return s;
  const next = fn(d.hist.present.deck);
  if (next === d.hist.present.deck) return s;
  const hist = record(d.hist, { deck: next, at: at ?? s.selection.current }, { coalesce });
  return clampSelection({ ...s, doc: { ...d, hist } });
}

/** Keep the selection inside the deck after deletions, undo, source edits. */
export function clampSelection(s: EditorState): EditorState {
  const n = s.doc?.hist.present.deck.slides.length ?? 0;
  const { current, selected, anchor } = s.selection;
  const cur = Math.max(0, Math.min(current, n - 1));
  const kept = [...selected].filter((i) => i < n);
  if (cur === current && kept.length === selected.size) return s;
  return { ...s, selection: { current: cur, anchor, selected: kept.length === selected.size ? selected : new Set(kept.length ? kept : [cur]) } };
}

export function select(s: EditorState, index: number, mode: SelectMode = 'one'): EditorState {
  const { selected, anchor } = s.selection;
  let selection: Selection;
  if (mode === 'toggle') {
    const n = new Set(selected);
    if (n.has(index) && n.size > 1) n.delete(index);
    else n.add(index);
    selection = { current: index, selected: n, anchor: index };
  } else if (mode === 'range') {
    const [a, b] = anchor < index ? [anchor, index] : [index, anchor];
    selection = { current: index, selected: new Set(Array.from({ length: b - a + 1 }, (_, k) => a + k)), anchor };
  } else selection = initialSelection(index);
  // Choosing another slide ends a run of typing: the next keystroke is a new undo step.
  return { ...s, selection, doc: s.doc ? { ...s.doc, hist: seal(s.doc.hist) } : s.doc };
}

export function selectAll(s: EditorState): EditorState {
  const deck = deckOf(s);
  return deck ? { ...s, selection: { ...s.selection, selected: new Set(deck.slides.map((_, i) => i)) } } : s;
}

/** Undo or redo, showing the slide the step was made on. */
export function step(s: EditorState, dir: 'undo' | 'redo'): EditorState {
  const d = s.doc;
  if (!d || !(dir === 'undo' ? canUndo(d.hist) : canRedo(d.hist))) return s;
  const where = dir === 'undo' ? d.hist.present.at : d.hist.future[0]!.at;
  const hist = dir === 'undo' ? undo(d.hist) : redo(d.hist);
  const at = Math.max(0, Math.min(where, hist.present.deck.slides.length - 1));
  return { ...s, doc: { ...d, hist }, selection: { ...s.selection, current: at, selected: new Set([at]) } };
}

const targets = (s: EditorState) => [...s.selection.selected].sort((a, b) => a - b);

export function insertAfterCurrent(s: EditorState): EditorState {
  const at = s.selection.current + 1;
  return select(edit(s, (d) => insertSlide(d, Math.min(at, d.slides.length), blankSlide()), null, at), at);
}

export function duplicateSelected(s: EditorState): EditorState {
  const deck = deckOf(s);
  if (!deck?.slides.length) return s;
  const r = duplicateSlides(deck, targets(s));
  return select(edit(s, () => r.deck, null, r.first), r.first);
}

export function deleteSelected(s: EditorState): EditorState {
  const deck = deckOf(s);
  if (!deck?.slides.length) return s;
  const drop = targets(s);
  const next = edit(s, (d) => deleteSlides(d, drop), null, drop[0]);
  return select(next, Math.max(0, Math.min(drop[0]!, deck.slides.length - drop.length - 1)));
}

export function move(s: EditorState, from: number, to: number): EditorState {
  const next = edit(s, (d) => moveSlide(d, from, to), null, to);
  return { ...next, selection: initialSelection(to) };
}

export function layoutSelected(s: EditorState, layout: SlideLayout): EditorState {
  const ids = targets(s);
  return edit(s, (d) => ids.reduce((acc, i) => setLayout(acc, i, layout), d));
}

export function setTheme(s: EditorState, theme: ThemeName): EditorState {
  return edit(s, (d) => ({ ...d, meta: { ...d.meta, theme } }), null);
}

export function setUi(s: EditorState, patch: Partial<Ui>): EditorState {
  return { ...s, ui: { ...s.ui, ...patch } };
}

/** Show slide i without changing the history (the source view's cursor). */
export function showSlide(s: EditorState, i: number): EditorState {
  return { ...s, selection: { ...s.selection, current: i, selected: new Set([i]) } };
}
