import type { Movie } from '@/domain/schemas';

/** Title, year, MPAA rating and availability: the first lines of the page (the verdicts follow, then the synopsis). */
export function MovieHeader({ movie }: { movie: Movie }) {
  return (
    <header className="space-y-3">
      <p className="text-sm font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">Movie</p>
      <h1 tabIndex={-1} className="text-3xl font-extrabold tracking-tight focus:outline-none sm:text-5xl">
        {movie.title} <span className="font-normal text-stone-600 dark:text-stone-400">({movie.year})</span>
      </h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="font-semibold">Rated</dt>
          <dd>
            <abbr title="Motion Picture Association rating" className="no-underline">
              {movie.mpaa.rating}
            </abbr>{' '}
            {movie.mpaa.reason}
          </dd>
        </div>
        {movie.availability.map((a) => (
          <div key={a.format} className="flex gap-1.5">
            <dt className="font-semibold">On {a.format}</dt>
            <dd>{a.status}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
