import { useEffect, useRef, useState } from 'react';
import { formatCount } from '@/domain/scores';

interface ShowMoreProps {
  /** what is listed, for the button's name: "critic reviews" */
  what: string;
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}

/**
 * Lists are read a page at a time: the next page is already fetched when this is pressed, so it answers at
 * once; the DOM holds only the pages a reader asked for. When a press shows the last page the button goes, and
 * the line that says how many are shown stays and takes the focus the button had, so it does not fall to the page.
 */
export function ShowMore({ what, shown, total, hasMore, loading, onMore }: ShowMoreProps) {
  // how many were shown when the reader last pressed: more than that, and none left, means the press ended the list
  const [pressedAt, setPressedAt] = useState<number | null>(null);
  const ended = !hasMore && pressedAt !== null && shown > pressedAt;
  const line = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (ended && document.activeElement === document.body) line.current?.focus();
  }, [ended]);
  if (!hasMore && !ended) return null;
  return (
    <div className="mt-4 flex flex-col items-center gap-1">
      {hasMore && (
        <button
          type="button"
          onClick={() => {
            setPressedAt(shown);
            onMore();
          }}
          aria-busy={loading}
          className="rounded-md border border-stone-400 px-4 py-2 text-sm font-medium static:hidden hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {loading ? 'Loading more…' : `Show more ${what}`}
        </button>
      )}
      <span
        ref={line}
        tabIndex={ended ? -1 : undefined}
        className="text-xs text-stone-600 tabular-nums dark:text-stone-400"
      >
        {formatCount(shown)} of {formatCount(total)} shown
      </span>
    </div>
  );
}
