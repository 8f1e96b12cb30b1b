import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { optimisticUpdate } from '@/api/optimistic';
import { queryKeys } from '@/api/query-keys';
import { withReaderRating } from '@/domain/aggregates';
import { editedUserReview } from '@/domain/new-review';
import type { UserReview, UserReviewParsed, UserReviewWrite } from '@/domain/schemas';
import { readerSnapshot, type UserReviewDraft } from '@/stores/reader-store';
import { changeInLists, changeOwnReview, changeSummary, placeInLists, userReviewsPath } from './user-reviews-cache';

export interface UpdateUserReviewVariables {
  /** the review as the reader saw it: its version goes in If-Match, so an edit never lands on a changed review */
  review: UserReview;
  input: UserReviewParsed;
  /** the form's words as they left: the saved draft goes after a success only if it still holds them */
  sent: UserReviewDraft;
}

export const updateUserReview = (
  movieId: string,
  readerId: string,
  { review, input }: Pick<UpdateUserReviewVariables, 'review' | 'input'>,
) =>
  apiRequest(`${userReviewsPath(movieId)}/${encodeURIComponent(review.id)}`, {
    method: 'PUT',
    body: input,
    headers: { 'X-Reader-Id': readerId, 'If-Match': `"${review.version}"` },
    schema: (c) => c.userReviewWriteSchema,
  });

export function useUpdateUserReview(movieId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['update-user-review', movieId],
    // refused because another tab wrote first: the form (or the reader's panel) says so, and what to do
    meta: { explains: [404, 412] },
    mutationFn: (vars: UpdateUserReviewVariables) => updateUserReview(movieId, readerSnapshot().readerId, vars),
    ...optimisticUpdate<UpdateUserReviewVariables, UserReviewWrite>(queryClient, {
      predict: ({ review, input }: UpdateUserReviewVariables) => [
        changeInLists(movieId, review.id, (r) => editedUserReview(r, input, new Date().toISOString())),
        changeOwnReview(movieId, review.id, (r) => editedUserReview(r, input, new Date().toISOString())),
        changeSummary(movieId, (s) => withReaderRating(s, { before: review.score, after: input.score })),
      ],
      settle: ({ review, summary }) => [
        placeInLists(movieId, review),
        changeOwnReview(movieId, review.id, () => review),
        changeSummary(movieId, () => summary),
      ],
      refetch: () => [queryKeys.users(movieId)],
      done: (_answer, vars) => {
        const { actions } = readerSnapshot();
        actions.nicknameUsed(vars.input.author);
        actions.userDraftSent(movieId, vars.sent);
      },
    }),
  });
}
