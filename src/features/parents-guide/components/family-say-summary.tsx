import type { FamilySummary } from '@/domain/schemas';
import { FamilySay } from './family-say';

/** Parents say / Kids say, from the API's summary (moved at once by a new review, then the API's answer). */
export function FamilySaySummary({ movieId, summary }: { movieId: string; summary: FamilySummary }) {
  return (
    <div>
      <h3 className="text-lg font-semibold">What parents and kids say</h3>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <FamilySay movieId={movieId} role="parent" aggregate={summary.parents} />
        <FamilySay movieId={movieId} role="kid" aggregate={summary.kids} />
      </div>
    </div>
  );
}
