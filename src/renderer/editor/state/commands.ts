/**
 * Every editor command once: what it does, when it is available and its keys.
 * The window-wide key handler (use-editor-keys.ts), Electron's application menu
 * and the toolbar all run commands from this list by id, so a new command is
 * written in one place. Keys come from the shortcut table (shortcuts.ts), which
 * the shortcuts help shows; keys that only a focused widget handles (Enter in a
 * list, Delete in the slide list) stay with that widget.
 */
import type { MenuCommand } from '../../../core/contract-channels';
import { canRedo, canUndo } from '../history';
import { shortcut } from '../shortcuts';
import { deckOf, duplicateSelected, insertAfterCurrent, deleteSelected, setUi, step, type EditorState } from './editor-state';
import type { DocIO } from './doc-io';
import type { Store } from './store';

export type CommandId =
  | 'save'
  | 'saveAs'
  | 'export'
  | 'undo'
  | 'redo'
  | 'find'
  | 'newSlide'
  | 'duplicateSlide'
  | 'deleteSlide'
  | 'toggleSource'
  | 'focusSlides'
  | 'focusCanvas'
  | 'focusNotes'
  | 'help'
  | 'present'
  | 'presentFromCurrent';

export interface Command {
  id: CommandId;
  run(): void;
  enabled(s: EditorState): boolean;
  /** Window-wide keys ("Mod+S"), none for commands reached only from the toolbar or a widget. */
  keys: string[];
}

export interface CommandContext {
  store: Store<EditorState>;
  io: DocIO;
  present(fromCurrent: boolean): void;
  focus(where: 'slides' | 'canvas' | 'notes'): void;
}

const hasDeck = (s: EditorState) => deckOf(s) !== null;
const keysOf = (...ids: string[]) => ids.map((id) => shortcut(id).keys);

export function editorCommands(c: CommandContext): Command[] {
  const set = (f: (s: EditorState) => EditorState) => () => c.store.update(f);
  const list: Command[] = [
    { id: 'save', run: () => void c.io.save(), enabled: hasDeck, keys: keysOf('save') },
    { id: 'saveAs', run: () => c.io.askSaveAs(), enabled: hasDeck, keys: keysOf('saveAs') },
    { id: 'export', run: set((s) => setUi(s, { panel: 'export' })), enabled: hasDeck, keys: keysOf('export') },
    { id: 'undo', run: set((s) => step(s, 'undo')), enabled: (s) => !!s.doc && canUndo(s.doc.hist), keys: keysOf('undo') },
    { id: 'redo', run: set((s) => step(s, 'redo')), enabled: (s) => !!s.doc && canRedo(s.doc.hist), keys: keysOf('redo', 'redoAlt') },
    { id: 'find', run: set((s) => setUi(s, { panel: 'find' })), enabled: hasDeck, keys: keysOf('find') },
    { id: 'newSlide', run: set(insertAfterCurrent), enabled: hasDeck, keys: keysOf('newSlide') },
    { id: 'duplicateSlide', run: set(duplicateSelected), enabled: hasDeck, keys: keysOf('duplicateSlide') },
    // Delete is the slide list's key (in a text field it deletes text).
    { id: 'deleteSlide', run: set(deleteSelected), enabled: hasDeck, keys: [] },
    { id: 'toggleSource', run: set((s) => setUi(s, { side: s.ui.side === 'source' ? null : 'source' })), enabled: hasDeck, keys: keysOf('toggleSource') },
    { id: 'focusSlides', run: () => c.focus('slides'), enabled: hasDeck, keys: keysOf('focusSlides') },
    { id: 'focusCanvas', run: () => c.focus('canvas'), enabled: hasDeck, keys: keysOf('focusCanvas') },
    { id: 'focusNotes', run: () => c.focus('notes'), enabled: hasDeck, keys: keysOf('focusNotes') },
    { id: 'help', run: set((s) => setUi(s, { panel: 'help' })), enabled: () => true, keys: keysOf('help') },
    { id: 'present', run: () => c.present(false), enabled: hasDeck, keys: keysOf('present') },
    { id: 'presentFromCurrent', run: () => c.present(true), enabled: hasDeck, keys: keysOf('presentFromCurrent') },
  ];
  return list;
}

/** The command an application-menu item runs (the menu's names predate the list). */
export function commandOfMenu(cmd: MenuCommand): CommandId | null {
  const map: Partial<Record<MenuCommand, CommandId>> = {
    save: 'save',
    saveAs: 'saveAs',
    undo: 'undo',
    redo: 'redo',
    find: 'find',
    export: 'export',
    shortcuts: 'help',
    toggleSource: 'toggleSource',
    present: 'present',
    presentFromCurrent: 'presentFromCurrent',
  };
  return map[cmd] ?? null;
}

/** Run a command by id if it is available now. */
export function runCommand(commands: Command[], store: Store<EditorState>, id: CommandId): void {
  const cmd = commands.find((x) => x.id === id);
  if (cmd && cmd.enabled(store.get())) cmd.run();
}
