import { isBand } from '@/domain/review-query';
import { USER_SORTS, type UserSort } from '@/domain/review-query';
import type { Band } from '@/domain/schemas';

export interface UserReviewParams {
  band: Band | null;
  /** a single score 0–10, set by clicking a histogram bar */
  score: number | null;
  sort: UserSort;
  page: number;
}

/** uband, uscore, usort, upage from the query string; anything invalid falls back to its default. */
export function parseUserReviewParams(params: URLSearchParams): UserReviewParams {
  const band = params.get('uband');
  const score = params.get('uscore') ?? '';
  const sort = params.get('usort') ?? '';
  const page = params.get('upage') ?? '';
  return {
    band: isBand(band) ? band : null,
    score: /^\d{1,2}$/.test(score) && Number(score) <= 10 ? Number(score) : null,
    sort: (USER_SORTS as readonly string[]).includes(sort) ? (sort as UserSort) : 'newest',
    page: /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  };
}
