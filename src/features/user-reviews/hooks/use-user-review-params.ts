import { useCallback, useMemo } from 'react';
import type { UserSort } from '@/domain/review-query';
import type { Band } from '@/domain/schemas';
import { useSearchParams } from '@/lib/router';
import { parseUserReviewParams } from './user-review-params';

/** The one place the user-review filter and sort are read from and written to (the URL). */
export function useUserReviewParams() {
  const [params, set] = useSearchParams();
  const parsed = useMemo(() => parseUserReviewParams(params), [params]);
  const setBand = useCallback((band: Band | null) => set({ uband: band, uscore: null }), [set]);
  const setScore = useCallback(
    (score: number | null) => set({ uscore: score === null ? null : String(score), uband: null }),
    [set],
  );
  const setSort = useCallback((sort: UserSort) => set({ usort: sort === 'newest' ? null : sort }), [set]);
  return { ...parsed, setBand, setScore, setSort };
}
