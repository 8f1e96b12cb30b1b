import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { optimisticUpdate } from '@/api/optimistic';
import { queryKeys } from '@/api/query-keys';
import { withReaderRating } from '@/domain/aggregates';
import type { UserReview, UserSummary } from '@/domain/schemas';
import { readerSnapshot } from '@/stores/reader-store';
import { changeSummary, removeFromLists, userReviewsPath } from './user-reviews-cache';

export const deleteUserReview = (movieId: string, readerId: string, review: UserReview) =>
  apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(review.id)}`, {
    method: 'DELETE',
    headers: { 'X-Reader-Id': readerId, 'If-Match': `"${review.version}"` },
    schema: (c) => c.userReviewDeleteSchema,
  });

export function useDeleteUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['delete-user-review', movieId],
    // refused because another tab wrote first: the form (or the reader's panel) says so, and what to do
    meta: { explains: [404, 412] },
    mutationFn: (review: UserReview) => deleteUserReview(movieId, readerSnapshot().readerId, review),
    ...optimisticUpdate<UserReview, { summary: UserSummary }>(queryClient, {
      predict: (review: UserReview) => [
        removeFromLists(movieId, review.id),
        changeSummary(movieId, (s) => withReaderRating(s, { before: review.score, after: null })),
      ],
      settle: ({ summary }, review) => [removeFromLists(movieId, review.id), changeSummary(movieId, () => summary)],
      refetch: () => [queryKeys.users(movieId)],
      done: (_answer, review) => {
        queryClient.removeQueries({ queryKey: queryKeys.userReview(movieId, review.id) });
        const { actions, votes } = readerSnapshot();
        actions.ownReviewDeleted(movieId);
        if (votes[review.id]) actions.voteCast(review.id, null);
      },
    }),
  });
}
