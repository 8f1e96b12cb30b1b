import { useEffect, useRef } from 'react';
import { formatDate } from '@/domain/dates';
import { useConfirmStep } from '@/lib/use-confirm-step';
import type { UserReview } from '@/domain/schemas';
import { UserReviewCard } from './user-review-card';

interface OwnReviewPanelProps {
  movieId: string;
  review: UserReview;
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
  /**
   * where focus goes when the panel appears: its heading (after a save, so keyboard users are not left on a
   * removed form), or "Edit your review" (after the edit form's Cancel, back where the reader left)
   */
  focusOnMount?: 'heading' | 'edit';
}

/** One review per reader per movie: instead of a second form, the reader can edit or delete theirs. */
export function OwnReviewPanel({ movieId, review, onEdit, onDelete, deleting, focusOnMount }: OwnReviewPanelProps) {
  // the confirmation replaces the buttons, and Cancel puts them back: focus follows to what replaced them
  const { confirming, yesRef, askProps, done } = useConfirmStep();
  const heading = useRef<HTMLHeadingElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount === 'heading') heading.current?.focus();
    else if (focusOnMount === 'edit') edit.current?.focus();
  }, [focusOnMount]);
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
      {/* what they wrote, as others read it (the overview lists only a few reviews; the full list has it too) */}
      <div className="mt-3">
        <UserReviewCard movieId={movieId} review={review} own />
      </div>
      {confirming ? (
        <div role="group" aria-label="Confirm deletion" className="mt-3 flex flex-wrap items-center gap-2">
          <p className="font-medium">Delete your review? Your rating leaves the user score too.</p>
          {/* aria-disabled, not disabled: a disabled button loses focus, and it would fall to the page */}
          <button
            ref={yesRef}
            type="button"
            onClick={() => {
              if (!deleting) onDelete();
            }}
            aria-disabled={deleting}
            className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900 aria-disabled:opacity-60"
          >
            Yes, delete it
          </button>
          <button type="button" onClick={done} className={btn}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          <button ref={edit} type="button" onClick={onEdit} className={btn}>
            Edit your review
          </button>
          <button {...askProps} type="button" className={btn}>
            Delete your review
          </button>
        </div>
      )}
    </div>
  );
}
