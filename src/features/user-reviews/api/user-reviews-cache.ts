import type { QueryKey } from '@tanstack/react-query';
import {
  changeData,
  insertIntoPages,
  listParamsOf,
  mapInPages,
  removeFromPages,
  type CacheChange,
} from '@/api/optimistic';
import type { PagedData } from '@/api/paged-list';
import { queryKeys } from '@/api/query-keys';
import { USER_ORDER } from '@/domain/review-order';
import { isBand, userMatcher, USER_SORTS, type UserSort } from '@/domain/review-query';
import type { UserReview, UserSummary } from '@/domain/schemas';

export const userReviewsPath = (movieId: string) => `/api/movies/${encodeURIComponent(movieId)}/user-reviews`;

/** A user list view as the API's query string holds it (band, score, sort), defaults left out. */
export type UserListParams = Partial<Record<'band' | 'score' | 'sort', string>>;

const viewOf = (key: QueryKey) => {
  const p = listParamsOf(key);
  const sort: UserSort = (USER_SORTS as readonly string[]).includes(p.sort ?? '') ? (p.sort as UserSort) : 'newest';
  return {
    sort,
    matches: userMatcher({ band: isBand(p.band) ? p.band : null, score: p.score ? Number(p.score) : null }),
  };
};

/** Every cached user list: `review` shown where it belongs in each view it matches, and taken out of the others. */
export const placeInLists = (movieId: string, review: UserReview, replacing?: string): CacheChange => ({
  queryKey: queryKeys.users(movieId),
  update: (data, key) => {
    const { sort, matches } = viewOf(key);
    let pages = data as PagedData<UserReview>;
    if (replacing) pages = removeFromPages(pages, replacing);
    return matches(review) ? insertIntoPages(pages, review, USER_ORDER[sort]) : removeFromPages(pages, review.id);
  },
});

/** Every cached user list: the review with this id changed in place (or out of a view it no longer matches). */
export const changeInLists = (movieId: string, id: string, change: (r: UserReview) => UserReview): CacheChange => ({
  queryKey: queryKeys.users(movieId),
  update: (data, key) => {
    const { matches } = viewOf(key);
    return mapInPages(data as PagedData<UserReview>, id, (r) => {
      const next = change(r);
      return matches(next) ? next : null;
    });
  },
});

export const removeFromLists = (movieId: string, id: string): CacheChange => ({
  queryKey: queryKeys.users(movieId),
  update: (data) => removeFromPages(data as PagedData<UserReview>, id),
});

export const changeSummary = (movieId: string, change: (s: UserSummary) => UserSummary) =>
  changeData(queryKeys.userSummary(movieId), change);

export const changeOwnReview = (movieId: string, id: string, change: (r: UserReview) => UserReview) =>
  changeData(queryKeys.userReview(movieId, id), change);
