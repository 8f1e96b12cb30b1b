import { MAX_AGE, MIN_AGE } from '@/domain/family';
import { criticBinOf } from '@/domain/review-query';
import type {
  CriticReview,
  CriticSummary,
  FamilyAggregate,
  FamilyRole,
  FamilySummary,
  PublishedFigures,
  UserSummary,
} from '@/domain/schemas';
import { bandOf } from '@/domain/scores';

/**
 * The figures of src/domain/aggregates.ts, computed from per-score counters instead of the lists: the same
 * definitions (the contract suite checks them against the domain functions over the whole lists).
 */

export interface ScoreCount {
  score: number;
  n: number;
}

/** criticSummary: count, plain mean, bands and bins of every scored critic review; the published headline. */
export function criticSummaryFromCounts(
  counts: readonly ScoreCount[],
  published: PublishedFigures['critics'] | null,
  featured: CriticReview | null,
): CriticSummary {
  let count = 0;
  let sum = 0;
  const distribution = { positive: 0, mixed: 0, negative: 0 };
  const histogram = Array.from({ length: 10 }, () => 0);
  const histogramBands = histogram.map(() => ({ positive: 0, mixed: 0, negative: 0 }));
  for (const { score, n } of counts) {
    if (score < 0 || n === 0) continue;
    count += n;
    sum += score * n;
    distribution[bandOf(score, 'critic')] += n;
    histogram[criticBinOf(score)]! += n;
    histogramBands[criticBinOf(score)]![bandOf(score, 'critic')] += n;
  }
  return { published, count, mean: count ? sum / count : null, distribution, histogram, histogramBands, featured };
}

/** userSummary: the published score with every reader's rating folded in; bands and bins of scored reviews. */
export function userSummaryFromCounts(
  counts: readonly (ScoreCount & { added: number })[],
  published: PublishedFigures['users'],
): UserSummary {
  let scoredReviews = 0;
  let listed = 0;
  let addedCount = 0;
  let addedSum = 0;
  const distribution = { positive: 0, mixed: 0, negative: 0 };
  const histogram = Array.from({ length: 11 }, () => 0);
  for (const { score, n, added } of counts) {
    listed += n;
    if (score < 0) continue;
    scoredReviews += n;
    addedCount += added;
    addedSum += score * added;
    distribution[bandOf(score, 'user')] += n;
    histogram[score]! += n;
  }
  const count = published.count + addedCount;
  return {
    published,
    score: count ? (published.score * published.count + addedSum) / count : null,
    count,
    reviews: listed,
    scoredReviews,
    distribution,
    histogram,
  };
}

/** The k-th smallest (0-based) age of a spread. */
function kth(ages: readonly number[], k: number): number {
  let seen = 0;
  for (let i = 0; i < ages.length; i++) {
    seen += ages[i]!;
    if (seen > k) return i + MIN_AGE;
  }
  throw new Error('k out of range');
}

/** familyAggregate from a spread of ages (index 0 = age 2): medianAge's median, even counts rounded up. */
export function familyAggregateFromAges(ages: readonly number[]): FamilyAggregate {
  const count = ages.reduce((a, b) => a + b, 0);
  let medianAge: number | null = null;
  if (count > 0) {
    const mid = count >> 1;
    medianAge = count % 2 === 1 ? kth(ages, mid) : Math.ceil((kth(ages, mid - 1) + kth(ages, mid)) / 2);
  }
  return { count, medianAge, ages: [...ages] };
}

export function familySummaryFromCounts(
  counts: readonly { role: FamilyRole; age: number; n: number }[],
): FamilySummary {
  const spread = (role: FamilyRole) => {
    const ages = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, () => 0);
    for (const c of counts) if (c.role === role) ages[c.age - MIN_AGE]! += c.n;
    return ages;
  };
  return { parents: familyAggregateFromAges(spread('parent')), kids: familyAggregateFromAges(spread('kid')) };
}
