import { describe, it, expect } from 'vitest';
import { createHistory, record, undo, redo, seal, reset, canUndo, canRedo } from './history';

describe('editor history', () => {
  it('undoes and redoes single changes in order', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('keeps at least 200 steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 250; i++) h = record(h, i);
    for (let i = 0; i < 250; i++) h = undo(h);
    expect(h.present).toBe(0);
  });

  it('drops the oldest steps beyond the limit', () => {
    let h = createHistory(0, { limit: 3 });
    for (let i = 1; i <= 5; i++) h = record(h, i);
    while (canUndo(h)) h = undo(h);
    expect(h.present).toBe(2);
  });

  it('merges a run of typing in one field into one step', () => {
    let h = createHistory('');
    h = record(h, 'a', { coalesce: 'title:0', now: 1000 });
    h = record(h, 'ab', { coalesce: 'title:0', now: 1200 });
    h = record(h, 'abc', { coalesce: 'title:0', now: 1400 });
    expect(undo(h).present).toBe('');
  });

  it('starts a new step for another field, after a pause, or after seal', () => {
    let h = createHistory('');
    h = record(h, 'a', { coalesce: 'title:0', now: 1000 });
    h = record(h, 'ab', { coalesce: 'notes:0', now: 1100 });
    expect(undo(h).present).toBe('a');
    h = record(h, 'abc', { coalesce: 'notes:0', now: 9000 });
    expect(undo(h).present).toBe('ab');
    h = seal(h);
    h = record(h, 'abcd', { coalesce: 'notes:0', now: 9100 });
    expect(undo(h).present).toBe('abc');
  });

  it('does not merge typing into a step that was undone', () => {
    let h = createHistory('');
    h = record(h, 'a', { coalesce: 'k', now: 1 });
    h = undo(h);
    h = record(h, 'b', { coalesce: 'k', now: 2 });
    expect(h.present).toBe('b');
    expect(undo(h).present).toBe('');
    expect(canRedo(h)).toBe(false);
  });

  it('ignores a change to the identical value and resets without a step', () => {
    const v = { x: 1 };
    let h = createHistory(v);
    expect(record(h, v)).toBe(h);
    h = record(h, { x: 2 });
    h = reset(h, { x: 3 });
    expect(canUndo(h)).toBe(false);
    expect(h.present).toEqual({ x: 3 });
  });
});
