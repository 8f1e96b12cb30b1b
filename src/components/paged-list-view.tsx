import type { ReactNode } from 'react';
import type { PagedList } from '@/api/paged-list';
import { ErrorState } from './error-state';
import { ShowMore } from './show-more';
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
    // dimmed only when the next results take more than 150 ms, and at once: a quick answer does not flicker, and the
    // list is not animated (repainted each frame) while the new results arrive
    <div
      aria-busy={list.updating}
      className={list.updating ? 'opacity-60 transition-opacity delay-150 duration-0' : undefined}
    >
      {children}
      <ShowMore
        what={what}
        shown={list.items.length}
        total={list.total}
        hasMore={list.hasMore}
        loading={list.loadingMore}
        onMore={list.showMore}
      />
    </div>
  );
}
