import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { pagedListOptions, usePagedList } from '@/api/paged-list';
import { queryKeys } from '@/api/query-keys';
import type { FamilyReview, FamilyRole } from '@/domain/schemas';

export const FAMILY_PAGE_SIZE = 10;

const path = (movieId: string) => `/api/movies/${encodeURIComponent(movieId)}`;

export const parentGuideQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.parentGuide(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`${path(movieId)}/parent-guide`, { schema: (c) => c.parentGuideSchema, signal }),
  });

export const useParentGuide = (movieId: string) => useQuery(parentGuideQueryOptions(movieId));

/** Parents' and kids' age verdicts over all their reviews, from the API. */
export const familySummaryQueryOptions = (movieId: string) =>
  queryOptions({
    queryKey: queryKeys.familySummary(movieId),
    queryFn: ({ signal }) =>
      apiRequest(`${path(movieId)}/family-summary`, { schema: (c) => c.familySummarySchema, signal }),
  });

export const useFamilySummary = (movieId: string) => useQuery(familySummaryQueryOptions(movieId));

export type FamilyListParams = Partial<Record<'role', string>>;

/** The API's query for a role filter (none: both, left out, so that view shares one cache entry). */
export const familyListParams = (role: FamilyRole | null): FamilyListParams => (role ? { role } : {});

export const familyListOptions = (movieId: string, params: FamilyListParams) =>
  pagedListOptions<FamilyReview>({
    queryKey: queryKeys.familyList(movieId, { ...params, limit: String(FAMILY_PAGE_SIZE) }),
    path: `${path(movieId)}/family-reviews`,
    params: { ...params, limit: String(FAMILY_PAGE_SIZE) },
    schema: (c) => c.familyReviewPageSchema,
  });

/** `nearby`: the views one click away, fetched ahead once this one is on screen. */
export const useFamilyList = (movieId: string, params: FamilyListParams, nearby: readonly FamilyListParams[] = []) =>
  usePagedList<FamilyReview>(
    familyListOptions(movieId, params),
    nearby.map((p) => familyListOptions(movieId, p)),
  );
