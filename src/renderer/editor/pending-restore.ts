/**
 * A draft the user already chose to restore on the library screen: the editor
 * applies it on opening instead of asking a second time. Module state, because
 * the choice is made on one screen and used by the next within the same page.
 */
let pending: string | null = null;

export function requestRestore(draftKey: string): void {
  pending = draftKey;
}

/** True once for the key that was requested. */
export function takeRestore(draftKey: string): boolean {
  if (pending !== draftKey) return false;
  pending = null;
  return true;
}
