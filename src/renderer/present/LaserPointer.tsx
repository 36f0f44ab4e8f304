/** A red dot that follows the mouse while the laser pointer is on (L); the cursor itself is hidden. */
import { useEffect, useState } from 'react';

export function LaserPointer({ active }: { active: boolean }) {
  const [pos, setPos] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    if (!active) return;
    const move = (e: MouseEvent) => setPos({ x: e.clientX, y: e.clientY });
    window.addEventListener('mousemove', move);
    return () => window.removeEventListener('mousemove', move);
  }, [active]);
  if (!active || !pos) return null;
  return <div className="present-laser" data-testid="laser-dot" style={{ left: pos.x, top: pos.y }} />;
}
