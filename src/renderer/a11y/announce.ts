/**
 * One place for status messages a screen reader should speak: saved, exported,
 * import progress, errors, the presenter's slide changes. <LiveAnnouncer/> (mounted
 * once by the App) holds the live regions; anything in the renderer calls
 * announce() without passing refs around.
 */
export type Politeness = 'polite' | 'assertive';
type Listener = (text: string, politeness: Politeness) => void;

const listeners = new Set<Listener>();

/** Speak `text` (errors: 'assertive', which interrupts). The same text twice is spoken twice. */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  for (const l of listeners) l(text, politeness);
}

export function onAnnounce(l: Listener): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}
