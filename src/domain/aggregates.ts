import { familyAggregate } from './family';
import type {
  CriticReview,
  CriticSummary,
  FamilyReview,
  FamilySummary,
  PublishedFigures,
  UserReview,
  UserSummary,
} from './schemas';
import { countBands, criticHistogram, foldRatings, mean, userHistogram } from './scores';

/** The critics' figures over every critic review; the headline is the published one. */
export function criticSummary(
  reviews: readonly CriticReview[],
  published: PublishedFigures['critics'] | null,
): CriticSummary {
  const scores = reviews.flatMap((r) => (r.score === null ? [] : [r.score]));
  return {
    published,
    count: scores.length,
    mean: mean(scores),
    distribution: countBands(scores, 'critic'),
    histogram: criticHistogram(scores),
    featured: reviews.find((r) => r.featured) ?? null,
  };
}

/**
 * The user score is the published aggregate with every reader-added rating folded in.
 * Bands and histogram describe only the individual reviews that carry a score.
 */
export function userSummary(reviews: readonly UserReview[], published: PublishedFigures['users']): UserSummary {
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

export function familySummary(reviews: readonly FamilyReview[]): FamilySummary {
  return { parents: familyAggregate(reviews, 'parent'), kids: familyAggregate(reviews, 'kid') };
}
