/**
 * A minimal external store (the shape React's useSyncExternalStore expects):
 * the editor's state lives here, outside React, and changes only through
 * `update(transition)` with a pure transition from editor-state.ts. Components
 * subscribe through `useEditor(selector)` and re-render only when what they
 * select changes.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { initialState, type EditorState } from './editor-state';

export interface Store<S> {
  get(): S;
  update(f: (s: S) => S): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(f) {
      const next = f(state);
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export type EditorStore = Store<EditorState>;
export const createEditorStore = () => createStore(initialState());

export const EditorStoreContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const s = useContext(EditorStoreContext);
  if (!s) throw new Error('useEditorStore outside EditorStoreContext');
  return s;
}

/** The part of the editor state a component needs; it re-renders when that part changes (Object.is). */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useSyncedEditor(useEditorStore(), selector);
}

/** useEditor for the component that owns the store (before the context exists). */
export function useSyncedEditor<T>(store: EditorStore, selector: (s: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}
