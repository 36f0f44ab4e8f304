import { describe, expect, it } from 'vitest';
import { keysOf } from '../../core/command-list';
import { matches } from './key-match';

const press = (key: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; code?: string } = {}) => ({
  key,
  code: mods.code ?? '',
  ctrlKey: !!mods.ctrl,
  metaKey: false,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('matches (keys as the command list writes them)', () => {
  it('reads the text-size keys from the list, Ctrl++ with or without Shift', () => {
    expect(matches(press('=', { ctrl: true }), keysOf('textLarger'))).toBe(true);
    expect(matches(press('+', { ctrl: true, shift: true }), keysOf('textLarger'))).toBe(true);
    expect(matches(press('-', { ctrl: true }), keysOf('textSmaller'))).toBe(true);
    expect(matches(press('0', { ctrl: true, code: 'Digit0' }), keysOf('textStandard'))).toBe(true);
  });

  it('does not take the plain characters, nor Alt or a missing Ctrl', () => {
    expect(matches(press('+', { shift: true }), keysOf('textLarger'))).toBe(false);
    expect(matches(press('=', { ctrl: true, alt: true }), keysOf('textLarger'))).toBe(false);
    expect(matches(press('-', { ctrl: true }), keysOf('textLarger'))).toBe(false);
  });

  it('keeps Shift exact for letters and named keys', () => {
    expect(matches(press('Z', { ctrl: true, shift: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matches(press('z', { ctrl: true }), 'Mod+Shift+Z')).toBe(false);
    expect(matches(press('ArrowDown', { shift: true }), 'ArrowDown')).toBe(false);
  });
});
