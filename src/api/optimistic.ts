import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { insertionIndex, type SortSpec } from '@/domain/review-order';
import type { PagedData } from './paged-list';

/** One change to the cache: every cached query under `queryKey` is updated with `update(data, itsKey)`. */
export interface CacheChange {
  queryKey: QueryKey;
  update: (data: unknown, queryKey: QueryKey) => unknown;
}

function apply(queryClient: QueryClient, changes: readonly CacheChange[]) {
  for (const change of changes) {
    for (const query of queryClient.getQueryCache().findAll({ queryKey: change.queryKey })) {
      if (query.state.data === undefined) continue;
      queryClient.setQueryData(query.queryKey, change.update(query.state.data, query.queryKey));
    }
  }
}

/**
 * The one way every write updates what the reader sees: `predict` changes the cache at once (the pages on
 * screen and the section's summary), an error puts back exactly what was there, the server's answer is
 * written over the prediction (`settle`: the settled answer wins), and the lists whose order or paging the
 * change may move are refetched afterwards. Spread into `useMutation`.
 */
export function optimisticUpdate<V, R>(
  queryClient: QueryClient,
  plan: {
    predict: (vars: V) => CacheChange[];
    settle: (result: R, vars: V) => CacheChange[];
    refetch: (vars: V) => QueryKey[];
    /** what else a success means (the reader's store), after the cache has the answer */
    done?: (result: R, vars: V) => void;
  },
) {
  type Snapshot = [QueryKey, unknown][];
  return {
    onMutate: async (vars: V): Promise<{ snapshot: Snapshot }> => {
      const changes = plan.predict(vars);
      await Promise.all(changes.map((c) => queryClient.cancelQueries({ queryKey: c.queryKey })));
      const snapshot = changes.flatMap((c) => queryClient.getQueriesData({ queryKey: c.queryKey }));
      apply(queryClient, changes);
      return { snapshot };
    },
    onError: (_error: Error, _vars: V, context: { snapshot: Snapshot } | undefined) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (result: R, vars: V) => {
      apply(queryClient, plan.settle(result, vars));
      plan.done?.(result, vars);
    },
    onSettled: (_result: R | undefined, _error: Error | null, vars: V) =>
      Promise.all(plan.refetch(vars).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  };
}

/** The cached value under `queryKey` (a summary, one review) changed by `change`. */
export const changeData = <T>(queryKey: QueryKey, change: (data: T) => T): CacheChange => ({
  queryKey,
  update: (data) => change(data as T),
});

/* ---------- what a change does to a paged list ---------- */

interface Identified {
  id: string;
}

/**
 * A created item the API has not confirmed yet: its id is made from the request's idempotency key, so the
 * settled answer replaces it, and its card shows it as pending.
 */
const PENDING_PREFIX = 'pending-';
export const pendingId = (idempotencyKey: string) => `${PENDING_PREFIX}${idempotencyKey}`;
export const isPending = (item: Identified) => item.id.startsWith(PENDING_PREFIX);

/** Puts `item` where it belongs among the loaded pages (or, past the last loaded one, only counts it). */
export function insertIntoPages<T extends Identified>(data: PagedData<T>, item: T, spec: SortSpec<T>): PagedData<T> {
  const without = removeFromPages(data, item.id);
  const loaded = without.pages.flatMap((p) => p.items);
  const at = insertionIndex(loaded, item, spec);
  const last = without.pages.at(-1);
  const total = (without.pages[0]?.total ?? 0) + 1;
  if (at === loaded.length && last?.nextCursor) {
    return { ...without, pages: without.pages.map((p) => ({ ...p, total })) };
  }
  let offset = 0;
  let placed = false;
  const pages = without.pages.map((p, i) => {
    const start = offset;
    offset += p.items.length;
    const isLast = i === without.pages.length - 1;
    if (!placed && (at < offset || isLast)) {
      placed = true;
      const items = [...p.items];
      items.splice(at - start, 0, item);
      return { ...p, items, total };
    }
    return { ...p, total };
  });
  return { ...without, pages };
}

/** Replaces the item with this id, if loaded; `null` from `change` takes it out of the list. */
export function mapInPages<T extends Identified>(
  data: PagedData<T>,
  id: string,
  change: (item: T) => T | null,
): PagedData<T> {
  let removed = 0;
  const pages = data.pages.map((p) => ({
    ...p,
    items: p.items.flatMap((r) => {
      if (r.id !== id) return [r];
      const next = change(r);
      if (next === null) removed += 1;
      return next === null ? [] : [next];
    }),
  }));
  return removed
    ? { ...data, pages: pages.map((p) => ({ ...p, total: Math.max(0, p.total - removed) })) }
    : { ...data, pages };
}

export const removeFromPages = <T extends Identified>(data: PagedData<T>, id: string) =>
  mapInPages(data, id, () => null);

/** The list params a list query's key ends with (see queryKeys.*List). */
export const listParamsOf = (queryKey: QueryKey): Record<string, string> => {
  const last = queryKey.at(-1);
  return typeof last === 'object' && last !== null ? (last as Record<string, string>) : {};
};
