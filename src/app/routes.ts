import { MOVIE_VIEWS, moviePath, type MovieView } from '@/lib/movie-paths';

export const DEFAULT_MOVIE_ID = 'wont-back-down';

export const DEFAULT_MOVIE_PATH = moviePath(DEFAULT_MOVIE_ID);

export type Route = { name: 'movie'; movieId: string; view: MovieView } | { name: 'home' } | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'home' };
  const m = /^\/movies\/([^/]+)(?:\/([a-z-]+))?\/?$/.exec(pathname);
  const view = m?.[2] ?? 'overview';
  // `/movies/:id/overview` is not a page: the overview is the movie's own path
  if (m && (m[2] === undefined || (view !== 'overview' && (MOVIE_VIEWS as readonly string[]).includes(view)))) {
    try {
      return { name: 'movie', movieId: decodeURIComponent(m[1]!), view: view as MovieView };
    } catch {
      return { name: 'not-found' };
    }
  }
  return { name: 'not-found' };
}
