/**
 * Every user command with its keys, as plain data: the one place a key is declared
 * (in core so the desktop app's menu, src/main/menu.ts, takes its accelerators from it). The editor's command list (commands.ts) binds run/enabled to the
 * commands the keyboard, the menu and the toolbar run; widgets that own a key while
 * they have the focus (a text field, a bullet, the slide list) read it from here by
 * id; the shortcuts help lists this table, so what the help shows is what the keys
 * do. Labels live in the locale files under `shortcuts.<id>`.
 *
 * `keys` uses "Mod" for Ctrl (Windows/Linux) or ⌘ (macOS) and "+" between keys,
 * with key names as KeyboardEvent.key spells them (ArrowUp, Enter, F5, …).
 * `scope` says who handles the keys: 'window' is the editor's window-wide handler
 * (use-editor-keys.ts); 'app' is every screen (the display settings' text size keys,
 * and the desktop menu); 'desktop' only the desktop app's menu (a browser keeps Ctrl+N
 * and Ctrl+O for itself); the others are the widget named, or the audience view.
 */
export type CommandArea = 'file' | 'edit' | 'slides' | 'view' | 'present';
export type KeyScope = 'window' | 'app' | 'desktop' | 'field' | 'bullet' | 'slide-list' | 'presenting';

export interface CommandSpec {
  readonly id: string;
  readonly keys: readonly string[];
  readonly area: CommandArea;
  readonly scope: KeyScope;
}

export const COMMAND_LIST = [
  { id: 'newDeck', keys: ['Mod+N'], area: 'file', scope: 'desktop' },
  { id: 'openDeck', keys: ['Mod+O'], area: 'file', scope: 'desktop' },
  { id: 'save', keys: ['Mod+S'], area: 'file', scope: 'window' },
  { id: 'saveAs', keys: ['Mod+Shift+S'], area: 'file', scope: 'window' },
  { id: 'export', keys: ['Mod+E'], area: 'file', scope: 'window' },
  { id: 'undo', keys: ['Mod+Z'], area: 'edit', scope: 'window' },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], area: 'edit', scope: 'window' },
  { id: 'find', keys: ['Mod+F'], area: 'edit', scope: 'window' },
  { id: 'bold', keys: ['Mod+B'], area: 'edit', scope: 'field' },
  { id: 'emphasis', keys: ['Mod+I'], area: 'edit', scope: 'field' },
  { id: 'newBullet', keys: ['Enter'], area: 'edit', scope: 'bullet' },
  { id: 'indent', keys: ['Tab'], area: 'edit', scope: 'bullet' },
  { id: 'outdent', keys: ['Shift+Tab'], area: 'edit', scope: 'bullet' },
  { id: 'mergeBullet', keys: ['Backspace'], area: 'edit', scope: 'bullet' },
  { id: 'leaveField', keys: ['Escape'], area: 'edit', scope: 'field' },
  { id: 'newSlide', keys: ['Mod+M'], area: 'slides', scope: 'window' },
  { id: 'duplicateSlide', keys: ['Mod+D'], area: 'slides', scope: 'window' },
  // Delete belongs to the slide list: in a text field it deletes text.
  { id: 'deleteSlide', keys: ['Delete'], area: 'slides', scope: 'slide-list' },
  { id: 'prevSlide', keys: ['ArrowUp'], area: 'slides', scope: 'slide-list' },
  { id: 'nextSlide', keys: ['ArrowDown'], area: 'slides', scope: 'slide-list' },
  { id: 'extendSelection', keys: ['Shift+ArrowDown'], area: 'slides', scope: 'slide-list' },
  { id: 'moveSlideUp', keys: ['Alt+ArrowUp'], area: 'slides', scope: 'slide-list' },
  { id: 'moveSlideDown', keys: ['Alt+ArrowDown'], area: 'slides', scope: 'slide-list' },
  { id: 'focusSlides', keys: ['Alt+1'], area: 'view', scope: 'window' },
  { id: 'focusCanvas', keys: ['Alt+2'], area: 'view', scope: 'window' },
  { id: 'focusNotes', keys: ['Alt+3'], area: 'view', scope: 'window' },
  { id: 'toggleSource', keys: ['Mod+Shift+M'], area: 'view', scope: 'window' },
  { id: 'textStandard', keys: ['Mod+0'], area: 'view', scope: 'app' },
  // "Mod++" is the same key with Shift held (what people press for Ctrl++), and what a numpad's + sends.
  { id: 'textLarger', keys: ['Mod+=', 'Mod++'], area: 'view', scope: 'app' },
  { id: 'textSmaller', keys: ['Mod+-'], area: 'view', scope: 'app' },
  { id: 'help', keys: ['Mod+/', 'F1'], area: 'view', scope: 'window' },
  { id: 'present', keys: ['F5'], area: 'present', scope: 'window' },
  { id: 'presentFromCurrent', keys: ['Shift+F5'], area: 'present', scope: 'window' },
  // PowerPoint's key for the presenter view.
  { id: 'presenterView', keys: ['Alt+F5'], area: 'present', scope: 'window' },
  // While presenting (handled by the audience view; listed so the help shows them).
  { id: 'showPresenter', keys: ['S'], area: 'present', scope: 'presenting' },
  { id: 'showBlack', keys: ['B'], area: 'present', scope: 'presenting' },
  { id: 'showPen', keys: ['P'], area: 'present', scope: 'presenting' },
  { id: 'showLaser', keys: ['L'], area: 'present', scope: 'presenting' },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMAND_LIST)[number]['id'];

/** The keys of one command, from the list. */
export function keysOf(id: CommandName): readonly string[] {
  return COMMAND_LIST.find((c) => c.id === id)!.keys;
}
