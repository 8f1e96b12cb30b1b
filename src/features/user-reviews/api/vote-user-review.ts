import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { optimisticUpdate } from '@/api/optimistic';
import type { UserReview, Vote } from '@/domain/schemas';
import { readerSnapshot, type HelpfulVote } from '@/stores/reader-store';
import { changeInLists, changeOwnReview, userReviewsPath } from './user-reviews-cache';

export interface VoteUserReviewVariables {
  reviewId: string;
  vote: Vote;
  /** the reader's vote before this one */
  before: HelpfulVote | null;
}

export const voteUserReview = (movieId: string, readerId: string, { reviewId, vote }: VoteUserReviewVariables) =>
  apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(reviewId)}/votes`, {
    method: 'POST',
    body: { vote },
    headers: { 'X-Reader-Id': readerId },
    schema: (c) => c.voteResultSchema,
  });

/** The counts after moving this reader's vote from `before` to `after` (each reader counts once). */
export function recount(helpful: UserReview['helpful'], before: HelpfulVote | null, after: HelpfulVote | null) {
  const next = { ...helpful };
  if (before) next[before] = Math.max(0, next[before] - 1);
  if (after) next[after] += 1;
  return next;
}

/**
 * A helpful vote moves the counts at once. The lists are not refetched afterwards: the server's counts are
 * written in place, and a "most helpful" order catches up on the next view change rather than jump under
 * the reader's pointer.
 */
export function useVoteUserReview(movieId: string) {
  const queryClient = useQueryClient();
  const { onError, ...rest } = optimisticUpdate(queryClient, {
    predict: ({ reviewId, vote, before }: VoteUserReviewVariables) => {
      const after = vote === 'none' ? null : vote;
      const change = (r: UserReview) => ({ ...r, helpful: recount(r.helpful, before, after) });
      return [changeInLists(movieId, reviewId, change), changeOwnReview(movieId, reviewId, change)];
    },
    settle: ({ review }: { review: UserReview }) => [
      changeInLists(movieId, review.id, () => review),
      changeOwnReview(movieId, review.id, () => review),
    ],
    refetch: () => [],
  });
  return useMutation({
    mutationKey: ['vote-user-review', movieId],
    mutationFn: (vars: VoteUserReviewVariables) => voteUserReview(movieId, readerSnapshot().readerId, vars),
    ...rest,
    onMutate: async (vars) => {
      readerSnapshot().actions.voteCast(vars.reviewId, vars.vote === 'none' ? null : vars.vote);
      return rest.onMutate(vars);
    },
    onError: (error, vars, context) => {
      onError(error, vars, context);
      readerSnapshot().actions.voteCast(vars.reviewId, vars.before);
    },
  });
}
