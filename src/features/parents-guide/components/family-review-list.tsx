import { Pagination, pageOf } from '@/components/pagination';
import type { FamilyReview } from '@/domain/schemas';
import { useSearchParams } from '@/lib/router';
import { isOptimisticReview } from '../api/create-family-review';
import { FAMILY_PAGE_PARAM, useRoleFilter } from '../hooks/use-role-filter';
import { FORM_ANCHOR } from './family-say';
import { FamilyReviewCard } from './family-review-card';
import { RoleFilter } from './role-filter';

const PAGE_SIZE = 20;

/** Parent and kid reviews, newest first, filtered by role through the URL. */
export function FamilyReviewList({ reviews }: { reviews: readonly FamilyReview[] }) {
  const [role, setRole] = useRoleFilter();
  const [params, setParams] = useSearchParams();
  const counts = {
    all: reviews.length,
    parent: reviews.filter((r) => r.role === 'parent').length,
    kid: reviews.filter((r) => r.role === 'kid').length,
  };
  const shown = role ? reviews.filter((r) => r.role === role) : reviews;
  const { page, pageCount, items } = pageOf(shown, Number(params.get(FAMILY_PAGE_PARAM) ?? '1'), PAGE_SIZE);
  const what = role === 'parent' ? 'parent ' : role === 'kid' ? 'kid ' : '';

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-semibold">Reviews from parents and kids</h3>
        <RoleFilter value={role} counts={counts} onChange={setRole} />
      </div>
      {items.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-400 p-4 text-stone-700 dark:border-stone-600 dark:text-stone-300">
          No {what}reviews yet.{' '}
          <a href={`#${FORM_ANCHOR}`} className="font-semibold underline">
            Write the first one
          </a>
          .
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((r) => (
            <li key={r.id}>
              <FamilyReviewCard review={r} pending={isOptimisticReview(r)} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        label="Parent and kid reviews"
        page={page}
        pageCount={pageCount}
        onPage={(p) => setParams({ [FAMILY_PAGE_PARAM]: p === 1 ? null : String(p) })}
      />
    </div>
  );
}
