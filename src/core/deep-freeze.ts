/**
 * Freeze a value and everything it holds. Tests freeze decks and articles before
 * handing them to an edit: any write to the input then throws (modules are strict
 * mode), which proves the edit builds a new value instead of mutating the old one
 * that the undo history still holds.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
