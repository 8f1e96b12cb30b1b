import { isPending } from '@/api/optimistic';
import { PagedListView } from '@/components/paged-list-view';
import { ResultCount } from '@/components/result-count';
import type { FamilySummary } from '@/domain/schemas';
import { useResultsInView } from '@/lib/results-in-view';
import { FAMILY_ROLES } from '@/domain/family';
import { familyListParams, useFamilyList } from '../api/get-parent-guide';
import { useRoleFilter } from '../hooks/use-role-filter';
import { FORM_ANCHOR } from './family-say';
import { FamilyReviewCard } from './family-review-card';
import { RoleFilter } from './role-filter';

/** Parent and kid reviews, newest first, a page at a time, filtered by role through the URL. */
export function FamilyReviewList({ movieId, summary }: { movieId: string; summary: FamilySummary | undefined }) {
  const [role, setRole] = useRoleFilter();
  // every view is one click away from the others (fetched ahead): both, parents only, kids only
  const list = useFamilyList(movieId, familyListParams(role), [null, ...FAMILY_ROLES].map(familyListParams));
  const region = useResultsInView<HTMLDivElement>(list, role !== null);
  const counts = summary
    ? { all: summary.parents.count + summary.kids.count, parent: summary.parents.count, kid: summary.kids.count }
    : null;
  const what = role === 'parent' ? 'parent ' : role === 'kid' ? 'kid ' : '';
  const noun = (n: number) => `${n === 1 ? 'review' : 'reviews'} from parents and kids`;
  const count =
    role === null
      ? `${list.total} ${noun(list.total)}.`
      : `${list.total}${counts ? ` of ${counts.all} ${noun(counts.all)}` : ` ${noun(list.total)}`}: ${role === 'parent' ? 'parents' : 'kids'}.`;

  return (
    <div ref={region} className="scroll-mt-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-semibold">Reviews from parents and kids</h3>
        {counts && <RoleFilter value={role} counts={counts} onChange={setRole} />}
      </div>
      <div className="mt-3">
        <PagedListView list={list} what="reviews from parents and kids" skeletonRows={1}>
          <ResultCount text={count} updating={list.updating} />
          {list.items.length === 0 ? (
            <p
              data-results
              className="mt-3 rounded-lg border border-dashed border-stone-400 p-4 text-stone-700 dark:border-stone-600 dark:text-stone-300"
            >
              No {what}reviews yet.{' '}
              <a href={`#${FORM_ANCHOR}`} className="font-semibold underline">
                Write the first one
              </a>
              .
            </p>
          ) : (
            <ul data-results className="mt-3 space-y-3">
              {list.items.map((r) => (
                <li key={r.id}>
                  <FamilyReviewCard review={r} pending={isPending(r)} />
                </li>
              ))}
            </ul>
          )}
        </PagedListView>
      </div>
    </div>
  );
}
