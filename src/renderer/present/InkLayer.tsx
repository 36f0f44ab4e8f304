/**
 * Pen annotations over the slides: a canvas the size of the screen, strokes kept
 * per slide in memory (in 0…1 coordinates, so a resize keeps them in place). They
 * are never written into the deck: leaving the presentation drops them.
 */
import { useEffect, useRef } from 'react';

type Point = [number, number];
export type InkStore = Map<string, Point[][]>;

export function InkLayer(props: { active: boolean; slideKey: string; store: InkStore; color?: string; /** bump to repaint after the store changed */ version?: number }) {
  const { active, slideKey, store, color = '#e02020' } = props;
  const canvas = useRef<HTMLCanvasElement>(null);

  const redraw = () => {
    const c = canvas.current;
    if (!c) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = color;
    ctx.lineWidth = Math.max(3, c.width / 400);
    for (const stroke of store.get(slideKey) ?? []) {
      ctx.beginPath();
      stroke.forEach(([x, y], i) => (i ? ctx.lineTo(x * c.width, y * c.height) : ctx.moveTo(x * c.width, y * c.height)));
      ctx.stroke();
    }
  };

  const redrawRef = useRef(redraw);
  redrawRef.current = redraw;

  // Size the bitmap to the screen once and on resize only: resizing a canvas
  // reallocates and clears it, too costly to do on every slide change.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const fit = () => {
      const w = Math.round(c.clientWidth * devicePixelRatio);
      const h = Math.round(c.clientHeight * devicePixelRatio);
      if (c.width !== w || c.height !== h) {
        c.width = w;
        c.height = h;
      }
      redrawRef.current();
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(c);
    return () => ro.disconnect();
  }, []);

  // Another slide (or its ink erased): show that slide's strokes.
  useEffect(() => {
    const c = canvas.current;
    // Nothing drawn anywhere and nothing on screen: skip touching the canvas at all.
    if (c && (store.size > 0 || c.dataset.inked === '1')) {
      redrawRef.current();
      c.dataset.inked = store.size > 0 ? '1' : '0';
    }
  }, [slideKey, props.version, store]);

  useEffect(() => {
    const c = canvas.current;
    if (!c || !active) return;
    let current: Point[] | null = null;
    const at = (e: PointerEvent): Point => {
      const r = c.getBoundingClientRect();
      return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height];
    };
    const down = (e: PointerEvent) => {
      current = [at(e)];
      const list = store.get(slideKey) ?? [];
      list.push(current);
      store.set(slideKey, list);
      c.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!current) return;
      current.push(at(e));
      redraw();
    };
    const up = () => {
      current = null;
    };
    c.addEventListener('pointerdown', down);
    c.addEventListener('pointermove', move);
    c.addEventListener('pointerup', up);
    c.addEventListener('pointercancel', up);
    return () => {
      c.removeEventListener('pointerdown', down);
      c.removeEventListener('pointermove', move);
      c.removeEventListener('pointerup', up);
      c.removeEventListener('pointercancel', up);
    };
  }, [active, slideKey, store]); // eslint-disable-line react-hooks/exhaustive-deps

  return <canvas ref={canvas} className={`present-ink${active ? ' present-ink-active' : ''}`} data-testid="ink-layer" />;
}
