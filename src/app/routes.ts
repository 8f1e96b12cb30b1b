export const DEFAULT_MOVIE_ID = 'wont-back-down';
export const DEFAULT_MOVIE_PATH = `/movies/${DEFAULT_MOVIE_ID}`;

export type Route = { name: 'movie'; movieId: string } | { name: 'home' } | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'home' };
  const m = /^\/movies\/([^/]+)\/?$/.exec(pathname);
  if (m) {
    try {
      return { name: 'movie', movieId: decodeURIComponent(m[1]!) };
    } catch {
      return { name: 'not-found' };
    }
  }
  return { name: 'not-found' };
}
