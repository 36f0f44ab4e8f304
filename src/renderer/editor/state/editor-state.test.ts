import { describe, it, expect } from 'vitest';
import { blankSlide, setTitle, slideTitle, type Deck } from '../../../core/deck';
import { deepFreeze } from '../../../core/deep-freeze';
import { docFromFile } from '../document';
import { serializeDeck } from '../../../core/deck';
import {
  clampSelection,
  deckOf,
  deleteSelected,
  duplicateSelected,
  edit,
  initialState,
  insertAfterCurrent,
  layoutSelected,
  move,
  select,
  selectAll,
  step,
  type EditorState,
} from './editor-state';

const deck: Deck = {
  meta: { title: '演示', theme: 'party-red' },
  slides: ['一', '二', '三', '四'].map((t) => ({ ...blankSlide(t) })),
};
const opened = (): EditorState => ({ ...initialState(), doc: docFromFile({ root: 'user', path: 'a.md' }, serializeDeck(deck), 'v1', false) });
const titles = (s: EditorState) => deckOf(s)!.slides.map((x) => slideTitle(x));
const sel = (s: EditorState) => [...s.selection.selected].sort();

describe('editor transitions', () => {
  it('never change the state they are given (frozen input)', () => {
    const s = deepFreeze(select(opened(), 1));
    for (const f of [insertAfterCurrent, duplicateSelected, deleteSelected, selectAll, (x: EditorState) => move(x, 0, 3), (x: EditorState) => step(x, 'undo')]) {
      expect(() => f(s)).not.toThrow();
    }
    expect(titles(s)).toEqual(['一', '二', '三', '四']);
  });

  it('select: one, toggle (never empty), range from the anchor', () => {
    let s = select(opened(), 1);
    s = select(s, 3, 'toggle');
    expect(sel(s)).toEqual([1, 3]);
    s = select(s, 3, 'toggle');
    expect(sel(s)).toEqual([1]);
    s = select(s, 1, 'toggle');
    expect(sel(s)).toEqual([1]);
    s = select(select(s, 0), 2, 'range');
    expect(sel(s)).toEqual([0, 1, 2]);
    expect(s.selection.current).toBe(2);
  });

  it('undo goes back to the slide the change was made on, in the same transition', () => {
    let s = select(opened(), 2);
    s = edit(s, (d) => setTitle(d, 2, '改'));
    s = select(s, 0);
    s = step(s, 'undo');
    expect(titles(s)[2]).toBe('三');
    expect(s.selection.current).toBe(2);
    expect(sel(s)).toEqual([2]);
    s = step(select(s, 0), 'redo');
    expect(titles(s)[2]).toBe('改');
    expect(s.selection.current).toBe(2);
    expect(step(step(s, 'redo'), 'redo')).toEqual(step(s, 'redo'));
  });

  it('typing in one field is one undo step; choosing another slide ends it', () => {
    let s = opened();
    s = edit(s, (d) => setTitle(d, 0, '一a'), 'title:0');
    s = edit(s, (d) => setTitle(d, 0, '一ab'), 'title:0');
    s = select(s, 0);
    s = edit(s, (d) => setTitle(d, 0, '一abc'), 'title:0');
    expect(titles(step(s, 'undo'))[0]).toBe('一ab');
    expect(titles(step(step(s, 'undo'), 'undo'))[0]).toBe('一');
  });

  it('insert, duplicate, delete and move keep the selection on the result', () => {
    let s = insertAfterCurrent(select(opened(), 1));
    expect(titles(s)).toEqual(['一', '二', null, '三', '四']);
    expect(s.selection.current).toBe(2);
    s = duplicateSelected(select(select(s, 0), 1, 'toggle'));
    expect(titles(s)).toEqual(['一', '二', '一', '二', null, '三', '四']);
    expect(s.selection.current).toBe(2);
    s = deleteSelected(select(select(s, 5), 6, 'range'));
    expect(titles(s)).toEqual(['一', '二', '一', '二', null]);
    expect(s.selection.current).toBe(4);
    s = move(s, 0, 4);
    expect(titles(s)).toEqual(['二', '一', '二', null, '一']);
    expect(sel(s)).toEqual([4]);
  });

  it('layout applies to every selected slide', () => {
    const s = layoutSelected(select(select(opened(), 0), 2, 'range'), 'quote');
    expect(deckOf(s)!.slides.map((x) => x.attrs.find((a) => a.name === 'class')?.value)).toEqual(['quote', 'quote', 'quote', 'bullets']);
  });

  it('the selection stays inside the deck after the deck shrinks', () => {
    let s = selectAll(select(opened(), 3));
    s = edit(s, (d) => ({ ...d, slides: d.slides.slice(0, 2) }));
    expect(s.selection.current).toBe(1);
    expect(sel(s)).toEqual([0, 1]);
    expect(clampSelection(s)).toBe(s);
  });
});
