import { httpUrl } from '@/domain/http-url';
import type { CriticReview } from '@/domain/schemas';

/** The featured critic review (seed 001): shown apart, unscored, not counted, not filtered. */
export function FeaturedReview({ review }: { review: CriticReview }) {
  const href = httpUrl(review.url);
  return (
    <article
      aria-labelledby="featured-review-heading"
      className="rounded-lg border-l-4 border-stone-900 bg-white p-4 shadow-sm ring-1 ring-stone-200 dark:border-stone-100 dark:bg-stone-900 dark:ring-stone-800"
    >
      <h3
        id="featured-review-heading"
        className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400"
      >
        Featured review
      </h3>
      {review.headline && <p className="mt-1 text-xl font-bold">“{review.headline}”</p>}
      {review.excerpt && <p className="mt-1 max-w-prose">{review.excerpt}</p>}
      <p className="mt-1 text-sm">
        <span className="font-semibold">{review.critic}</span>
        {review.publication && <span className="text-stone-600 dark:text-stone-400">, {review.publication}</span>}
        <span className="text-stone-600 dark:text-stone-400"> · not scored</span>
      </p>
      {href && (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-2 inline-block text-sm font-medium text-blue-700 underline underline-offset-2 dark:text-blue-300"
        >
          Read full review<span className="sr-only"> by {review.critic} (opens in a new tab)</span>
        </a>
      )}
    </article>
  );
}
