/**
 * A movie's pages: the overview (`/movies/:id`: the three verdicts, each section's summary, charts and a few chosen
 * reviews) and one full list page per section, where its filters, sort, search and paging live.
 */
export const MOVIE_VIEWS = ['overview', 'critic-reviews', 'user-reviews', 'parents-guide'] as const;
export type MovieView = (typeof MOVIE_VIEWS)[number];
export type ListView = Exclude<MovieView, 'overview'>;

/** The path of a movie's page: `/movies/:id` for the overview, `/movies/:id/<view>` for a list page. */
export const moviePath = (movieId: string, view: MovieView = 'overview') =>
  `/movies/${encodeURIComponent(movieId)}${view === 'overview' ? '' : `/${view}`}`;
