import { FORCED_FILL, FORCED_FILL_SELECTED } from '@/components/band-colors';
import { describeAgeSpread, MIN_AGE } from '@/domain/family';
import type { FamilyAggregate } from '@/domain/schemas';

const TICKS = new Set([2, 6, 10, 14, 18]);

/** Bars for the ages 2–18 a group chose, with the same figures in words underneath. */
export function AgeSpreadChart({ aggregate, label }: { aggregate: FamilyAggregate; label: string }) {
  const max = Math.max(1, ...aggregate.ages);
  return (
    <figure className="mt-3">
      <div aria-hidden="true" className="flex h-16 items-end gap-px border-b border-stone-400 dark:border-stone-500">
        {aggregate.ages.map((count, i) => {
          const age = i + MIN_AGE;
          const isMedian = age === aggregate.medianAge;
          return (
            <div key={age} className="flex h-full flex-1 items-end" title={`Age ${age}: ${count}`}>
              <div
                className={`w-full rounded-t-sm ${
                  isMedian
                    ? `bg-sky-800 dark:bg-sky-300 ${FORCED_FILL_SELECTED}`
                    : `bg-stone-400 dark:bg-stone-500 ${FORCED_FILL}`
                }`}
                style={{ height: count ? `${Math.max(8, (count / max) * 100)}%` : 0 }}
              />
            </div>
          );
        })}
      </div>
      <div aria-hidden="true" className="flex gap-px text-[0.65rem] text-stone-600 tabular-nums dark:text-stone-400">
        {aggregate.ages.map((_, i) => (
          <span key={i} className="flex-1 text-center">
            {TICKS.has(i + MIN_AGE) ? i + MIN_AGE : ''}
          </span>
        ))}
      </div>
      <figcaption className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        Ages {label} chose: {describeAgeSpread(aggregate)}
      </figcaption>
    </figure>
  );
}
