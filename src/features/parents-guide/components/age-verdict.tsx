import type { Movie, ParentGuide } from '@/domain/schemas';
import { AgeBadge } from './age-badge';

interface AgeVerdictProps {
  guide: ParentGuide;
  /** null while the movie loads or when it could not be loaded */
  mpaa: Movie['mpaa'] | null;
}

/** "Age 9+", the verdict and one-line summary, with the MPAA rating beside it. */
export function AgeVerdict({ guide, mpaa }: AgeVerdictProps) {
  return (
    <div className="flex flex-col gap-4 rounded-xl border border-stone-300 bg-white p-4 sm:flex-row sm:items-start dark:border-stone-700 dark:bg-stone-900">
      <div className="flex items-start gap-4 sm:flex-1">
        <AgeBadge age={guide.age} />
        <div className="min-w-0">
          <h3 className="text-xl font-bold">{guide.verdict}</h3>
          <p className="mt-1">{guide.summary}</p>
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Guidance by {guide.source}</p>
        </div>
      </div>
      <dl className="flex min-h-14 items-center gap-3 rounded-lg border border-stone-300 px-3 py-2 sm:w-56 sm:flex-col sm:items-start dark:border-stone-700">
        <dt className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
          MPAA rating
        </dt>
        {mpaa ? (
          <dd className="flex flex-wrap items-baseline gap-x-2">
            <span className="rounded border-2 border-current px-1.5 text-lg font-black">{mpaa.rating}</span>
            <span className="text-sm">{mpaa.reason}</span>
          </dd>
        ) : (
          <dd className="text-sm text-stone-600 dark:text-stone-400">Not available</dd>
        )}
      </dl>
    </div>
  );
}
