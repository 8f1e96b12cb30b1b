import type { UserReview } from '@/domain/schemas';
import { UserReviewCard } from './user-review-card';
import { isPending } from '@/api/optimistic';

interface UserReviewListProps {
  movieId: string;
  reviews: readonly UserReview[];
  ownReviewId: string | undefined;
  /** true when a band or score filter hides some reviews */
  filtered: boolean;
  onClearFilter: () => void;
}

export function UserReviewList({ movieId, reviews, ownReviewId, filtered, onClearFilter }: UserReviewListProps) {
  if (reviews.length === 0) {
    return (
      <div
        data-results
        className="rounded-lg border border-dashed border-stone-300 p-6 text-center dark:border-stone-700"
      >
        {filtered ? (
          <>
            <p>No user reviews match this filter.</p>
            <button
              type="button"
              onClick={onClearFilter}
              className="mt-2 rounded-md border border-stone-300 px-3 py-1 text-sm font-medium hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              Show all user reviews
            </button>
          </>
        ) : (
          <p>No user reviews yet. Rate the movie above to write the first one.</p>
        )}
      </div>
    );
  }
  return (
    <ol data-results className="space-y-3">
      {reviews.map((r) => (
        <li key={r.id}>
          <UserReviewCard movieId={movieId} review={r} own={r.id === ownReviewId || isPending(r)} />
        </li>
      ))}
    </ol>
  );
}
