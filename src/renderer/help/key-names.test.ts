import { describe, it, expect } from 'vitest';
import { COMMAND_LIST } from '../../core/command-list';
import { keyParts } from './key-names';

describe('key names', () => {
  it('writes Mod as Ctrl on Windows/Linux and ⌘ on macOS', () => {
    expect(keyParts('Mod+Shift+S', false)).toEqual(['Ctrl', 'Shift', 'S']);
    expect(keyParts('Mod+Shift+S', true)).toEqual(['⌘', '⇧', 'S']);
    expect(keyParts('Alt+ArrowUp', false)).toEqual(['Alt', '↑']);
    expect(keyParts('Mod+/', false)).toEqual(['Ctrl', '/']);
    expect(keyParts('F5', true)).toEqual(['F5']);
  });

  it('every shortcut of the editor has a readable name on both platforms', () => {
    for (const s of COMMAND_LIST.flatMap((c) => c.keys.map((keys) => ({ id: c.id, keys })))) {
      for (const mac of [false, true]) {
        const parts = keyParts(s.keys, mac);
        expect(parts.length, s.id).toBeGreaterThan(0);
        expect(parts.join(''), s.id).not.toMatch(/Mod|undefined/);
      }
    }
  });

  it('the help lists the keys used while presenting: S presenter view, B black, P pen, L laser', () => {
    const present = COMMAND_LIST.filter((s) => s.area === 'present').flatMap((s) => s.keys);
    expect(present).toEqual(expect.arrayContaining(['S', 'B', 'P', 'L']));
  });
});
