import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import {
  changeData,
  insertIntoPages,
  listParamsOf,
  optimisticUpdate,
  pendingId,
  removeFromPages,
  type CacheChange,
} from '@/api/optimistic';
import type { PagedData } from '@/api/paged-list';
import { queryKeys } from '@/api/query-keys';
import { withFamilyReview } from '@/domain/aggregates';
import { parseFamilyRole } from '@/domain/family';
import { newFamilyReview } from '@/domain/new-review';
import { FAMILY_ORDER } from '@/domain/review-order';
import { familyMatcher } from '@/domain/review-query';
import type { FamilyReview, FamilyReviewParsed, FamilyReviewWrite, FamilySummary } from '@/domain/schemas';
import { readerSnapshot, type FamilyReviewDraft } from '@/stores/reader-store';

export const postFamilyReview = (movieId: string, input: FamilyReviewParsed, idempotencyKey: string) =>
  apiRequest(`/api/movies/${encodeURIComponent(movieId)}/family-reviews`, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: (c) => c.familyReviewWriteSchema,
  });

export interface CreateFamilyReviewVariables {
  input: FamilyReviewParsed;
  /** kept in the persisted draft: a retry of the same words, even after a reload, sends the same key and is stored once */
  idempotencyKey: string;
  /** the form's words as they left: the saved draft goes after a success only if it still holds them */
  sent: FamilyReviewDraft;
}

const pendingReview = (movieId: string, { input, idempotencyKey }: CreateFamilyReviewVariables): FamilyReview =>
  newFamilyReview(pendingId(idempotencyKey), movieId, input, new Date().toISOString());

const placeInLists = (movieId: string, review: FamilyReview, replacing?: string): CacheChange => ({
  queryKey: queryKeys.family(movieId),
  update: (data, key) => {
    let pages = data as PagedData<FamilyReview>;
    if (replacing) pages = removeFromPages(pages, replacing);
    const matches = familyMatcher({ role: parseFamilyRole(listParamsOf(key).role) });
    return matches(review) ? insertIntoPages(pages, review, FAMILY_ORDER) : pages;
  },
});

const changeSummary = (movieId: string, change: (s: FamilySummary) => FamilySummary) =>
  changeData(queryKeys.familySummary(movieId), change);

/** Adds a parent or kid review: shown and counted at once, taken back if the server says no. */
export function useCreateFamilyReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['create-family-review', movieId],
    mutationFn: ({ input, idempotencyKey }: CreateFamilyReviewVariables) =>
      postFamilyReview(movieId, input, idempotencyKey),
    ...optimisticFamily(queryClient, movieId),
  });
}

function optimisticFamily(queryClient: ReturnType<typeof useQueryClient>, movieId: string) {
  return optimisticUpdate<CreateFamilyReviewVariables, FamilyReviewWrite>(queryClient, {
    predict: (vars) => [
      placeInLists(movieId, pendingReview(movieId, vars)),
      changeSummary(movieId, (s) => withFamilyReview(s, vars.input.role, vars.input.age)),
    ],
    settle: ({ review, summary }, vars) => [
      placeInLists(movieId, review, pendingId(vars.idempotencyKey)),
      changeSummary(movieId, () => summary),
    ],
    refetch: () => [queryKeys.family(movieId)],
    done: (_answer, vars) => readerSnapshot().actions.familyDraftSent(movieId, vars.sent),
  });
}
