import { describe, it, expect, vi } from 'vitest';
import { SHORTCUTS } from '../shortcuts';
import { MENU_COMMANDS } from '../../../core/contract-channels';
import { commandOfMenu, editorCommands, runCommand } from './commands';
import { createEditorStore } from './store';
import type { DocIO } from './doc-io';

const io = { save: vi.fn(async () => true), askSaveAs: vi.fn() } as unknown as DocIO;

describe('the command list', () => {
  const store = createEditorStore();
  const commands = editorCommands({ store, io, present: vi.fn(), focus: vi.fn() });

  it('has one entry per id, and every key it claims is in the shortcuts help', () => {
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length);
    const help = new Set(SHORTCUTS.map((s) => s.keys));
    for (const c of commands) for (const k of c.keys) expect(help.has(k), `${c.id}: ${k}`).toBe(true);
    // No two commands share a key.
    const keys = commands.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
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
