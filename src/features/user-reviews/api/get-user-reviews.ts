import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { queryKeys } from '@/api/query-keys';

export const userReviewsQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.users(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/user-reviews`, {
        schema: (c) => c.userReviewListSchema,
        signal,
      }),
  });

export const useUserReviews = (movieId: string) => useQuery(userReviewsQueryOptions(movieId));
