import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import { userReviewListSchema } from '@/domain/schemas';

export const userReviewsQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.users(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/user-reviews`, { schema: userReviewListSchema, signal }),
  });

export const useUserReviews = (movieId: string) => useQuery(userReviewsQueryOptions(movieId));
