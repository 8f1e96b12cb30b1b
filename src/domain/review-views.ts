import { compareKeys, encodeCursor, pageAfter, type SortKey, type SortSpec } from './review-order';
import type { Page } from './schemas';

/**
 * The filtered views of a sorted list, as an index would keep them: a view's pages and its `total` then cost a
 * binary search, not a pass over every review (50,000 users or 10,000 critics in the benchmark movie). Keyed by
 * the sorted list itself, which its owner makes anew when the data changes, so a view never outlives its data.
 * Used by the server's critic search (the in-process API's store scans instead: scanPage, below).
 */
const views = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>();
/** views kept per sorted list; the oldest goes first */
const VIEWS_KEPT = 32;

/** A page of `sorted` (in `spec` order) holding only what `filter.matches`; `filter.key` names the filter. */
export function filteredPage<T>(
  sorted: readonly T[],
  spec: SortSpec<T>,
  sortName: string,
  filter: { key: string; matches: (t: T) => boolean } | null,
  limit: number,
  after: SortKey | null,
): Page<T> {
  let list = sorted;
  if (filter) {
    let byFilter = views.get(sorted);
    if (!byFilter) views.set(sorted, (byFilter = new Map()));
    const kept = byFilter.get(filter.key) as readonly T[] | undefined;
    if (kept) list = kept;
    else {
      if (byFilter.size >= VIEWS_KEPT) byFilter.delete(byFilter.keys().next().value!);
      byFilter.set(filter.key, (list = sorted.filter(filter.matches)));
    }
  }
  return { ...pageAfter(list, spec, sortName, limit, after), total: list.length };
}

/**
 * A page of `items` (in any order) in `spec` order, holding only what `matches`, after the cursor's key: one pass
 * that keeps the `limit` first items and counts the matches, without sorting the whole list. It gives the page,
 * total and cursor that paging a sorted list gives (the order is total: every key ends with the review's id).
 */
export function scanPage<T>(
  items: readonly T[],
  spec: SortSpec<T>,
  sortName: string,
  matches: ((t: T) => boolean) | null,
  limit: number,
  after: SortKey | null,
): Page<T> {
  const best: { item: T; key: SortKey }[] = [];
  let total = 0;
  let beyond = false;
  for (const item of items) {
    if (matches && !matches(item)) continue;
    total += 1;
    const key = spec.key(item);
    if (after && compareKeys(key, after, spec.directions) <= 0) continue;
    if (best.length === limit) {
      // full: only an item that comes before the last kept one gets in
      if (compareKeys(key, best[limit - 1]!.key, spec.directions) >= 0) {
        beyond = true;
        continue;
      }
      best.pop();
      beyond = true;
    }
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(best[mid]!.key, key, spec.directions) < 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, { item, key });
  }
  const last = best.at(-1);
  return {
    items: best.map((b) => b.item),
    nextCursor: beyond && last ? encodeCursor(sortName, last.key) : null,
    total,
  };
}
