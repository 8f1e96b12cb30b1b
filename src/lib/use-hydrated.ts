import { startTransition, useEffect, useState } from 'react';

/** Set once the first render in this browser has committed; components mounted later start hydrated. */
let pageHydrated = false;

/**
 * false while prerendering and hydrating, true once the page runs in the browser: what only the browser can
 * show (the lazily loaded forms) is never part of the server's HTML, so hydration matches it.
 *
 * The switch after hydration is a transition, which React renders in slices that yield to the browser. (A
 * useSyncExternalStore whose client snapshot differs from the server's makes React re-render synchronously right
 * after hydration: measured on the overview at 4× CPU slowdown, a 480 ms task that rendered both forms.)
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
