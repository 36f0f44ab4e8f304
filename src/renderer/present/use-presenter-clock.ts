/**
 * The presenter's clocks: wall time, time since the start (T resets it), and the
 * time spent in each section, added up second by second while that section is
 * on screen.
 */
import { useEffect, useRef, useState } from 'react';

export function usePresenterClock(currentSection: number) {
  const [now, setNow] = useState(() => Date.now());
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const spent = useRef(new Map<number, number>());
  const lastTick = useRef(Date.now());
  const section = useRef(currentSection);
  section.current = currentSection;

  useEffect(() => {
    const id = window.setInterval(() => {
      const t = Date.now();
      spent.current.set(section.current, (spent.current.get(section.current) ?? 0) + (t - lastTick.current));
      lastTick.current = t;
      setNow(t);
    }, 500);
    return () => window.clearInterval(id);
  }, []);

  const reset = () => {
    const t = Date.now();
    spent.current.clear();
    lastTick.current = t;
    setStartedAt(t);
    setNow(t);
  };
  return { now, elapsedMs: now - startedAt, spentIn: (k: number) => spent.current.get(k) ?? 0, reset };
}
