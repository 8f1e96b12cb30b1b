import { useCallback, useMemo } from 'react';
import type { UserSort } from '@/domain/review-query';
import type { Band } from '@/domain/schemas';
import { useSearchParams } from '@/lib/router';
import { parseUserReviewParams } from './user-review-params';

/** The one place the user-review filter, sort and page are read from and written to (the URL). */
export function useUserReviewParams() {
  const [params, set] = useSearchParams();
  const parsed = useMemo(() => parseUserReviewParams(params), [params]);
  const setBand = useCallback((band: Band | null) => set({ uband: band, uscore: null, upage: null }), [set]);
  const setScore = useCallback(
    (score: number | null) => set({ uscore: score === null ? null : String(score), uband: null, upage: null }),
    [set],
  );
  const setSort = useCallback((sort: UserSort) => set({ usort: sort === 'newest' ? null : sort, upage: null }), [set]);
  const setPage = useCallback((page: number) => set({ upage: page <= 1 ? null : String(page) }), [set]);
  return { ...parsed, setBand, setScore, setSort, setPage };
}
