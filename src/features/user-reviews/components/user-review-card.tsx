import { memo } from 'react';
import { CLAMP_CHARS, useClampedText } from '@/components/clamped-text';
import { ScoreBadge } from '@/components/score-badge';
import { formatDate } from '@/domain/dates';
import type { UserReview } from '@/domain/schemas';
import { HelpfulVotes } from './helpful-votes';
import { SpoilerReveal } from './spoiler-reveal';
import { isPending } from '@/api/optimistic';

const tag =
  'rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold text-stone-800 dark:bg-stone-800 dark:text-stone-200';

/** One user review. Everything a reader typed is rendered as text, isolated from the text around it (bidi). */
/** Memoised: a filter change elsewhere on the page does not re-render the cards. */
export const UserReviewCard = memo(function UserReviewCard({
  movieId,
  review,
  own = false,
}: {
  movieId: string;
  review: UserReview;
  own?: boolean;
}) {
  const author = review.author ?? 'Anonymous';
  const pending = isPending(review);
  const clamp = useClampedText(review.text.length > CLAMP_CHARS, 6);
  const body = (
    <>
      {review.title && (
        <h4 dir="auto" className="font-semibold break-words">
          {review.title}
        </h4>
      )}
      {review.text ? (
        <>
          <p
            dir="auto"
            {...clamp.textProps}
            className={`mt-1 max-w-prose break-words whitespace-pre-line ${clamp.textProps.className}`}
          >
            {review.text}
          </p>
          {clamp.toggle && <p className="mt-1 text-sm">{clamp.toggle}</p>}
        </>
      ) : (
        <p className="mt-1 text-sm text-stone-600 italic dark:text-stone-400">A rating without a written review.</p>
      )}
    </>
  );
  return (
    <article
      aria-label={`Review by ${author}`}
      aria-busy={pending || undefined}
      className={`flex gap-3 rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900 ${
        own ? 'ring-2 ring-stone-400 dark:ring-stone-600' : ''
      }`}
    >
      {review.score !== null ? (
        <ScoreBadge score={review.score} scale="user" />
      ) : (
        <span className="inline-flex h-12 w-12 shrink-0 items-center justify-center rounded-lg border border-dashed border-stone-300 text-center text-[10px] leading-tight text-stone-600 dark:border-stone-700 dark:text-stone-400">
          No score
        </span>
      )}
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          <bdi className="font-semibold break-all text-stone-900 dark:text-stone-100">{author}</bdi>
          {review.date && <time dateTime={review.date}>{formatDate(review.date)}</time>}
          {review.updatedAt && <span>(edited)</span>}
          {own && <span className={tag}>Your review</span>}
          {review.isExcerpt && <span className={tag}>Excerpt</span>}
          {pending && <span className={tag}>Saving…</span>}
        </p>
        {review.spoiler ? <SpoilerReveal>{body}</SpoilerReveal> : body}
        {!pending && <HelpfulVotes movieId={movieId} review={review} />}
      </div>
    </article>
  );
});
