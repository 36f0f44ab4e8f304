import { useLayoutEffect, useState, type RefObject } from 'react';

/** The largest width of a box with this aspect ratio that fits inside `ref` with `pad` pixels around it. */
export function useFitWidth(ref: RefObject<HTMLElement | null>, aspect: number, pad: number): number {
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const el = ref.current;
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
  });
  return width;
}
