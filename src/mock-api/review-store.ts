import type { SortKey } from '@/domain/review-order';
import type {
  CriticQuery,
  CriticReview,
  CriticSummary,
  FamilyQuery,
  FamilyReview,
  FamilyReviewParsed,
  FamilySummary,
  Movie,
  Page,
  ParentGuide,
  UserQuery,
  UserReview,
  UserReviewParsed,
  UserSummary,
  Vote,
} from '@/domain/schemas';

/**
 * What the HTTP API needs from wherever reviews are kept. The in-process mock keeps them in memory over the
 * seed plus localStorage (memory-store.ts); the server keeps them in SQL. The HTTP layer (app.ts) is shared,
 * so both speak the contract the same way. Every aggregate is computed here, over all the data.
 */
export interface ReviewStore {
  /** false when what readers add cannot be kept (browser storage unavailable or full) */
  readonly durable: boolean;
  movie(movieId: string): Promise<Movie | null>;
  parentGuide(movieId: string): Promise<ParentGuide | null>;

  criticSummary(movieId: string): Promise<CriticSummary>;
  criticPage(movieId: string, query: CriticQuery, after: SortKey | null): Promise<Page<CriticReview>>;
  userSummary(movieId: string): Promise<UserSummary>;
  userPage(movieId: string, query: UserQuery, after: SortKey | null): Promise<Page<UserReview>>;
  /** one review with its votes counted; `review_not_found` when there is none */
  userReview(movieId: string, reviewId: string): Promise<UserReview>;
  familySummary(movieId: string): Promise<FamilySummary>;
  familyPage(movieId: string, query: FamilyQuery, after: SortKey | null): Promise<Page<FamilyReview>>;

  /** A repeated idempotency key answers the review it created (`replayed`), never a second one. */
  createUserReview(
    movieId: string,
    reader: string,
    input: UserReviewParsed,
    idempotencyKey: string | null,
    at: Date,
  ): Promise<{ review: UserReview; replayed: boolean }>;
  /** `expectedVersion`: refused with `review_changed` when the stored review is at another version */
  updateUserReview(
    movieId: string,
    reader: string,
    reviewId: string,
    input: UserReviewParsed,
    expectedVersion: number | null,
    at: Date,
  ): Promise<UserReview>;
  deleteUserReview(movieId: string, reader: string, reviewId: string, expectedVersion: number | null): Promise<void>;
  vote(movieId: string, reader: string, reviewId: string, vote: Vote): Promise<UserReview>;
  createFamilyReview(
    movieId: string,
    input: FamilyReviewParsed,
    idempotencyKey: string | null,
    at: Date,
  ): Promise<{ review: FamilyReview; replayed: boolean }>;
  /** Forget everything readers added. */
  reset(): Promise<void>;
}

export type StoreErrorCode = 'review_not_found' | 'not_yours' | 'already_reviewed' | 'review_changed';

/** A refusal the HTTP layer turns into its status (404, 403, 409, 412). */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const STORE_MESSAGES: Record<StoreErrorCode, string> = {
  review_not_found: 'That review does not exist (any more).',
  not_yours: 'Only its author can change this review.',
  already_reviewed: 'You have already reviewed this movie; update your review instead.',
  review_changed: 'This review was changed or deleted elsewhere since you opened it. Reload it and try again.',
};

export const storeError = (code: StoreErrorCode) => new StoreError(code, STORE_MESSAGES[code]);
