import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  useQueryClient,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
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

type ListOptions<T> = ReturnType<typeof pagedListOptions<T>>;

/** Runs `work` once the page is idle (a timer where the browser has no requestIdleCallback); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 100);
  return () => clearTimeout(timer);
}

/**
 * How long a view stays on screen before the views near it are fetched: a reader clicking through the bands is not
 * served by fetching ahead of each one passed.
 */
export const NEARBY_AFTER_MS = 300;

/**
 * Once a view's own results have been on screen for NEARBY_AFTER_MS, the first page of each view one click away
 * (`nearby`: the other bands, the other sorts) is fetched while the page is idle, one at a time, unless the cache
 * already holds it fresh: a filter or sort click then answers from the cache, without a dimmed wait. Measured on the
 * 50,000-review movie: a band click took 33–95 ms to paint its first time and 17–27 ms once cached. Not done when
 * the reader asked the browser to save data, and stopped as soon as the view changes.
 */
function useFetchNearby<T>(viewKey: string, ready: boolean, nearby: readonly ListOptions<T>[]) {
  const queryClient = useQueryClient();
  // the views to fetch as this render names them (a new array each render): read when the view is settled, not a
  // reason to start again
  const views = useEffectEvent(() => {
    const seen = new Set([viewKey]);
    return nearby.filter((o) => {
      const key = JSON.stringify(o.queryKey);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  useEffect(() => {
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    if (!ready || saveData) return;
    const queue = views();
    let cancel = () => {};
    let stopped = false;
    const next = () => {
      const options = queue.shift();
      if (!options || stopped) return;
      cancel = whenIdle(() => void queryClient.prefetchInfiniteQuery(options).then(next));
    };
    const settled = setTimeout(next, NEARBY_AFTER_MS);
    return () => {
      stopped = true;
      clearTimeout(settled);
      cancel();
    };
  }, [viewKey, ready, queryClient]);
}

/**
 * Reads a paged list for the view in the URL. The results on screen stay while another filter's first page
 * loads (no flash to a skeleton); the page after the last one shown is fetched ahead, so "Show more" answers
 * at once, and so are the first pages of the views in `nearby` (useFetchNearby). `shown` resets to one page
 * whenever the view changes.
 */
export function usePagedList<T>(options: ListOptions<T>, nearby: readonly ListOptions<T>[] = []): PagedList<T> {
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

  const ready = !query.isPending && !isPlaceholderData;
  useFetchNearby(viewKey, ready && !isError, nearby);

  return {
    query,
    view: viewKey,
    ready,
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
export function useListTop<T>(options: ListOptions<T>) {
  const query = useInfiniteQuery(options);
  return { query, items: query.data?.pages[0]?.items ?? [] };
}
