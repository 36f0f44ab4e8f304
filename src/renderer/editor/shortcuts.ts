/**
 * Every keyboard shortcut of the editor, as plain data. The editor's key handler
 * (use-editor-keys.ts) and the help panel (src/renderer/help/ShortcutsHelp.tsx) both
 * read this list, so what the help shows is what the keys do. Labels live in the
 * locale files under `shortcuts.<id>`.
 *
 * `keys` uses "Mod" for Ctrl (Windows/Linux) or ⌘ (macOS) and "+" between keys,
 * with key names as KeyboardEvent.key spells them (ArrowUp, Enter, F5, …).
 */
export type ShortcutArea = 'file' | 'edit' | 'slides' | 'view' | 'present';

export interface Shortcut {
  id: string;
  keys: string;
  area: ShortcutArea;
}

export const SHORTCUTS: Array<Shortcut> = [
  { id: 'save', keys: 'Mod+S', area: 'file' },
  { id: 'saveAs', keys: 'Mod+Shift+S', area: 'file' },
  { id: 'export', keys: 'Mod+E', area: 'file' },
  { id: 'undo', keys: 'Mod+Z', area: 'edit' },
  { id: 'redo', keys: 'Mod+Shift+Z', area: 'edit' },
  { id: 'redoAlt', keys: 'Mod+Y', area: 'edit' },
  { id: 'find', keys: 'Mod+F', area: 'edit' },
  { id: 'bold', keys: 'Mod+B', area: 'edit' },
  { id: 'emphasis', keys: 'Mod+I', area: 'edit' },
  { id: 'newBullet', keys: 'Enter', area: 'edit' },
  { id: 'indent', keys: 'Tab', area: 'edit' },
  { id: 'outdent', keys: 'Shift+Tab', area: 'edit' },
  { id: 'mergeBullet', keys: 'Backspace', area: 'edit' },
  { id: 'leaveField', keys: 'Escape', area: 'edit' },
  { id: 'newSlide', keys: 'Mod+M', area: 'slides' },
  { id: 'duplicateSlide', keys: 'Mod+D', area: 'slides' },
  { id: 'deleteSlide', keys: 'Delete', area: 'slides' },
  { id: 'prevSlide', keys: 'ArrowUp', area: 'slides' },
  { id: 'nextSlide', keys: 'ArrowDown', area: 'slides' },
  { id: 'extendSelection', keys: 'Shift+ArrowDown', area: 'slides' },
  { id: 'moveSlideUp', keys: 'Alt+ArrowUp', area: 'slides' },
  { id: 'moveSlideDown', keys: 'Alt+ArrowDown', area: 'slides' },
  { id: 'focusSlides', keys: 'Alt+1', area: 'view' },
  { id: 'focusCanvas', keys: 'Alt+2', area: 'view' },
  { id: 'focusNotes', keys: 'Alt+3', area: 'view' },
  { id: 'toggleSource', keys: 'Mod+Shift+M', area: 'view' },
  { id: 'help', keys: 'Mod+/', area: 'view' },
  { id: 'present', keys: 'F5', area: 'present' },
  { id: 'presentFromCurrent', keys: 'Shift+F5', area: 'present' },
  // While presenting (handled by the audience view; listed so the help shows them).
  { id: 'showPresenter', keys: 'S', area: 'present' },
  { id: 'showBlack', keys: 'B', area: 'present' },
  { id: 'showPen', keys: 'P', area: 'present' },
  { id: 'showLaser', keys: 'L', area: 'present' },
];

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** Does this keyboard event press the shortcut `keys` ("Mod+Shift+Z")? */
export function matches(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  keys: string,
): boolean {
  const parts = keys.split('+');
  const key = parts.pop()!;
  const want = new Set(parts);
  const mod = IS_MAC ? e.metaKey : e.ctrlKey;
  if (want.has('Mod') !== mod || want.has('Alt') !== e.altKey) return false;
  // "/" and "?" share a key: Shift is only checked for letters and named keys.
  if (want.has('Shift') !== e.shiftKey && (key.length > 1 || /[a-z]/i.test(key))) return false;
  // Digits by physical key: Alt+1 types "¡" on macOS.
  if (/^\d$/.test(key)) return e.code === `Digit${key}`;
  return e.key.toLowerCase() === key.toLowerCase();
}

export function shortcut(id: string): Shortcut {
  const s = SHORTCUTS.find((x) => x.id === id);
  if (!s) throw new Error(`no shortcut ${id}`);
  return s;
}
