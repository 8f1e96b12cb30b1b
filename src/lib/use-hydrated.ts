import { startTransition, useEffect, useState } from 'react';

/** Set once the first render in this browser has committed; components mounted later start hydrated. */
let pageHydrated = false;
/** Set just before the prerendered HTML is hydrated (a page rendered afresh in the browser never is). */
let hydrationBegun = false;

/** Called by the entry point just before it hydrates the prerendered HTML. */
export function beginHydration(): void {
  hydrationBegun = true;
}

/**
 * Whether the current commit is the page's hydration. Work a layout effect would do synchronously then (a state
 * update made there re-renders the whole tree in the same task, before the browser can answer a tap) can wait
 * for a transition instead: the prerendered page is already on screen.
 */
export const isHydrating = (): boolean => hydrationBegun && !pageHydrated;

/**
 * The app's root calls this once: the first commit has ended when the root's first effects run (on pages with no
 * useHydrated below it, nothing else would say so).
 */
export function useHydrationEnd(): void {
  useEffect(() => {
    pageHydrated = true;
  }, []);
}

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
