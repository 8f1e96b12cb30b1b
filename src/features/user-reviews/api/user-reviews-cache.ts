import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/query-keys';
import type { UserReview } from '@/domain/schemas';

export type UserReviewList = { items: UserReview[]; total: number };

/** Snapshot of the cached list, taken before an optimistic change so an error can put it back. */
export async function snapshotUserReviews(queryClient: QueryClient, movieId: string) {
  await queryClient.cancelQueries({ queryKey: queryKeys.users(movieId) });
  return queryClient.getQueryData<UserReviewList>(queryKeys.users(movieId));
}

export function updateUserReviews(
  queryClient: QueryClient,
  movieId: string,
  update: (items: UserReview[]) => UserReview[],
): void {
  queryClient.setQueryData<UserReviewList>(queryKeys.users(movieId), (old) => {
    if (!old) return old;
    const items = update(old.items);
    return { items, total: items.length };
  });
}

export function restoreUserReviews(queryClient: QueryClient, movieId: string, previous: UserReviewList | undefined) {
  queryClient.setQueryData(queryKeys.users(movieId), previous);
}

/** The movie (its aggregates) and the list are refetched once a change has settled, whatever the outcome. */
export function invalidateUserReviews(queryClient: QueryClient, movieId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.movie(movieId), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.users(movieId) }),
  ]);
}

/**
 * The optimistic half of a user-review mutation: change the cached list at once, put it back if the API
 * refuses, refetch the list and the movie's aggregates once it has settled. Spread into `useMutation`.
 */
export function optimisticUserReviews<V>(
  queryClient: QueryClient,
  movieId: string,
  change: (items: UserReview[], vars: V) => UserReview[],
) {
  return {
    onMutate: async (vars: V) => {
      const previous = await snapshotUserReviews(queryClient, movieId);
      updateUserReviews(queryClient, movieId, (items) => change(items, vars));
      return { previous };
    },
    onError: (_error: Error, _vars: V, context: { previous: UserReviewList | undefined } | undefined) =>
      restoreUserReviews(queryClient, movieId, context?.previous),
    onSettled: () => invalidateUserReviews(queryClient, movieId),
  };
}

export const userReviewsPath = (movieId: string) => `/api/movies/${encodeURIComponent(movieId)}/user-reviews`;
