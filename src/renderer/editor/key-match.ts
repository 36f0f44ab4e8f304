/**
 * Does a keyboard event press one of a command's keys? Keys are written as in the
 * command list (src/core/command-list.ts): "Mod+Shift+Z", Mod being Ctrl, or ⌘ on macOS.
 */
const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function matches(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  keys: string | readonly string[],
): boolean {
  if (typeof keys !== 'string') return keys.some((k) => matches(e, k));
  // The last part may itself be "+" ("Mod++"): split on the separators only.
  const parts = keys.split(/\+(?=.)/u);
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
