/**
 * Notice when the open deck's file changes on disk (another program, another
 * window): poll deck/stat every few seconds and whenever the window gets focus,
 * and report a version other than the one the editor read or wrote.
 */
import { useEffect, useRef } from 'react';
import type { DeckRef } from '../../core/contract';
import { getHost } from '../host';

export const WATCH_MS = 3000;

export function useFileWatch(ref: DeckRef | null, version: string | null, onChanged: (version: string) => void): void {
  const cb = useRef(onChanged);
  cb.current = onChanged;
  useEffect(() => {
    if (!ref || version === null) return;
    let alive = true;
    const check = () => {
      getHost()
        .api.deck.stat(ref)
        .then((r) => {
          if (alive && r && r.version !== version) cb.current(r.version);
        })
        .catch(() => {});
    };
    const id = setInterval(check, WATCH_MS);
    window.addEventListener('focus', check);
    return () => {
      alive = false;
      clearInterval(id);
      window.removeEventListener('focus', check);
    };
  }, [ref?.root, ref?.path, version]); // eslint-disable-line react-hooks/exhaustive-deps
}
