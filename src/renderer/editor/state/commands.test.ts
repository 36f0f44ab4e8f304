import { describe, it, expect, vi } from 'vitest';
import { COMMAND_LIST } from '../../../core/command-list';
import { MENU_COMMANDS } from '../../../core/contract-channels';
import { commandOfMenu, editorCommands, runCommand } from './commands';
import { createEditorStore } from './store';
import type { DocIO } from './doc-io';

const io = { save: vi.fn(async () => true), askSaveAs: vi.fn() } as unknown as DocIO;

describe('the command list', () => {
  const store = createEditorStore();
  const commands = editorCommands({ store, io, present: vi.fn(), presenter: vi.fn(), focus: vi.fn() });

  it('has one entry per id, each with the keys the shortcuts help shows for it (the same list)', () => {
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length);
    for (const c of commands) expect(c.keys, c.id).toBe(COMMAND_LIST.find((s) => s.id === c.id)!.keys);
    // No two commands of the list share a key.
    const keys = COMMAND_LIST.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the window-wide handler takes only window keys: Delete stays with the slide list', () => {
    const del = commands.find((c) => c.id === 'deleteSlide')!;
    expect(del.keys).toEqual(['Delete']);
    expect(del.scope).toBe('slide-list');
    expect(commands.filter((c) => c.scope === 'window').flatMap((c) => c.keys)).not.toContain('Delete');
  });

  it('every editor item of the application menu runs a command of the list', () => {
    const ids = new Set(commands.map((c) => c.id));
    const mapped = MENU_COMMANDS.map(commandOfMenu).filter((x) => x !== null);
    expect(mapped.length).toBeGreaterThanOrEqual(10);
    for (const id of mapped) expect(ids.has(id!)).toBe(true);
  });

  it('a command that is not available does nothing', () => {
    runCommand(commands, store, 'save');
    expect(io.save).not.toHaveBeenCalled();
    runCommand(commands, store, 'help');
    expect(store.get().ui.panel).toBe('help');
  });
});
