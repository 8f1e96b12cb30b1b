import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ComponentProps } from 'react';

/**
 * A small history router: the page has one route shape, and filter/sort/search live in the query string.
 * (react-router would add ~20 KB gzip to the first paint for features this page does not use; see README.)
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export type NavigationKind = 'load' | 'push' | 'replace' | 'pop';
let lastNavigation: NavigationKind = 'load';
if (typeof window !== 'undefined') window.addEventListener('popstate', () => (lastNavigation = 'pop'));

/**
 * How the URL now shown was reached: the page's load, a `navigate` (a reader's choice on the page), or Back and
 * Forward ('pop'), after which the browser puts the page back where it was.
 */
export const navigationKind = (): NavigationKind => lastNavigation;
/** As after a page load: each test starts as a fresh page. */
export const resetNavigationKind = (): void => void (lastNavigation = 'load');

/** The URL rendered on the server (prerender) or in tests without a window location change. */
export const ServerUrlContext = createContext<string>('/');

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const current = snapshot();
  if (to === current) return;
  lastNavigation = opts.replace ? 'replace' : 'push';
  if (opts.replace) window.history.replaceState(window.history.state, '', to);
  else window.history.pushState(null, '', to);
  for (const l of listeners) l();
}

export function useHref(): string {
  const serverUrl = useContext(ServerUrlContext);
  return useSyncExternalStore(subscribe, snapshot, () => serverUrl);
}

/** The path alone: a change of the query string (a filter) does not re-render what only routes by path. */
export function usePathname(): string {
  const serverUrl = useContext(ServerUrlContext);
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => new URL(serverUrl, 'http://x').pathname,
  );
}

export type SearchUpdate = Record<string, string | null | undefined>;

/** `path` with the query string of `update`'s set values: a link to a view of another page. */
export function withSearch(path: string, update: SearchUpdate): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(update)) if (v !== null && v !== undefined && v !== '') search.set(k, v);
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

/** `href` (path, query and fragment) with `update` applied to its query: set values replace, empty ones go. */
function applySearch(href: string, update: SearchUpdate): string {
  const url = new URL(href, 'http://x');
  for (const [k, v] of Object.entries(update)) {
    if (v === null || v === undefined || v === '') url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  return url.pathname + url.search + url.hash;
}

/**
 * Read and write the query string. Setting a key to null/undefined/'' removes it. Each change is a new
 * history entry (so Back undoes it) unless `replace` is given. The third element is the address a change leads
 * to, for a control that is a link (it then works without JavaScript, and opens in a new tab).
 */
export function useSearchParams(): [
  URLSearchParams,
  (update: SearchUpdate, opts?: { replace?: boolean }) => void,
  (update: SearchUpdate) => string,
] {
  const href = useHref();
  const params = useMemo(() => new URL(href, 'http://x').searchParams, [href]);
  const set = useCallback((update: SearchUpdate, opts: { replace?: boolean } = {}) => {
    const { pathname, search, hash } = window.location;
    navigate(applySearch(pathname + search + hash, update), opts);
  }, []);
  const hrefFor = useCallback((update: SearchUpdate) => applySearch(href, update), [href]);
  return [params, set, hrefFor];
}

/**
 * A link to another page of the app: a real `<a href>` (it works without JavaScript, opens in a new tab, and is
 * prerendered), followed in place, as a history entry, when clicked plainly. `onFollow` replaces that in-place
 * navigation (a filter that updates the page it is on, the way its own control does).
 */
export function Link({
  href,
  onClick,
  onFollow,
  ...rest
}: ComponentProps<'a'> & { href: string; onFollow?: () => void }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        // a #fragment of this very page: the browser goes there itself
        if (new URL(href, window.location.href).pathname === window.location.pathname && href.includes('#')) return;
        e.preventDefault();
        if (onFollow) onFollow();
        else navigate(href);
      }}
      {...rest}
    />
  );
}
