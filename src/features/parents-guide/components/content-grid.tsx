import type { ContentRating } from '@/domain/schemas';
import { ContentRatingItem } from './content-rating-item';

const GROUPS = [
  {
    group: 'good',
    title: 'The good stuff',
    hint: 'Higher is better.',
    className: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
  },
  {
    group: 'watch',
    title: 'What to watch for',
    hint: 'Higher means more of it.',
    className: 'border-orange-300 bg-orange-50 dark:border-orange-800 dark:bg-orange-950/40',
  },
] as const;

/**
 * The seven content categories, each 0–5, in two labelled groups. `whole`: every explanation in full, no "Read more"
 * (the guide's own page, which the reader opened for the detail; the overview shows first sentences).
 */
export function ContentGrid({ content, whole = false }: { content: readonly ContentRating[]; whole?: boolean }) {
  return (
    <div>
      <h3 className="text-lg font-semibold">What’s in the movie</h3>
      <p className="text-sm text-stone-600 dark:text-stone-400">Each category is rated from 0 to 5.</p>
      <div className="mt-3 grid gap-4 lg:grid-cols-[2fr_3fr] lg:items-start">
        {GROUPS.map(({ group, title, hint, className }) => {
          const items = content.filter((c) => c.group === group);
          return (
            <div
              key={group}
              role="group"
              aria-labelledby={`content-${group}`}
              className={`rounded-xl border p-3 ${className}`}
            >
              <h4 id={`content-${group}`} className="font-bold">
                {title}
              </h4>
              <p className="text-sm text-stone-700 dark:text-stone-300">{hint}</p>
              <ul className="mt-2 space-y-2">
                {items.map((item) => (
                  <ContentRatingItem key={item.key} item={item} whole={whole} />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
