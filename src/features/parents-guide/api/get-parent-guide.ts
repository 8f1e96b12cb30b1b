import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { queryKeys } from '@/api/query-keys';

export const parentGuideQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.parentGuide(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/parent-guide`, {
        schema: (c) => c.parentGuideSchema,
        signal,
      }),
  });

export const useParentGuide = (movieId: string) => useQuery(parentGuideQueryOptions(movieId));

export const familyReviewsQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.family(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/family-reviews`, {
        schema: (c) => c.familyReviewListSchema,
        signal,
      }),
  });

export const useFamilyReviews = (movieId: string) => useQuery(familyReviewsQueryOptions(movieId));
