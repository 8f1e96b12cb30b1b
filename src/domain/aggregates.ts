import { familyAggregate, MIN_AGE, medianAge } from './family';
import type {
  CriticReview,
  CriticSummary,
  FamilyReview,
  FamilySummary,
  PublishedFigures,
  UserReview,
  UserSummary,
} from './schemas';
import { criticBinOf } from './review-query';
import { bandOf, countBands, criticHistogram, foldRatings, mean, userHistogram } from './scores';

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
    histogramBands: criticHistogram([]).map((_, bin) => {
      const counts = { positive: 0, mixed: 0, negative: 0 };
      for (const s of scores) if (criticBinOf(s) === bin) counts[bandOf(s, 'critic')] += 1;
      return counts;
    }),
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
    published,
    score: folded.score,
    count: folded.count,
    reviews: reviews.length,
    scoredReviews: scored.length,
    distribution: countBands(scored, 'user'),
    histogram: userHistogram(scored),
  };
}

export function familySummary(reviews: readonly FamilyReview[]): FamilySummary {
  return { parents: familyAggregate(reviews, 'parent'), kids: familyAggregate(reviews, 'kid') };
}

/**
 * The user summary once one reader's rating moves from `before` to `after` (a new rating has no `before`, a
 * deleted one no `after`). The page shows it while the write is on its way; the API's answer replaces it.
 */
export function withReaderRating(
  s: UserSummary,
  { before, after }: { before: number | null; after: number | null },
): UserSummary {
  let sum = (s.score ?? 0) * s.count;
  let count = s.count;
  let scoredReviews = s.scoredReviews;
  let listed = s.reviews;
  const distribution = { ...s.distribution };
  const histogram = [...s.histogram];
  for (const [score, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (score === null) continue;
    sum += sign * score;
    count += sign;
    scoredReviews += sign;
    listed += sign;
    distribution[bandOf(score, 'user')] += sign;
    histogram[score] = (histogram[score] ?? 0) + sign;
  }
  return {
    ...s,
    score: count > 0 ? sum / count : null,
    count,
    reviews: listed,
    scoredReviews,
    distribution,
    histogram,
  };
}

/** The family summary once one more parent or kid review is counted (a prediction, as above). */
export function withFamilyReview(s: FamilySummary, role: FamilyReview['role'], age: number): FamilySummary {
  const group = role === 'parent' ? 'parents' : 'kids';
  const ages = s[group].ages.map((n, i) => (i === age - MIN_AGE ? n + 1 : n));
  const all = ages.flatMap((n, i) => Array.from({ length: n }, () => i + MIN_AGE));
  return { ...s, [group]: { count: s[group].count + 1, medianAge: medianAge(all), ages } };
}
