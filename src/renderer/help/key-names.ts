/**
 * How a shortcut's keys ("Mod+Shift+ArrowUp") are written for the user: Mod is
 * Ctrl on Windows/Linux and ⌘ on macOS, the other modifiers and named keys in the
 * platform's usual spelling.
 */
const MAC_NAMES: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
const PC_NAMES: Record<string, string> = { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', Ctrl: 'Ctrl' };
const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Enter: 'Enter',
  Tab: 'Tab',
  ' ': 'Space',
};

export function keyParts(keys: string, mac: boolean): string[] {
  // "Mod++" (the plus key) splits into an empty last part: keep it as "+".
  const parts = keys.split('+').map((p, i, all) => (p === '' && i === all.length - 1 ? '+' : p)).filter((p) => p !== '');
  return parts.map((p) => (mac ? MAC_NAMES : PC_NAMES)[p] ?? KEY_NAMES[p] ?? (p.length === 1 ? p.toUpperCase() : p));
}

export const isMacPlatform = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform);
