import type { FamilyReview, FamilyReviewParsed, UserReview, UserReviewParsed } from './schemas';

/**
 * A reader's new review, as every store (the in-process mock, the server) keeps it and the page shows it while the
 * API has not answered: one shape, built here. `date` is the day it is dated (see `readerDate`).
 */
export const newUserReview = (id: string, movieId: string, input: UserReviewParsed, date: string): UserReview => ({
  id,
  movieId,
  author: input.author,
  date,
  score: input.score,
  title: input.title || null,
  text: input.text,
  isExcerpt: false,
  spoiler: input.spoiler,
  helpful: { up: 0, down: 0 },
  source: 'reader',
  updatedAt: null,
  version: 1,
});

/** A reader's review after an edit: what they wrote now, one version on. */
export const editedUserReview = <R extends UserReview>(review: R, input: UserReviewParsed, updatedAt: string): R => ({
  ...review,
  author: input.author,
  score: input.score,
  title: input.title || null,
  text: input.text,
  spoiler: input.spoiler,
  updatedAt,
  version: review.version + 1,
});

/** A parent's or kid's new review; `createdAt` an ISO timestamp. */
export const newFamilyReview = (
  id: string,
  movieId: string,
  input: FamilyReviewParsed,
  createdAt: string,
): FamilyReview => ({
  id,
  movieId,
  role: input.role,
  author: input.author || null,
  age: input.age,
  stars: input.stars,
  text: input.text,
  createdAt,
});
