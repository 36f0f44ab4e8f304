/**
 * The audience and presenter windows keep each other in step over a
 * BroadcastChannel named after the deck (same origin: two tabs of the browser
 * edition, or Electron's main and presenter windows). Either side may drive;
 * each applies what it hears and re-announces only its own moves, so an echo
 * of a position it already shows is dropped.
 */
export interface SlidePosition {
  indexh: number;
  indexv: number;
  fragment: number;
}

export type PresentMessage =
  | ({ type: 'slide' } & SlidePosition)
  | { type: 'pause'; paused: boolean }
  | { type: 'overview'; active: boolean }
  /** A window that just opened asks where the others are. */
  | { type: 'hello'; role: 'audience' | 'presenter' }
  /** Swap displays (Electron), asked by the presenter. */
  | { type: 'swap' }
  /** The presentation ends (Esc in either window). */
  | { type: 'end' };

export function samePosition(a: SlidePosition | null, b: SlidePosition | null): boolean {
  return !!a && !!b && a.indexh === b.indexh && a.indexv === b.indexv && a.fragment === b.fragment;
}

export function isPresentMessage(m: unknown): m is PresentMessage {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'slide') {
    const s = m as Record<string, unknown>;
    return [s.indexh, s.indexv, s.fragment].every((n) => typeof n === 'number' && Number.isInteger(n) && (n as number) >= -1);
  }
  if (t === 'pause') return typeof (m as { paused?: unknown }).paused === 'boolean';
  if (t === 'overview') return typeof (m as { active?: unknown }).active === 'boolean';
  if (t === 'hello') return ['audience', 'presenter'].includes((m as { role?: string }).role ?? '');
  return t === 'swap' || t === 'end';
}

export interface PresentChannel {
  post(m: PresentMessage): void;
  close(): void;
}

export function openPresentChannel(name: string, onMessage: (m: PresentMessage) => void): PresentChannel {
  const ch = new BroadcastChannel(name);
  ch.onmessage = (e: MessageEvent) => {
    if (isPresentMessage(e.data)) onMessage(e.data);
  };
  return {
    post: (m) => ch.postMessage(m),
    close: () => ch.close(),
  };
}
