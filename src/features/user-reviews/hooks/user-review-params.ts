import { isBand, USER_SORTS, type UserSort } from '@/domain/review-query';
import type { Band } from '@/domain/schemas';
import { BANDS } from '@/domain/scores';
import type { UserListParams } from '../api/user-reviews-cache';

export interface UserReviewParams {
  band: Band | null;
  /** a single score 0–10, set by clicking a histogram bar */
  score: number | null;
  sort: UserSort;
}

/** uband, uscore, usort from the query string; anything invalid falls back to its default. */
export function parseUserReviewParams(params: URLSearchParams): UserReviewParams {
  const band = params.get('uband');
  const score = params.get('uscore') ?? '';
  const sort = params.get('usort') ?? '';
  return {
    band: isBand(band) ? band : null,
    score: /^\d{1,2}$/.test(score) && Number(score) <= 10 ? Number(score) : null,
    sort: (USER_SORTS as readonly string[]).includes(sort) ? (sort as UserSort) : 'newest',
  };
}

/** The views one click away, to fetch ahead: each band (a score cleared, as a band click clears it) and each sort. */
export function userParamsNearby(p: UserReviewParams): UserReviewParams[] {
  return [
    ...[null, ...BANDS].map((band) => ({ ...p, band, score: null })),
    ...USER_SORTS.map((sort) => ({ ...p, sort })),
  ];
}

/** The API's query for this view (defaults left out, so equal views share one cache entry). */
export function userListParams({ band, score, sort }: UserReviewParams): UserListParams {
  const out: UserListParams = {};
  if (band) out.band = band;
  if (score !== null) out.score = String(score);
  if (sort !== 'newest') out.sort = sort;
  return out;
}

/** The URL's query-string change for a new band or score (one replaces the other; a default removes its key). */
export function userParamsUpdate(change: { band?: Band | null; score?: number | null; sort?: UserSort }) {
  const out: Record<string, string | null> = {};
  if ('band' in change) Object.assign(out, { uband: change.band ?? null, uscore: null });
  if ('score' in change)
    Object.assign(out, {
      uscore: change.score === null || change.score === undefined ? null : String(change.score),
      uband: null,
    });
  if ('sort' in change) out.usort = change.sort && change.sort !== 'newest' ? change.sort : null;
  return out;
}
