import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { UserReview, UserReviewParsed } from '@/domain/schemas';
import { readerSnapshot } from '@/stores/reader-store';
import { optimisticUserReviews, updateUserReviews, userReviewsPath } from './user-reviews-cache';

export interface CreateUserReviewVariables {
  input: UserReviewParsed;
  /** one per draft: a double click or a retry sends the same key, so the API never creates two reviews */
  idempotencyKey: string;
}

export const createUserReview = (
  movieId: string,
  readerId: string,
  { input, idempotencyKey }: CreateUserReviewVariables,
) =>
  apiRequest(userReviewsPath(movieId), {
    method: 'POST',
    body: input,
    headers: { 'X-Reader-Id': readerId, 'Idempotency-Key': idempotencyKey },
    schema: (c) => c.userReviewSchema,
  });

export const optimisticReviewId = (idempotencyKey: string) => `pending-${idempotencyKey}`;

/** What the list shows while the API has not answered yet. */
export function optimisticReview(movieId: string, { input, idempotencyKey }: CreateUserReviewVariables): UserReview {
  return {
    id: optimisticReviewId(idempotencyKey),
    movieId,
    author: input.author,
    date: input.date ?? new Date().toISOString().slice(0, 10),
    score: input.score,
    title: input.title || null,
    text: input.text,
    isExcerpt: false,
    spoiler: input.spoiler,
    helpful: { up: 0, down: 0 },
    source: 'reader',
    updatedAt: null,
  };
}

export function useCreateUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['create-user-review', movieId],
    mutationFn: (vars: CreateUserReviewVariables) => createUserReview(movieId, readerSnapshot().readerId, vars),
    ...optimisticUserReviews(queryClient, movieId, (items, vars: CreateUserReviewVariables) => {
      const pending = optimisticReview(movieId, vars);
      return [pending, ...items.filter((r) => r.id !== pending.id)];
    }),
    onSuccess: (review, vars) => {
      const pendingId = optimisticReviewId(vars.idempotencyKey);
      updateUserReviews(queryClient, movieId, (items) => [
        review,
        ...items.filter((r) => r.id !== pendingId && r.id !== review.id),
      ]);
      const { actions } = readerSnapshot();
      actions.ownReviewSaved(movieId, review.id);
      actions.nicknameUsed(vars.input.author);
      actions.userDraftSubmitted(movieId);
    },
  });
}
