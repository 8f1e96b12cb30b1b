import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { pagedListOptions, usePagedList } from '@/api/paged-list';
import { queryKeys } from '@/api/query-keys';
import type { CriticReview } from '@/domain/schemas';

export const CRITIC_PAGE_SIZE = 20;

const path = (movieId: string) => `/api/movies/${encodeURIComponent(movieId)}`;

/** The critics' figures over all their reviews (and the featured review), from the API. */
export const criticSummaryQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.criticSummary(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`${path(movieId)}/critic-summary`, { schema: (c) => c.criticSummarySchema, signal }),
  });

export const useCriticSummary = (movieId: string) => useQuery(criticSummaryQueryOptions(movieId));

/** A critic list view as the API's query string holds it: band, bin, sort, q (defaults left out). */
export type CriticListParams = Partial<Record<'band' | 'bin' | 'sort' | 'q', string>>;

export const criticListOptions = (movieId: string, params: CriticListParams) =>
  pagedListOptions<CriticReview>({
    queryKey: queryKeys.criticList(movieId, { ...params, limit: String(CRITIC_PAGE_SIZE) }),
    path: `${path(movieId)}/critic-reviews`,
    params: { ...params, limit: String(CRITIC_PAGE_SIZE) },
    schema: (c) => c.criticPageSchema,
  });

export const useCriticList = (movieId: string, params: CriticListParams) =>
  usePagedList<CriticReview>(criticListOptions(movieId, params));
