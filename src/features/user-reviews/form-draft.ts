import type { UserReview, UserReviewInput } from '@/domain/schemas';
import type { UserReviewDraft } from '@/stores/reader-store';

/** What the form holds: the schema's input, with the rating possibly not chosen yet. */
export type UserReviewFormValues = Omit<UserReviewInput, 'score'> & { score?: number };

export const FORM_FIELDS = ['score', 'author', 'title', 'text', 'spoiler'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export const isFormField = (k: string): k is FormField => (FORM_FIELDS as readonly string[]).includes(k);

export function draftToValues(draft: UserReviewDraft): UserReviewFormValues {
  return {
    score: draft.score ?? undefined,
    author: draft.author,
    title: draft.title,
    text: draft.text,
    spoiler: draft.spoiler,
  };
}

export function valuesToDraft(values: Partial<UserReviewFormValues>): UserReviewDraft {
  return {
    score: typeof values.score === 'number' ? values.score : null,
    author: values.author ?? '',
    title: values.title ?? '',
    text: values.text ?? '',
    spoiler: values.spoiler ?? false,
  };
}

export function reviewToDraft(review: UserReview): UserReviewDraft {
  return {
    score: review.score,
    author: review.author ?? '',
    title: review.title ?? '',
    text: review.text,
    spoiler: review.spoiler,
  };
}
