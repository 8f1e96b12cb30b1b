import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { readerSnapshot } from '@/stores/reader-store';
import { optimisticUserReviews, userReviewsPath } from './user-reviews-cache';

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
    ...optimisticUserReviews(queryClient, movieId, (items, reviewId: string) => items.filter((r) => r.id !== reviewId)),
    onSuccess: (_none, reviewId) => {
      const { actions, votes } = readerSnapshot();
      actions.ownReviewDeleted(movieId);
      if (votes[reviewId]) actions.voteCast(reviewId, null);
    },
  });
}
