import { memoPerList } from '@/lib/memo';
import { familyAggregate } from './family';
import type {
  Aggregates,
  CriticAggregate,
  CriticReview,
  FamilyReview,
  PublishedFigures,
  UserAggregate,
  UserReview,
} from './schemas';
import { countBands, criticHistogram, foldRatings, mean, userHistogram } from './scores';

/** Computed once per fetched list (a filter change re-renders the sections, not the sums). */
export const criticAggregate = memoPerList(computeCriticAggregate);
export const userAggregate = memoPerList(computeUserAggregate);

function computeCriticAggregate(
  reviews: readonly CriticReview[],
  published: PublishedFigures['critics'] | null,
): CriticAggregate {
  const scores = reviews.flatMap((r) => (r.score === null ? [] : [r.score]));
  return {
    published,
    count: scores.length,
    mean: mean(scores),
    distribution: countBands(scores, 'critic'),
    histogram: criticHistogram(scores),
  };
}

/**
 * The user score is the published aggregate with every reader-added rating folded in.
 * Bands and histogram describe only the individual reviews that carry a score.
 */
function computeUserAggregate(reviews: readonly UserReview[], published: PublishedFigures['users']): UserAggregate {
  const scored = reviews.flatMap((r) => (r.score === null ? [] : [r.score]));
  const added = reviews.flatMap((r) => (r.source === 'reader' && r.score !== null ? [r.score] : []));
  const folded = foldRatings(published, added);
  return {
    published: { score: published.score, count: published.count, source: published.source },
    score: folded.score,
    count: folded.count,
    scoredReviews: scored.length,
    distribution: countBands(scored, 'user'),
    histogram: userHistogram(scored),
  };
}

export function allAggregates(input: {
  critics: readonly CriticReview[];
  users: readonly UserReview[];
  family: readonly FamilyReview[];
  published: PublishedFigures;
}): Aggregates {
  return {
    critics: criticAggregate(input.critics, input.published.critics),
    users: userAggregate(input.users, input.published.users),
    parents: familyAggregate(input.family, 'parent'),
    kids: familyAggregate(input.family, 'kid'),
  };
}
