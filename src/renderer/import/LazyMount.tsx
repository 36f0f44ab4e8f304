/**
 * Mounts its children only once they come near the viewport; until then a box of
 * the estimated height keeps the scroll bar honest. A review of a hundred
 * articles renders the few on screen at once instead of thousands of rows
 * (13.8 s before the review appeared on a 448 KB file). Once mounted, children stay.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function LazyMount({ estimate, eager, children }: { estimate: number; eager?: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(eager === true || typeof IntersectionObserver === 'undefined');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown || !box.current) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown(true);
      },
      // Mount a screen ahead, so scrolling never shows an empty box. The margin only widens the
      // root: with the viewport as root, the scrolling panel would still clip at its own edge and
      // nothing below it would mount until scrolled into sight.
      { root: scrollParent(box.current), rootMargin: '1200px 0px' },
    );
    io.observe(box.current);
    return () => io.disconnect();
  }, [shown]);
  if (shown) return <>{children}</>;
  return <div ref={box} style={{ height: estimate }} aria-hidden="true" data-testid="review-pending" />;
}

/** The nearest ancestor that scrolls vertically, or null for the viewport. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if (y === 'auto' || y === 'scroll') return p;
  }
  return null;
}
