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

/** `limit`: a page's size; the overview asks for a page of one (the highest, the lowest). */
export const criticListOptions = (movieId: string, params: CriticListParams, limit = CRITIC_PAGE_SIZE) =>
  pagedListOptions<CriticReview>({
    queryKey: queryKeys.criticList(movieId, { ...params, limit: String(limit) }),
    path: `${path(movieId)}/critic-reviews`,
    params: { ...params, limit: String(limit) },
    schema: (c) => c.criticPageSchema,
  });

/** `nearby`: the views one click away, fetched ahead once this one is on screen. */
export const useCriticList = (movieId: string, params: CriticListParams, nearby: readonly CriticListParams[] = []) =>
  usePagedList<CriticReview>(
    criticListOptions(movieId, params),
    nearby.map((p) => criticListOptions(movieId, p)),
  );

/** The overview's picks: the highest and the lowest scored review (the featured one stands apart). */
export const criticPickOptions = (movieId: string) =>
  [
    criticListOptions(movieId, { sort: 'score-desc' }, 1),
    criticListOptions(movieId, { sort: 'score-asc' }, 1),
  ] as const;
