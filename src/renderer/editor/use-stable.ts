import { useMemo, useRef } from 'react';

/**
 * Callbacks with a stable identity that always call the latest version, so memoised
 * children (toolbar, slide list) do not re-render on every keystroke just because
 * the parent made new closures.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useStable<T extends Record<string, (...args: any[]) => any>>(fns: T): T {
  const latest = useRef(fns);
  latest.current = fns;
  return useMemo(
    () =>
      Object.fromEntries(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        Object.keys(fns).map((k) => [k, (...args: any[]) => latest.current[k]!(...args)]),
      ) as T,
    // The set of names is fixed for a component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
}
