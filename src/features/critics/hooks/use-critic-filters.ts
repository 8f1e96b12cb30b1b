import { useCallback, useMemo } from 'react';
import { criticFiltersUpdate, parseCriticFilters, type CriticFilters } from '@/domain/critic-filters';
import { useSearchParams } from '@/lib/router';

/**
 * The critic list's band, bin, sort, search and page, read from and written to the URL (the one source
 * of truth). Each change is a history entry, so Back undoes it; a search's later keystrokes pass `replace`, so a
 * search is one entry however the reader types it.
 */
export function useCriticFilters() {
  const [params, setParams, hrefFor] = useSearchParams();
  const filters = useMemo(() => parseCriticFilters(params), [params]);
  const update = useCallback(
    (change: Partial<CriticFilters>, opts?: { replace?: boolean }) => setParams(criticFiltersUpdate(change), opts),
    [setParams],
  );
  /** the address `update(change)` leads to */
  const href = useCallback((change: Partial<CriticFilters>) => hrefFor(criticFiltersUpdate(change)), [hrefFor]);
  const clear = useCallback(() => update({ band: null, bin: null, q: '' }), [update]);
  return { filters, update, href, clear };
}
