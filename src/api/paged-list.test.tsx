import { infiniteQueryOptions, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, test } from 'vitest';
import type { Page } from '@/domain/schemas';
import { createQueryClient } from './query-client';
import { usePagedList, type pagedListOptions } from './paged-list';

/** A list of ids served two at a time by cursor (the cursor is the next index). */
function pagedFrom(list: { ids: string[] }) {
  // one key on purpose: the list behind it changes, as a server's data does
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return infiniteQueryOptions({
    queryKey: ['list'],
    queryFn: async ({ pageParam }): Promise<Page<string>> => {
      const from = Number(pageParam ?? 0);
      const items = list.ids.slice(from, from + 2);
      return { items, total: list.ids.length, nextCursor: from + 2 < list.ids.length ? String(from + 2) : null };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<string>) => last.nextCursor,
  }) as unknown as ReturnType<typeof pagedListOptions<string>>;
}

test('a stale first page (from a prerender) is fetched again on mount, and fetching ahead does not cancel that', async () => {
  const client = createQueryClient({ retry: false });
  // the page was rendered when the list held a, b, c; a reader has since added z at the top
  client.setQueryData(['list'], {
    pages: [{ items: ['a', 'b'], total: 3, nextCursor: '2' }],
    pageParams: [null],
  });
  void client.invalidateQueries();
  const list = { ids: ['z', 'a', 'b', 'c'] };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => usePagedList(pagedFrom(list)), { wrapper });

  await waitFor(() => expect(result.current.items).toEqual(['z', 'a']));
  expect(result.current.total).toBe(4);
  // the page after the one shown is fetched ahead, from the fresh list
  await waitFor(() => expect(client.getQueryData<{ pages: Page<string>[] }>(['list'])?.pages).toHaveLength(2));
  expect(client.getQueryData<{ pages: Page<string>[] }>(['list'])?.pages[1]?.items).toEqual(['b', 'c']);
});

test('fetching ahead is not shown as loading; a page asked for before it has arrived is', async () => {
  const client = createQueryClient({ retry: false });
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  // each page answers when the test lets it
  const waiting: (() => void)[] = [];
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const options = infiniteQueryOptions({
    queryKey: ['held'],
    queryFn: async ({ pageParam }): Promise<Page<string>> => {
      await new Promise<void>((answer) => waiting.push(answer));
      const from = Number(pageParam ?? 0);
      return {
        items: ids.slice(from, from + 2),
        total: ids.length,
        nextCursor: from + 2 < 6 ? String(from + 2) : null,
      };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<string>) => last.nextCursor,
  }) as unknown as ReturnType<typeof pagedListOptions<string>>;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => usePagedList(options), { wrapper });

  await waitFor(() => expect(waiting).toHaveLength(1));
  act(() => waiting[0]!());
  await waitFor(() => expect(result.current.items).toEqual(['a', 'b']));
  // the next page is being fetched ahead: the reader did not ask, so nothing says it is loading
  await waitFor(() => expect(result.current.query.isFetchingNextPage).toBe(true));
  expect(result.current.loadingMore).toBe(false);
  expect(result.current.hasMore).toBe(true);
  // asked for before it has arrived: now it is loading
  act(() => result.current.showMore());
  expect(result.current.loadingMore).toBe(true);
  act(() => waiting[1]!());
  await waitFor(() => expect(result.current.items).toEqual(['a', 'b', 'c', 'd']));
  expect(result.current.loadingMore).toBe(false);
});
