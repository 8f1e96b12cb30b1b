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
 * once; the DOM holds only the pages a reader asked for.
 */
export function ShowMore({ what, shown, total, hasMore, loading, onMore }: ShowMoreProps) {
  if (!hasMore) return null;
  return (
    <div className="mt-4 flex flex-col items-center gap-1">
      <button
        type="button"
        onClick={onMore}
        aria-busy={loading}
        className="rounded-md border border-stone-400 px-4 py-2 text-sm font-medium hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {loading ? 'Loading more…' : `Show more ${what}`}
      </button>
      <span className="text-xs text-stone-600 tabular-nums dark:text-stone-400">
        {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} shown
      </span>
    </div>
  );
}
