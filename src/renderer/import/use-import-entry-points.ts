/**
 * Window-wide ways into the import flow for the screen that mounts this hook:
 * files dragged anywhere onto the window, Ctrl+V of text (with its HTML, which
 * keeps Word's and web pages' headings and bold paragraphs) while the focus
 * is not in a text field, Ctrl+I / Ctrl+O, and the application menu's
 * "import"/"open" commands (Electron). Returns whether files are being dragged
 * over the window, for the drop highlight.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { getHost } from '../host';
import type { ImportFlow } from './use-import-flow';

/** Text fields keep their own paste and shortcuts. */
export function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(el.type);
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function useImportEntryPoints(flow: ImportFlow, enabled: boolean): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  // Listeners are attached once; they read the current flow through a ref.
  const current = useRef({ flow, enabled });
  current.current = { flow, enabled };

  // A layout effect: the listeners must exist as soon as the screen is painted, or a drop or
  // paste right after it appears would be lost (passive effects may run after the first paint).
  useLayoutEffect(() => {
    const active = () => current.current.enabled && !current.current.flow.busy;
    // dragenter/dragleave fire for every child element crossed: count them to know when the pointer left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e) || !active()) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser would navigate to the dropped file.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = active() ? 'copy' : 'none';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (active() && files.length > 0) void current.current.flow.files(files);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!active() || isEditable(e.target) || isEditable(document.activeElement)) return;
      const files = Array.from(e.clipboardData?.files ?? []);
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (files.length > 0) {
        e.preventDefault();
        void current.current.flow.files(files);
      } else if (text.trim()) {
        e.preventDefault();
        void current.current.flow.text(text, e.clipboardData?.getData('text/html') ?? '');
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (!active() || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const k = e.key.toLowerCase();
      if (k === 'i' || k === 'o') {
        // Ctrl+O would otherwise open the browser's own "open file" page.
        e.preventDefault();
        void current.current.flow.pick();
      }
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    window.addEventListener('keydown', onKey);
    const offMenu = getHost().onMenuCommand((cmd) => {
      // On the library there is no deck to open other than by importing one; "open" picks an article too.
      if ((cmd === 'import' || cmd === 'open') && active()) void current.current.flow.pick();
    });
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);

  return { dragging };
}
