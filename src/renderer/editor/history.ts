/**
 * Undo history for the editor: pure data, no React. Every change to the document
 * goes through `record`, whether it came from the canvas, the notes, the source
 * view, find & replace or the slide list, so one Ctrl+Z stack covers both views.
 *
 * Consecutive changes with the same `coalesce` key (typing in one field) within
 * `coalesceMs` of each other become one step, the way word processors undo a run
 * of typing at once. Any other change, an undo or a pause ends the run.
 */
export interface HistoryOptions {
  /** Steps kept; the oldest are dropped beyond this. */
  limit: number;
  coalesceMs: number;
}

export const DEFAULT_HISTORY: HistoryOptions = { limit: 500, coalesceMs: 1500 };

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last recorded change, for coalescing. */
  lastKey: string | null;
  lastMs: number;
  options: HistoryOptions;
}

export function createHistory<T>(value: T, options: Partial<HistoryOptions> = {}): History<T> {
  return { past: [], present: value, future: [], lastKey: null, lastMs: 0, options: { ...DEFAULT_HISTORY, ...options } };
}

export interface RecordOptions {
  /** Same key as the previous change (and soon after it): merge into one step. */
  coalesce?: string | null;
  now?: number;
}

export function record<T>(h: History<T>, next: T, opts: RecordOptions = {}): History<T> {
  if (Object.is(next, h.present)) return h;
  const now = opts.now ?? Date.now();
  const key = opts.coalesce ?? null;
  const merge = key !== null && key === h.lastKey && now - h.lastMs <= h.options.coalesceMs && h.future.length === 0;
  if (merge) return { ...h, present: next, lastMs: now };
  const past = [...h.past, h.present];
  if (past.length > h.options.limit) past.splice(0, past.length - h.options.limit);
  return { ...h, past, present: next, future: [], lastKey: key, lastMs: now };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const past = h.past.slice(0, -1);
  return { ...h, past, present: h.past[h.past.length - 1]!, future: [h.present, ...h.future], lastKey: null };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...future] = h.future;
  return { ...h, past: [...h.past, h.present], present: next!, future, lastKey: null };
}

/** Replace the present without an undo step (e.g. after a reload from disk). */
export function reset<T>(h: History<T>, value: T): History<T> {
  return { ...h, past: [], present: value, future: [], lastKey: null, lastMs: 0 };
}

/** End any run of typing, so the next keystroke starts a new undo step. */
export function seal<T>(h: History<T>): History<T> {
  return h.lastKey === null ? h : { ...h, lastKey: null };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
