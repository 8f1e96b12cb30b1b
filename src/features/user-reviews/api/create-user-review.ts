import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { optimisticUpdate, pendingId } from '@/api/optimistic';
import { queryKeys } from '@/api/query-keys';
import { withReaderRating } from '@/domain/aggregates';
import { localIsoDate } from '@/domain/dates';
import { newUserReview } from '@/domain/new-review';
import type { UserReview, UserReviewParsed, UserReviewWrite } from '@/domain/schemas';
import { readerSnapshot, type UserReviewDraft } from '@/stores/reader-store';
import { changeSummary, placeInLists, userReviewsPath } from './user-reviews-cache';

export interface CreateUserReviewVariables {
  input: UserReviewParsed;
  /** one per draft's words: a double click or a retry sends the same key, so the API never creates two reviews */
  idempotencyKey: string;
  /** the form's words as they left: the saved draft goes after a success only if it still holds them */
  sent: UserReviewDraft;
}

export const createUserReview = (
  movieId: string,
  readerId: string,
  { input, idempotencyKey }: Pick<CreateUserReviewVariables, 'input' | 'idempotencyKey'>,
) =>
  apiRequest(userReviewsPath(movieId), {
    method: 'POST',
    body: input,
    headers: { 'X-Reader-Id': readerId, 'Idempotency-Key': idempotencyKey },
    schema: (c) => c.userReviewWriteSchema,
  });

/** What the lists show while the API has not answered yet. */
const pendingReview = (movieId: string, { input, idempotencyKey }: CreateUserReviewVariables): UserReview =>
  newUserReview(pendingId(idempotencyKey), movieId, input, input.date ?? localIsoDate());

export function useCreateUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['create-user-review', movieId],
    // refused because another tab wrote first: the form (or the reader's panel) says so, and what to do
    meta: { explains: [409] },
    mutationFn: (vars: CreateUserReviewVariables) => createUserReview(movieId, readerSnapshot().readerId, vars),
    ...optimisticUpdate<CreateUserReviewVariables, UserReviewWrite>(queryClient, {
      predict: (vars: CreateUserReviewVariables) => [
        placeInLists(movieId, pendingReview(movieId, vars)),
        changeSummary(movieId, (s) => withReaderRating(s, { before: null, after: vars.input.score })),
      ],
      settle: ({ review, summary }, vars) => [
        placeInLists(movieId, review, pendingId(vars.idempotencyKey)),
        changeSummary(movieId, () => summary),
      ],
      refetch: () => [queryKeys.users(movieId)],
      done: ({ review }, vars) => {
        queryClient.setQueryData(queryKeys.userReview(movieId, review.id), review);
        const { actions } = readerSnapshot();
        actions.ownReviewSaved(movieId, review.id);
        actions.nicknameUsed(vars.input.author);
        actions.userDraftSent(movieId, vars.sent);
      },
    }),
  });
}
