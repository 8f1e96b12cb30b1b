import { infiniteQueryOptions, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, test, vi } from 'vitest';
import type { Page } from '@/domain/schemas';
import { createQueryClient } from './query-client';
import { NEARBY_AFTER_MS, usePagedList, type pagedListOptions } from './paged-list';

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

/** One page per view: `asked` records each view fetched, in order. */
function viewOptions(view: string, asked: string[]) {
  return infiniteQueryOptions({
    queryKey: ['view', view],
    queryFn: async (): Promise<Page<string>> => {
      asked.push(view);
      return { items: [`${view}-1`], total: 1, nextCursor: null };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<string>) => last.nextCursor,
  }) as unknown as ReturnType<typeof pagedListOptions<string>>;
}

test('once a view is on screen, the views one click away are fetched ahead, once each, and a click answers from the cache', async () => {
  const client = createQueryClient({ retry: false });
  const asked: string[] = [];
  client.setQueryData(['view', 'mixed'], {
    pages: [{ items: ['cached'], total: 1, nextCursor: null }],
    pageParams: [null],
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const nearby = ['all', 'positive', 'mixed', 'negative', 'positive'];
  const { result, rerender } = renderHook(
    ({ view }) =>
      usePagedList(
        viewOptions(view, asked),
        nearby.map((v) => viewOptions(v, asked)),
      ),
    { wrapper, initialProps: { view: 'all' } },
  );

  await waitFor(() => expect(result.current.items).toEqual(['all-1']));
  // itself, a view the cache holds fresh, and a repeat are not fetched again; the rest after the view has stayed
  // NEARBY_AFTER_MS, one idle period each (a 100 ms timer in jsdom): a timeout with room for a loaded machine
  await waitFor(() => expect(asked).toEqual(['all', 'positive', 'negative']), { timeout: 5_000 });
  rerender({ view: 'negative' });
  expect(result.current.updating).toBe(false);
  expect(result.current.items).toEqual(['negative-1']);
});

test('fetching nearby views waits for the view to stay and for idle time, one view at a time, stops with the view, and is skipped to save data', async () => {
  // idle time comes when the test says so
  const idle = new Map<number, () => void>();
  let handles = 0;
  vi.stubGlobal('requestIdleCallback', (work: () => void) => (idle.set(++handles, work), handles));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
  const saving = { saveData: true };
  Object.defineProperty(navigator, 'connection', { value: saving, configurable: true });
  const timers = vi.spyOn(globalThis, 'setTimeout');
  const settleTimers = () => timers.mock.calls.filter(([, ms]) => ms === NEARBY_AFTER_MS).length;
  const runIdle = () => act(() => [...idle.entries()].forEach(([h, work]) => (idle.delete(h), work())));
  try {
    const asked: string[] = [];
    const client = createQueryClient({ retry: false });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const nearby = ['a', 'b', 'c'].map((v) => viewOptions(v, asked));
    const { result, rerender, unmount } = renderHook(({ view }) => usePagedList(viewOptions(view, asked), nearby), {
      wrapper,
      initialProps: { view: 'x' },
    });
    await waitFor(() => expect(result.current.items).toEqual(['x-1']));
    // saving data, nothing is even timed to be fetched later
    expect(settleTimers()).toBe(0);

    saving.saveData = false;
    rerender({ view: 'y' });
    await waitFor(() => expect(result.current.items).toEqual(['y-1']));
    expect(asked).toEqual(['x', 'y']);
    expect(settleTimers()).toBe(1);
    expect(idle.size).toBe(0);
    // once the view has stayed a moment
    await waitFor(() => expect(idle.size).toBe(1), { timeout: 5_000 });
    runIdle();
    await waitFor(() => expect(idle.size).toBe(1));
    expect(asked).toEqual(['x', 'y', 'a']);
    unmount();
    expect(idle.size).toBe(0);
    expect(asked).toEqual(['x', 'y', 'a']);
  } finally {
    timers.mockRestore();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'connection');
  }
});
