import { useEffect, useState } from 'react';
import { onAnnounce } from './announce';

/**
 * Two visually hidden live regions, present from the start (a region added
 * together with its text is often not read). A message is cleared before the next
 * one is set, so repeating "已保存" is spoken again.
 */
export function LiveAnnouncer() {
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onAnnounce((text, politeness) => {
      const set = politeness === 'assertive' ? setAssertive : setPolite;
      set('');
      clearTimeout(timer);
      timer = setTimeout(() => set(text), 50);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
  return (
    <>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="live-polite">
        {polite}
      </div>
      <div className="sr-only" role="alert" aria-live="assertive" aria-atomic="true" data-testid="live-assertive">
        {assertive}
      </div>
    </>
  );
}
