import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import type { UserReview, Vote } from '@/domain/schemas';
import { readerSnapshot, type HelpfulVote } from '@/stores/reader-store';
import {
  invalidateUserReviews,
  restoreUserReviews,
  snapshotUserReviews,
  updateUserReviews,
  userReviewsPath,
} from './user-reviews-cache';

export interface VoteUserReviewVariables {
  reviewId: string;
  vote: Vote;
}

export const voteUserReview = (movieId: string, readerId: string, { reviewId, vote }: VoteUserReviewVariables) =>
  apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(reviewId)}/votes`, {
    method: 'POST',
    body: { vote },
    headers: { 'X-Reader-Id': readerId },
    schema: (c) => c.userReviewSchema,
  });

/** The counts after moving this reader's vote from `before` to `after` (each reader counts once). */
export function recount(helpful: UserReview['helpful'], before: HelpfulVote | null, after: HelpfulVote | null) {
  const next = { ...helpful };
  if (before) next[before] = Math.max(0, next[before] - 1);
  if (after) next[after] += 1;
  return next;
}

export function useVoteUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['vote-user-review', movieId],
    mutationFn: (vars: VoteUserReviewVariables) => voteUserReview(movieId, readerSnapshot().readerId, vars),
    onMutate: async ({ reviewId, vote }) => {
      const previous = await snapshotUserReviews(queryClient, movieId);
      const { votes, actions } = readerSnapshot();
      const before = votes[reviewId] ?? null;
      const after = vote === 'none' ? null : vote;
      actions.voteCast(reviewId, after);
      updateUserReviews(queryClient, movieId, (items) =>
        items.map((r) => (r.id === reviewId ? { ...r, helpful: recount(r.helpful, before, after) } : r)),
      );
      return { previous, before };
    },
    onError: (_error, { reviewId }, context) => {
      restoreUserReviews(queryClient, movieId, context?.previous);
      readerSnapshot().actions.voteCast(reviewId, context?.before ?? null);
    },
    onSuccess: (review) =>
      updateUserReviews(queryClient, movieId, (items) => items.map((r) => (r.id === review.id ? review : r))),
    onSettled: () => invalidateUserReviews(queryClient, movieId),
  });
}
