import { useCallback, useMemo } from 'react';
import type { UserSort } from '@/domain/review-query';
import type { Band } from '@/domain/schemas';
import { useSearchParams } from '@/lib/router';
import { parseUserReviewParams, userParamsUpdate } from './user-review-params';

/** The one place the user-review filter and sort are read from and written to (the URL). */
export function useUserReviewParams() {
  const [params, set, hrefFor] = useSearchParams();
  const parsed = useMemo(() => parseUserReviewParams(params), [params]);
  const setBand = useCallback((band: Band | null) => set(userParamsUpdate({ band })), [set]);
  const setScore = useCallback((score: number | null) => set(userParamsUpdate({ score })), [set]);
  const scoreHref = useCallback((score: number | null) => hrefFor(userParamsUpdate({ score })), [hrefFor]);
  const setSort = useCallback((sort: UserSort) => set(userParamsUpdate({ sort })), [set]);
  return { ...parsed, setBand, setScore, scoreHref, setSort };
}
