import { useEffect, useState } from 'react';

/** The current location hash ("#/deck/user/a.md" → "/deck/user/a.md"); hash routes need no server support. */
export function useHashRoute(): [string, (to: string) => void] {
  const read = () => decodeURI(window.location.hash.replace(/^#/, '')) || '/';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [route, (to: string) => (window.location.hash = encodeURI(to))];
}
