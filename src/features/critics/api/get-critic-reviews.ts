import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { queryKeys } from '@/api/query-keys';

/** The whole list, once: band, sort and search run in memory so they answer within a frame. */
export const criticReviewsQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.critics(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/critic-reviews`, {
        schema: (c) => c.criticListSchema,
        signal,
      }),
    select: (data) => data.items,
  });

export const useCriticReviews = (movieId: string) => useQuery(criticReviewsQueryOptions(movieId));
