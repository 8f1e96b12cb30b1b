import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { readerSnapshot } from '@/stores/reader-store';
import {
  invalidateUserReviews,
  restoreUserReviews,
  snapshotUserReviews,
  updateUserReviews,
  userReviewsPath,
} from './user-reviews-cache';

export const deleteUserReview = (movieId: string, readerId: string, reviewId: string) =>
  apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(reviewId)}`, {
    method: 'DELETE',
    headers: { 'X-Reader-Id': readerId },
    schema: null,
  });

export function useDeleteUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['delete-user-review', movieId],
    mutationFn: (reviewId: string) => deleteUserReview(movieId, readerSnapshot().readerId, reviewId),
    onMutate: async (reviewId) => {
      const previous = await snapshotUserReviews(queryClient, movieId);
      updateUserReviews(queryClient, movieId, (items) => items.filter((r) => r.id !== reviewId));
      return { previous };
    },
    onError: (_error, _reviewId, context) => restoreUserReviews(queryClient, movieId, context?.previous),
    onSuccess: (_none, reviewId) => {
      const { actions, votes } = readerSnapshot();
      actions.ownReviewDeleted(movieId);
      if (votes[reviewId]) actions.voteCast(reviewId, null);
    },
    onSettled: () => invalidateUserReviews(queryClient, movieId),
  });
}
