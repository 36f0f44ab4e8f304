import { useCallback, useLayoutEffect, useState } from 'react';

/**
 * The largest width of a box with this aspect ratio that fits inside the element
 * (with `pad` pixels around it). Returns a callback ref, since the element appears
 * only once the document has loaded; a ResizeObserver follows window and pane resizes.
 */
export function useFitWidth(aspect: number, pad: number): [(el: HTMLElement | null) => void, number] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth - pad * 2;
      const h = el.clientHeight - pad * 2;
      setWidth(Math.max(160, Math.floor(Math.min(w, h * aspect))));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, aspect, pad]);
  return [useCallback((node: HTMLElement | null) => setEl(node), []), width];
}
