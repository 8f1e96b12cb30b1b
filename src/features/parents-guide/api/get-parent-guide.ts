import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import { familyReviewListSchema, parentGuideSchema } from '@/domain/schemas';

export const parentGuideQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.parentGuide(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/parent-guide`, { schema: parentGuideSchema, signal }),
  });

export const useParentGuide = (movieId: string) => useQuery(parentGuideQueryOptions(movieId));

export const familyReviewsQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.family(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}/family-reviews`, {
        schema: familyReviewListSchema,
        signal,
      }),
  });

export const useFamilyReviews = (movieId: string) => useQuery(familyReviewsQueryOptions(movieId));
