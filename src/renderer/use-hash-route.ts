import { useEffect, useState } from 'react';
import { currentRoute } from './app-routes';

/** The current location hash ("#/deck/user/a.md" → "/deck/user/a.md"); hash routes need no server support. */
export function useHashRoute(): [string, (to: string) => void] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const on = () => setRoute(currentRoute());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [route, (to: string) => (window.location.hash = encodeURI(to))];
}
