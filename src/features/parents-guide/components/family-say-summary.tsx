import { familyAggregate } from '@/domain/family';
import type { FamilyReview } from '@/domain/schemas';
import { FamilySay } from './family-say';

/** Parents say / Kids say, derived from the cached list, so a new review counts at once. */
export function FamilySaySummary({ reviews }: { reviews: readonly FamilyReview[] }) {
  return (
    <div>
      <h3 className="text-lg font-semibold">What parents and kids say</h3>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <FamilySay role="parent" aggregate={familyAggregate(reviews, 'parent')} />
        <FamilySay role="kid" aggregate={familyAggregate(reviews, 'kid')} />
      </div>
    </div>
  );
}
