import { queryOptions, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { isApiError } from '@/api/errors';
import { pagedListOptions, usePagedList } from '@/api/paged-list';
import { queryKeys } from '@/api/query-keys';
import type { UserReview } from '@/domain/schemas';
import { userReviewsPath, type UserListParams } from './user-reviews-cache';

export const USER_PAGE_SIZE = 10;

export const userSummaryQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.userSummary(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/user-summary`, {
        schema: (c) => c.userSummarySchema,
        signal,
      }),
  });

export const useUserSummary = (movieId: string) => useQuery(userSummaryQueryOptions(movieId));

/** `limit`: a page's size; the overview asks for the three most helpful reviews only. */
export const userListOptions = (movieId: string, params: UserListParams, limit = USER_PAGE_SIZE) =>
  pagedListOptions<UserReview>({
    queryKey: queryKeys.userList(movieId, { ...params, limit: String(limit) }),
    path: userReviewsPath(movieId),
    params: { ...params, limit: String(limit) },
    schema: (c) => c.userReviewPageSchema,
  });

/** `nearby`: the views one click away, fetched ahead once this one is on screen. */
export const useUserList = (movieId: string, params: UserListParams, nearby: readonly UserListParams[] = []) =>
  usePagedList<UserReview>(
    userListOptions(movieId, params),
    nearby.map((p) => userListOptions(movieId, p)),
  );

export const USER_PICKS = 3;
/**
 * The overview's picks: the most helpful user reviews, one more than shown, since the reader's own review, when
 * among them, is left out (it is in their panel).
 */
export const userPickOptions = (movieId: string) => userListOptions(movieId, { sort: 'helpful' }, USER_PICKS + 1);

/** The reader's own review, wherever it falls in the lists. */
export const ownReviewQueryOptions = (movieId: string, reviewId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.userReview(movieId, reviewId ?? ''),
    queryFn: reviewId
      ? ({ signal }) =>
          apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(reviewId)}`, {
            schema: (c) => c.voteResultSchema,
            signal,
          }).then((r) => r.review)
      : skipToken,
  });

export const useOwnReview = (movieId: string, reviewId: string | undefined) =>
  useQuery(ownReviewQueryOptions(movieId, reviewId));

/**
 * After a write to the reader's review was refused because another tab changed or deleted it (412, 404): the review
 * as the API has it now, which the page then shows, or null when it is gone (the page then offers to rate again).
 */
export function useRefreshOwnReview(movieId: string) {
  const queryClient = useQueryClient();
  return async (reviewId: string): Promise<UserReview | null> => {
    try {
      return await queryClient.fetchQuery({ ...ownReviewQueryOptions(movieId, reviewId), staleTime: 0 });
    } catch (e) {
      if (isApiError(e) && e.status === 404) return null;
      throw e;
    }
  };
}
