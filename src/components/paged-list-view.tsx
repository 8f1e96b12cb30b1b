import type { ReactNode } from 'react';
import type { PagedList } from '@/api/paged-list';
import { ErrorState } from './error-state';
import { SectionSkeleton } from './skeleton';

interface PagedListViewProps<T> {
  list: PagedList<T>;
  /** what is listed, in lower case ("critic reviews"): the words of the skeleton, the error and "Show more" */
  what: string;
  skeletonRows?: number;
  /** the items on screen, with what goes with them (a count line, an empty state) */
  children: ReactNode;
}

/**
 * Every paged list's states, one way: a skeleton until the first page arrives; an error with "Try again" when
 * nothing could be loaded (once something is on screen, a failed refetch leaves it there); the previous view's
 * results dimmed while another view's first page loads; and "Show more" under the items.
 */
export function PagedListView<T>({ list, what, skeletonRows, children }: PagedListViewProps<T>) {
  const { query } = list;
  if (query.isPending) return <SectionSkeleton label={what} rows={skeletonRows} />;
  if (query.isError && list.items.length === 0) {
    return (
      <ErrorState
        title={`${what[0]!.toUpperCase()}${what.slice(1)} could not be loaded.`}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <div aria-busy={list.updating} className={list.updating ? 'opacity-60 transition-opacity' : undefined}>
      {children}
      <ShowMore list={list} what={what} />
    </div>
  );
}

/**
 * Lists are read a page at a time: the next page is already fetched when this is pressed, so it answers at
 * once; the DOM holds only the pages a reader asked for.
 */
function ShowMore<T>({ list, what }: { list: PagedList<T>; what: string }) {
  if (!list.hasMore) return null;
  return (
    <div className="mt-4 flex flex-col items-center gap-1">
      <button
        type="button"
        onClick={list.showMore}
        aria-busy={list.loadingMore}
        className="rounded-md border border-stone-400 px-4 py-2 text-sm font-medium hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {list.loadingMore ? 'Loading more…' : `Show more ${what}`}
      </button>
      <span className="text-xs text-stone-600 tabular-nums dark:text-stone-400">
        {list.items.length.toLocaleString('en-US')} of {list.total.toLocaleString('en-US')} shown
      </span>
    </div>
  );
}
