import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * false while prerendering and hydrating, true once the page runs in the browser: what only the browser can
 * show (the lazily loaded forms) is never part of the server's HTML, so hydration matches it.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
