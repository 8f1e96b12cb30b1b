import { useEffect, useRef, useState } from 'react';
import { formatDate } from '@/domain/dates';
import type { UserReview } from '@/domain/schemas';

interface OwnReviewPanelProps {
  review: UserReview;
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
  /** move focus here (after a save, so keyboard users are not left on a removed form) */
  focusOnMount?: boolean;
}

/** One review per reader per movie: instead of a second form, the reader can edit or delete theirs. */
export function OwnReviewPanel({ review, onEdit, onDelete, deleting, focusOnMount = false }: OwnReviewPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  const btn =
    'rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-200 disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800';
  return (
    <div className="rounded-lg border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <h4 ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Your rating: {review.score ?? 'none'} out of 10
      </h4>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        You rated this movie
        {review.date ? ` on ${formatDate(review.date)}` : ''}
        {review.text ? ' and wrote a review' : ''}, as <bdi>{review.author ?? 'Anonymous'}</bdi>. Each reader has one
        review per movie: to change your rating, update your review.
      </p>
      {confirming ? (
        <div role="group" aria-label="Confirm deletion" className="mt-3 flex flex-wrap items-center gap-2">
          <p className="font-medium">Delete your review? Your rating leaves the user score too.</p>
          <button
            ref={yes}
            type="button"
            onClick={onDelete}
            disabled={deleting}
            className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-60"
          >
            Yes, delete it
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={btn}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" onClick={onEdit} className={btn}>
            Edit your review
          </button>
          <button type="button" onClick={() => setConfirming(true)} className={btn}>
            Delete your review
          </button>
        </div>
      )}
    </div>
  );
}
