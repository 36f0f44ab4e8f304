/**
 * The editor's window-wide keys, read from the command list (state/commands.ts).
 * Captured before the focused widget sees them, so Ctrl+Z in a text field or in
 * the source view goes to the editor's one history instead of the browser's
 * per-field undo — even when there is nothing to undo.
 */
import { useEffect, useRef } from 'react';
import { matches } from './key-match';
import type { Command } from './state/commands';
import type { EditorState } from './state/editor-state';

export function useEditorKeys(commands: Command[], state: () => EditorState): void {
  const latest = useRef({ commands, state });
  latest.current = { commands, state };
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      // A dialog on top owns the keyboard.
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      for (const c of latest.current.commands) {
        // Keys a focused widget owns (Delete in the slide list) are not the window's.
        if (c.scope !== 'window' || !matches(e, c.keys)) continue;
        e.preventDefault();
        e.stopPropagation();
        if (c.enabled(latest.current.state())) c.run();
        return;
      }
    };
    window.addEventListener('keydown', on, true);
    return () => window.removeEventListener('keydown', on, true);
  }, []);
}
