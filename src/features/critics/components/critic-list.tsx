import type { CriticReview } from '@/domain/schemas';
import { CriticCard } from './critic-card';

interface CriticListProps {
  reviews: CriticReview[];
  terms: readonly string[];
  onClear: () => void;
  filtered: boolean;
}

/** The cards of one page, or an empty state that offers to clear the filter. */
export function CriticList({ reviews, terms, onClear, filtered }: CriticListProps) {
  if (reviews.length === 0) {
    return (
      <div
        data-results
        className="rounded-lg border border-dashed border-stone-300 p-6 text-center dark:border-stone-700"
      >
        <p className="font-semibold">
          {filtered ? 'No critic reviews match these filters.' : 'No critic reviews yet.'}
        </p>
        {filtered && (
          <button
            type="button"
            onClick={onClear}
            className="mt-3 rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-950 dark:hover:bg-stone-300"
          >
            Clear filters
          </button>
        )}
      </div>
    );
  }
  return (
    <ol data-results aria-label="Critic reviews list" className="space-y-3">
      {reviews.map((r) => (
        <li key={r.id}>
          <CriticCard review={r} terms={terms} />
        </li>
      ))}
    </ol>
  );
}
