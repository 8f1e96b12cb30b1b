import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './client';
import { queryKeys } from './query-keys';

export const movieQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.movie(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/movies/${encodeURIComponent(movieId)}`, { schema: (c) => c.movieResponseSchema, signal }),
  });

export const resetDemoData = () => apiRequest('/api/reset', { method: 'POST', schema: null });
