/**
 * The editor's window-wide shortcuts (see shortcuts.ts). Captured before the
 * focused widget sees them, so Ctrl+Z in a text field or in the source view goes
 * to the editor's one history instead of the browser's per-field undo.
 */
import { useEffect, useRef } from 'react';
import { SHORTCUTS, matches } from './shortcuts';

export type KeyActions = Partial<Record<string, () => void>>;

export function useEditorKeys(actions: KeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // A dialog on top owns the keyboard.
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      for (const s of SHORTCUTS) {
        const run = latest.current[s.id === 'redoAlt' ? 'redo' : s.id];
        if (run && matches(e, s.keys)) {
          e.preventDefault();
          e.stopPropagation();
          run();
          return;
        }
      }
    };
    window.addEventListener('keydown', on, true);
    return () => window.removeEventListener('keydown', on, true);
  }, []);
}
