/**
 * Autosave of the draft: at most `intervalMs` after the first unsaved change the
 * latest text goes to draft/save in the app's data folder, so a crash or a kill
 * loses at most that long (plus one write). A throttle, not a debounce: steady
 * typing never postpones the save. Once the document is clean again (saved,
 * undone to the file's text) the draft is discarded.
 */
import { useEffect, useRef, useState } from 'react';
import type { DeckRef } from '../../core/contract';
import { getHost } from '../host';

export const AUTOSAVE_MS = 2000;

export interface AutosaveInput {
  key: string;
  ref: DeckRef | null;
  baseVersion: string | null;
  dirty: boolean;
  /** Current text; called when the timer fires so the latest edits go in. */
  text(): string;
  /** Changes on every edit. */
  revision: unknown;
}

export interface AutosaveState {
  /** When the last draft write succeeded. */
  savedMs: number | null;
  /** The last draft write failed (drafts folder unwritable, disk full): nothing claims a draft then. */
  failed: boolean;
}

export function useAutosave(input: AutosaveInput, intervalMs = AUTOSAVE_MS): AutosaveState {
  const latest = useRef(input);
  latest.current = input;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hasDraft = useRef(false);
  const [savedMs, setSavedMs] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!input.dirty) {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (hasDraft.current) {
        hasDraft.current = false;
        void getHost().api.draft.discard(input.key).catch(() => {});
      }
      return;
    }
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const cur = latest.current;
      if (!cur.dirty) return;
      hasDraft.current = true;
      getHost()
        .api.draft.save({ key: cur.key, text: cur.text(), ref: cur.ref, baseVersion: cur.baseVersion })
        .then((r) => {
          setSavedMs(r.savedMs);
          setFailed(false);
        })
        .catch(() => {
          // Retried with the next edit. Until one succeeds the status bar must not say the
          // changes are kept in a draft: the edits since the last good draft are not.
          setFailed(true);
        });
    }, intervalMs);
  }, [input.revision, input.dirty, input.key, intervalMs]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { savedMs, failed };
}
