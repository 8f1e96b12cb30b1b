import { useId, useRef, type RefObject } from 'react';
import { BandFilter } from '@/components/band-filter';
import { USER_SORT_LABEL, USER_SORTS, type UserSort } from '@/domain/review-query';
import type { Band, BandCounts } from '@/domain/schemas';

interface UserReviewFilterBarProps {
  counts: BandCounts;
  total: number;
  band: Band | null;
  score: number | null;
  sort: UserSort;
  onBand: (band: Band | null) => void;
  onScore: (score: number | null) => void;
  onSort: (sort: UserSort) => void;
  /** the band filter's "All" button, which takes focus when a "show all" button goes away */
  allRef?: RefObject<HTMLButtonElement | null>;
}

export function UserReviewFilterBar({
  counts,
  total,
  band,
  score,
  sort,
  onBand,
  onScore,
  onSort,
  allRef,
}: UserReviewFilterBarProps) {
  const sortId = useId();
  const ownAll = useRef<HTMLButtonElement>(null);
  const all = allRef ?? ownAll;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 static:hidden">
      <div className="space-y-2">
        <BandFilter
          counts={counts}
          total={total}
          active={band}
          onSelect={onBand}
          label="Filter user reviews by score band"
          allPressed={band === null && score === null}
          allRef={all}
        />
        {score !== null && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {/* one flex item: the gap is for the button, not between the words */}
            <span>
              Showing reviews that scored <strong className="tabular-nums">{score}</strong>.
            </span>
            <button
              type="button"
              onClick={() => {
                onScore(null);
                // this line goes with the score filter: focus moves to "All", now pressed
                all.current?.focus();
              }}
              className="rounded-md border border-stone-300 px-2 py-0.5 hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              Show all scores
            </button>
          </p>
        )}
      </div>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={sortId} className="font-medium">
          Sort user reviews
        </label>
        <select
          id={sortId}
          value={sort}
          onChange={(e) => onSort(e.target.value as UserSort)}
          className="rounded-md border border-stone-500 bg-white px-2 py-1.5 dark:bg-stone-900"
        >
          {USER_SORTS.map((s) => (
            <option key={s} value={s}>
              {USER_SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
