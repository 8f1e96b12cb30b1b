import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { navigate, navigationKind, usePathname } from '@/lib/router';
import { useHydrationEnd } from '@/lib/use-hydrated';
import { MoviePage } from './movie-page';
import { NotFound } from './not-found';
import { DEFAULT_MOVIE_ID, DEFAULT_MOVIE_PATH, matchRoute } from './routes';
import { ThemeToggle } from './theme-toggle';

// Not needed to read the page, so their code loads after the first paint: the notice that says something only when
// this browser cannot keep what the reader adds, and the footer's "Clear what you added" (prerendered all the same).
const StorageNotice = lazy(() => import('./storage-notice').then((m) => ({ default: m.StorageNotice })));
const ClearAdditionsButton = lazy(() =>
  import('./clear-additions-button').then((m) => ({ default: m.ClearAdditionsButton })),
);

/** `notFound`: the server found no such movie, so the page says so whatever the path looks like. */
export function App({ notFound = false }: { notFound?: boolean }) {
  const pathname = usePathname();
  const route = notFound ? ({ name: 'not-found' } as const) : matchRoute(pathname);
  useHydrationEnd();

  useEffect(() => {
    if (route.name === 'home') navigate(DEFAULT_MOVIE_PATH + window.location.search, { replace: true });
  }, [route.name]);

  // A link followed to another page (overview ⇄ a full list) starts at its top, with focus on its heading, so
  // focus does not fall to the page with the link that was clicked; Back and Forward leave the browser to restore.
  // (a layout effect: it runs before a list's own effect brings the results of a filter link into view)
  const shownPath = useRef(pathname);
  useLayoutEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (navigationKind() !== 'push') return;
    // a link to a part of the other page (the family form) goes there instead
    const hash = window.location.hash.slice(1);
    const target = hash ? document.getElementById(decodeURIComponent(hash)) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <header className="border-b border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3 2xl:max-w-7xl">
          <a href={DEFAULT_MOVIE_PATH} className="text-xl font-black tracking-tight">
            Verdict
          </a>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 2xl:max-w-7xl">
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
        {route.name === 'movie' ? (
          <MoviePage movieId={route.movieId} view={route.view} />
        ) : route.name === 'home' ? (
          <MoviePage movieId={DEFAULT_MOVIE_ID} view="overview" />
        ) : (
          <NotFound />
        )}
      </main>
      <footer className="mx-auto flex max-w-5xl 2xl:max-w-7xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 pb-10 text-sm text-stone-600 dark:text-stone-400">
        <p>
          Scores and reviews as published by Metacritic and the sites they first appeared on; parent guidance by Common
          Sense Media. What you add is kept on this device.
        </p>
        <div className="static:hidden">
          <Suspense fallback={null}>
            <ClearAdditionsButton />
          </Suspense>
        </div>
      </footer>
    </div>
  );
}
