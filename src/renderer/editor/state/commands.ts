/**
 * Every editor command once: what it does and when it is available, bound to its
 * entry in the command list (command-list.ts: id, keys, area), which the shortcuts
 * help shows. The window-wide key handler (use-editor-keys.ts), Electron's
 * application menu and the toolbar all run commands from this list by id, so a new
 * command is written in one place. Keys that only a focused widget handles (Enter in
 * a list, Delete in the slide list) are handled by that widget, read from the same list.
 */
import type { MenuCommand } from '../../../core/contract-channels';
import { canRedo, canUndo } from '../history';
import { COMMAND_LIST, type CommandSpec } from '../../../core/command-list';
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
  | 'presentFromCurrent'
  | 'presenterView';

export interface Command extends CommandSpec {
  id: CommandId;
  run(): void;
  enabled(s: EditorState): boolean;
}

export interface CommandContext {
  store: Store<EditorState>;
  io: DocIO;
  present(fromCurrent: boolean): void;
  /** Present from the current slide with the presenter view beside the show. */
  presenter(): void;
  focus(where: 'slides' | 'canvas' | 'notes'): void;
}

const hasDeck = (s: EditorState) => deckOf(s) !== null;

type Action = Pick<Command, 'run' | 'enabled'>;

export function editorCommands(c: CommandContext): Command[] {
  const set = (f: (s: EditorState) => EditorState) => () => c.store.update(f);
  const actions: Record<CommandId, Action> = {
    save: { run: () => void c.io.save(), enabled: hasDeck },
    saveAs: { run: () => c.io.askSaveAs(), enabled: hasDeck },
    export: { run: set((s) => setUi(s, { panel: 'export' })), enabled: hasDeck },
    undo: { run: set((s) => step(s, 'undo')), enabled: (s) => !!s.doc && canUndo(s.doc.hist) },
    redo: { run: set((s) => step(s, 'redo')), enabled: (s) => !!s.doc && canRedo(s.doc.hist) },
    find: { run: set((s) => setUi(s, { panel: 'find' })), enabled: hasDeck },
    newSlide: { run: set(insertAfterCurrent), enabled: hasDeck },
    duplicateSlide: { run: set(duplicateSelected), enabled: hasDeck },
    deleteSlide: { run: set(deleteSelected), enabled: hasDeck },
    toggleSource: { run: set((s) => setUi(s, { side: s.ui.side === 'source' ? null : 'source' })), enabled: hasDeck },
    focusSlides: { run: () => c.focus('slides'), enabled: hasDeck },
    focusCanvas: { run: () => c.focus('canvas'), enabled: hasDeck },
    focusNotes: { run: () => c.focus('notes'), enabled: hasDeck },
    help: { run: set((s) => setUi(s, { panel: 'help' })), enabled: () => true },
    present: { run: () => c.present(false), enabled: hasDeck },
    presentFromCurrent: { run: () => c.present(true), enabled: hasDeck },
    presenterView: { run: () => c.presenter(), enabled: hasDeck },
  };
  return COMMAND_LIST.filter((spec): spec is Extract<(typeof COMMAND_LIST)[number], { id: CommandId }> => spec.id in actions).map((spec) => ({
    ...spec,
    ...actions[spec.id],
  }));
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
    // In the editor the menu's 演讲者视图 starts the show with it.
    presenter: 'presenterView',
  };
  return map[cmd] ?? null;
}

/** Run a command by id if it is available now. */
export function runCommand(commands: Command[], store: Store<EditorState>, id: CommandId): void {
  const cmd = commands.find((x) => x.id === id);
  if (cmd && cmd.enabled(store.get())) cmd.run();
}
