import { pageAfter, type SortKey, type SortSpec } from './review-order';
import type { Page } from './schemas';

/**
 * The filtered views of a sorted list, as an index would keep them: a view's pages and its `total` then cost a
 * binary search, not a pass over every review (50,000 users or 10,000 critics in the benchmark movie). Keyed by
 * the sorted list itself, which its owner makes anew when the data changes, so a view never outlives its data.
 * Used by the in-process API's store and by the server's critic search.
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
