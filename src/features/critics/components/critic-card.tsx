import { memo, useId } from 'react';
import { CLAMP_CHARS, useClampedText } from '@/components/clamped-text';
import { Highlight } from '@/components/highlight';
import { ScoreBadge } from '@/components/score-badge';
import { formatDate } from '@/domain/dates';
import { httpUrl } from '@/domain/http-url';
import type { CriticReview } from '@/domain/schemas';

const NO_TERMS: readonly string[] = [];

/**
 * One critic review: score badge, critic, publication, date, the excerpt (a long one clamped behind "Read more"),
 * and a link when there is one. Memoised: a filter change re-renders only the cards whose review or search terms changed. */
export const CriticCard = memo(function CriticCard({
  review,
  terms = NO_TERMS,
}: {
  review: CriticReview;
  terms?: readonly string[];
}) {
  const id = useId();
  // while searching, show whole excerpts so every highlighted word is visible
  const clamp = useClampedText(review.excerpt.length > CLAMP_CHARS && terms.length === 0);
  const href = httpUrl(review.url);
  return (
    <article
      aria-labelledby={`${id}-by`}
      className="flex gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:gap-4 dark:bg-stone-900 dark:ring-stone-800"
    >
      {review.score !== null && <ScoreBadge score={review.score} scale="critic" />}
      <div className="min-w-0 flex-1">
        <h3 id={`${id}-by`} className="font-semibold">
          <Highlight text={review.critic} terms={terms} />
          {review.publication && (
            <span className="font-normal text-stone-600 dark:text-stone-400">
              {', '}
              <Highlight text={review.publication} terms={terms} />
            </span>
          )}
        </h3>
        {review.date && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <time dateTime={review.date}>{formatDate(review.date)}</time>
          </p>
        )}
        {review.excerpt && (
          <p {...clamp.textProps} className={`mt-1 max-w-prose break-words ${clamp.textProps.className}`}>
            <Highlight text={review.excerpt} terms={terms} />
          </p>
        )}
        {(clamp.toggle || href) && (
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {clamp.toggle}
            {href && (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-blue-700 underline underline-offset-2 dark:text-blue-300"
              >
                Read full review
                <span className="sr-only">
                  {' '}
                  by {review.critic}
                  {review.publication ? ` in ${review.publication}` : ''} (opens in a new tab)
                </span>
              </a>
            )}
          </div>
        )}
      </div>
    </article>
  );
});
