import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { Page } from '@/domain/schemas';
import { apiRequest } from './client';
import type { Contract } from './contract';

export type PagedData<T> = InfiniteData<Page<T>, string | null>;

/** The query string of a list request: set params only, in a stable order, then the cursor. */
export function listSearch(params: Record<string, string>, cursor: string | null): string {
  const search = new URLSearchParams();
  for (const k of Object.keys(params).sort()) if (params[k] !== '') search.set(k, params[k]!);
  if (cursor) search.set('cursor', cursor);
  const s = search.toString();
  return s ? `?${s}` : '';
}

/**
 * A paged list as one infinite query: each filter, sort and search (in `params`) is its own query, pages are
 * fetched by cursor, and only pages are ever held, never a whole list.
 */
export function pagedListOptions<T>(opts: {
  queryKey: QueryKey;
  path: string;
  params: Record<string, string>;
  /** the page's schema, from the lazily loaded contract */
  schema: (c: Contract) => z.ZodType;
}) {
  // the callers' keys (queryKeys.*List) hold the movie and the params; the path and schema follow from them
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return infiniteQueryOptions({
    queryKey: opts.queryKey,
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`${opts.path}${listSearch(opts.params, pageParam)}`, { schema: opts.schema, signal }) as Promise<
        Page<T>
      >,
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<T>) => last.nextCursor,
  });
}

export interface PagedList<T> {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  /** which view this is (its query key): changes with each filter, sort and search */
  view: string;
  /** this view's own results (or its error) are on screen: its first page has answered */
  ready: boolean;
  /** the pages shown, flattened */
  items: T[];
  /** how many match the view (the API's count) */
  total: number;
  hasMore: boolean;
  /** true while another view's first page loads and the previous view's results are still on screen */
  updating: boolean;
  showMore: () => void;
  loadingMore: boolean;
}

/**
 * Reads a paged list for the view in the URL. The results on screen stay while another filter's first page
 * loads (no flash to a skeleton); the page after the last one shown is fetched ahead, so "Show more" answers
 * at once. `shown` resets to one page whenever the view changes.
 */
export function usePagedList<T>(options: ReturnType<typeof pagedListOptions<T>>): PagedList<T> {
  const query = useInfiniteQuery({ ...options, placeholderData: keepPreviousData });
  const viewKey = JSON.stringify(options.queryKey);
  const [view, setView] = useState({ key: viewKey, shown: 1 });
  const shown = view.key === viewKey ? view.shown : 1;
  const pages = query.data?.pages ?? [];
  const { hasNextPage, isFetching, isFetchingNextPage, isPlaceholderData, isError, fetchNextPage } = query;

  // Fetch ahead only when nothing else is fetched for this list: fetchNextPage cancels a refetch in flight (of a
  // stale prerendered or invalidated first page) and would leave the old first page on screen.
  useEffect(() => {
    if (!isPlaceholderData && !isError && hasNextPage && !isFetching && pages.length <= shown) {
      void fetchNextPage();
    }
  }, [pages.length, shown, hasNextPage, isFetching, isPlaceholderData, isError, fetchNextPage]);

  return {
    query,
    view: viewKey,
    ready: !query.isPending && !isPlaceholderData,
    items: pages.slice(0, shown).flatMap((p) => p.items),
    total: pages[0]?.total ?? 0,
    hasMore: pages.length > shown || hasNextPage,
    updating: isPlaceholderData,
    showMore: () => setView({ key: viewKey, shown: shown + 1 }),
    // the reader asked for a page that has not arrived; fetching ahead is not their wait (it made "Show more" read
    // "Loading more…" right after every load and every filter, and re-rendered the list to say so)
    loadingMore: pages.length < shown && isFetchingNextPage,
  };
}

/**
 * The first items of a view, for the overview's chosen reviews: one page, asked for with a small `limit`, never
 * paged. It is a list query like any other, so a reader's write reaches it the same way.
 */
export function useListTop<T>(options: ReturnType<typeof pagedListOptions<T>>) {
  const query = useInfiniteQuery(options);
  return { query, items: query.data?.pages[0]?.items ?? [] };
}
