import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { UserReviewParsed } from '@/domain/schemas';
import { readerSnapshot } from '@/stores/reader-store';
import { optimisticUserReviews, updateUserReviews, userReviewsPath } from './user-reviews-cache';

export interface UpdateUserReviewVariables {
  reviewId: string;
  input: UserReviewParsed;
}

export const updateUserReview = (movieId: string, readerId: string, { reviewId, input }: UpdateUserReviewVariables) =>
  apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(reviewId)}`, {
    method: 'PUT',
    body: input,
    headers: { 'X-Reader-Id': readerId },
    schema: (c) => c.userReviewSchema,
  });

export function useUpdateUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['update-user-review', movieId],
    mutationFn: (vars: UpdateUserReviewVariables) => updateUserReview(movieId, readerSnapshot().readerId, vars),
    ...optimisticUserReviews(queryClient, movieId, (items, { reviewId, input }: UpdateUserReviewVariables) =>
      items.map((r) =>
        r.id === reviewId
          ? {
              ...r,
              author: input.author,
              score: input.score,
              title: input.title || null,
              text: input.text,
              spoiler: input.spoiler,
              updatedAt: new Date().toISOString(),
            }
          : r,
      ),
    ),
    onSuccess: (review, vars) => {
      updateUserReviews(queryClient, movieId, (items) => items.map((r) => (r.id === review.id ? review : r)));
      const { actions } = readerSnapshot();
      actions.nicknameUsed(vars.input.author);
      actions.userDraftSubmitted(movieId);
    },
  });
}
