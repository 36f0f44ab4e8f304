/**
 * Edits of a session, as the session editor makes them: pure, never mutating
 * their input, so the editor can keep the previous value for its unsaved check.
 */
import { MAX_MINUTES, type Session, type SessionItem, type SessionMeta } from './model';

export function addItem(s: Session, item: SessionItem, at = s.items.length): Session {
  const items = [...s.items];
  items.splice(Math.max(0, Math.min(at, items.length)), 0, item);
  return { ...s, items };
}

export function removeItem(s: Session, index: number): Session {
  if (index < 0 || index >= s.items.length) return s;
  return { ...s, items: s.items.filter((_, i) => i !== index) };
}

/** Move the item at `from` by `by` places (−1 up, +1 down); outside the list nothing changes. */
export function moveItem(s: Session, from: number, by: number): Session {
  const to = from + by;
  if (from < 0 || from >= s.items.length || to < 0 || to >= s.items.length || by === 0) return s;
  const items = [...s.items];
  const [it] = items.splice(from, 1);
  items.splice(to, 0, it!);
  return { ...s, items };
}

/** Minutes of one deck: a whole number 1–999, or null/0 to plan none. */
export function setMinutes(s: Session, index: number, minutes: number | null): Session {
  const item = s.items[index];
  if (!item) return s;
  const next: SessionItem = { ...item };
  if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) delete next.minutes;
  else next.minutes = Math.min(MAX_MINUTES, Math.round(minutes));
  return { ...s, items: s.items.map((it, i) => (i === index ? next : it)) };
}

/** Title, date, place, unit: an empty text removes the field (title stays, even empty, for the check to name). */
export function setMeta(s: Session, patch: Partial<Pick<SessionMeta, 'title' | 'date' | 'place' | 'unit'>>): Session {
  const meta: SessionMeta = { ...s.meta };
  for (const [k, v] of Object.entries(patch) as Array<[keyof typeof patch, string | undefined]>) {
    if (k === 'title') meta.title = v ?? '';
    else if (v === undefined || v.trim() === '') delete meta[k];
    else meta[k] = v;
  }
  return { ...s, meta };
}

/** A new session's starting point. */
export function newSession(meta: Pick<SessionMeta, 'title'> & Partial<SessionMeta>, items: SessionItem[] = []): Session {
  return setMeta({ meta: { title: meta.title }, items, body: '' }, meta);
}
