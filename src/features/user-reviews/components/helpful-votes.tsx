import type { UserReview } from '@/domain/schemas';
import { useVote } from '@/stores/reader-store';
import { useVoteUserReview } from '../api/vote-user-review';

/** Helpful / not helpful, one vote per reader; pressing the chosen one again withdraws it. */
export function HelpfulVotes({ movieId, review }: { movieId: string; review: UserReview }) {
  const vote = useVote(review.id);
  const mutation = useVoteUserReview(movieId);
  const btn = (on: boolean) =>
    `rounded-md border px-2 py-0.5 text-sm tabular-nums disabled:opacity-50 ${
      on
        ? 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-950'
        : 'border-stone-300 hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800'
    }`;
  const cast = (next: 'up' | 'down') =>
    mutation.mutate({ reviewId: review.id, vote: vote === next ? 'none' : next, before: vote ?? null });
  return (
    <div
      role="group"
      aria-label="Was this review helpful?"
      className="mt-3 flex flex-wrap items-center gap-2 text-sm static:hidden"
    >
      <span className="text-stone-600 dark:text-stone-400" aria-hidden="true">
        Helpful?
      </span>
      <button type="button" aria-pressed={vote === 'up'} onClick={() => cast('up')} className={btn(vote === 'up')}>
        Helpful ({review.helpful.up})
      </button>
      <button
        type="button"
        aria-pressed={vote === 'down'}

        onClick={() => cast('down')}
        className={btn(vote === 'down')}
      >
        Not helpful ({review.helpful.down})
      </button>
      {mutation.isError && (
        <span role="alert" className="text-red-800 dark:text-red-300">
          Your vote was not saved. {mutation.error.message}
        </span>
      )}
    </div>
  );
}
