import { describe, expect, it } from 'vitest';
import { addItem, moveItem, newSession, removeItem, setMeta, setMinutes } from './session-ops';
import { parseSession, serializeSession } from './session-file';
import { deepFreeze } from '../deep-freeze';

const s = deepFreeze(newSession({ title: '学习会', unit: '区委办公室', place: '' }, [{ path: 'a.md' }, { path: 'b.md', minutes: 10 }, { path: 'c.md' }]));

describe('session edits', () => {
  it('makes a session with the fields given, empty ones left out', () => {
    expect(s.meta).toEqual({ title: '学习会', unit: '区委办公室' });
  });
  it('adds, removes and reorders decks without touching the input', () => {
    expect(addItem(s, { path: 'd.md' }, 1).items.map((i) => i.path)).toEqual(['a.md', 'd.md', 'b.md', 'c.md']);
    expect(addItem(s, { path: 'd.md' }).items.at(-1)).toEqual({ path: 'd.md' });
    expect(removeItem(s, 1).items.map((i) => i.path)).toEqual(['a.md', 'c.md']);
    expect(moveItem(s, 2, -1).items.map((i) => i.path)).toEqual(['a.md', 'c.md', 'b.md']);
    expect(moveItem(s, 0, -1)).toBe(s);
    expect(moveItem(s, 2, 1)).toBe(s);
  });
  it('sets and clears minutes, keeping them whole and at most 999', () => {
    expect(setMinutes(s, 0, 20).items[0]).toEqual({ path: 'a.md', minutes: 20 });
    expect(setMinutes(s, 1, null).items[1]).toEqual({ path: 'b.md' });
    expect(setMinutes(s, 1, 12.6).items[1]!.minutes).toBe(13);
    expect(setMinutes(s, 1, 5000).items[1]!.minutes).toBe(999);
  });
  it('what the editor makes is a valid file', () => {
    const edited = setMeta(setMinutes(moveItem(s, 2, -2), 0, 30), { date: '2024-07-01', unit: '' });
    const { session, diagnostics } = parseSession(serializeSession(edited));
    expect(diagnostics).toEqual([]);
    expect(session).toEqual(edited);
    expect(session.meta.unit).toBeUndefined();
  });
});
