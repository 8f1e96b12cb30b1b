import { formatDate, localIsoDate } from '@/domain/dates';
import type { FamilyReview } from '@/domain/schemas';

/** The day it was written where the reader is (a stored instant, shown in the reader's time zone). */
const day = (iso: string) => formatDate(localIsoDate(new Date(iso)));

/** One parent or kid review. Everything the reader typed renders as text, isolated from the text around it (bidi). */
export function FamilyReviewCard({ review, pending }: { review: FamilyReview; pending: boolean }) {
  const who = review.role === 'parent' ? 'Parent' : 'Kid';
  return (
    <article
      aria-busy={pending}
      className={`rounded-lg border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900 ${
        pending ? 'opacity-70' : ''
      }`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h4 className="font-semibold">
          {review.author ? <bdi>{review.author}</bdi> : `A ${who.toLowerCase()}`}{' '}
          <span className="text-sm font-normal text-stone-600 dark:text-stone-400">({who})</span>
        </h4>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {pending ? (
            'Saving…'
          ) : (
            // the prerendered HTML has the server's time zone; the reader's own replaces it
            <time dateTime={review.createdAt} suppressHydrationWarning>
              {day(review.createdAt)}
            </time>
          )}
        </p>
      </header>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm">
        <span className="rounded bg-sky-100 px-1.5 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-100">
          Age {review.age}+
        </span>
        <span>
          <span aria-hidden="true" className="text-amber-700 dark:text-amber-300">
            {'★'.repeat(review.stars)}
            {'☆'.repeat(5 - review.stars)}
          </span>{' '}
          {review.stars} out of 5 stars
        </span>
      </p>
      <p dir="auto" className="mt-2 max-w-prose leading-relaxed break-words whitespace-pre-line">
        {review.text}
      </p>
    </article>
  );
}
