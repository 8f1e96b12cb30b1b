import { memoPerList } from '@/lib/memo';
import { wilsonLowerBound } from './helpful';
import type { Band, CriticReview, UserReview } from './schemas';
import { bandOf } from './scores';

export const CRITIC_SORTS = ['score-desc', 'score-asc', 'newest', 'oldest', 'publication'] as const;
export type CriticSort = (typeof CRITIC_SORTS)[number];
export const CRITIC_SORT_LABEL: Record<CriticSort, string> = {
  'score-desc': 'Score: high to low',
  'score-asc': 'Score: low to high',
  newest: 'Newest first',
  oldest: 'Oldest first',
  publication: 'Publication A–Z',
};

export const USER_SORTS = ['newest', 'highest', 'lowest', 'helpful'] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const USER_SORT_LABEL: Record<UserSort, string> = {
  newest: 'Newest first',
  highest: 'Highest score',
  lowest: 'Lowest score',
  helpful: 'Most helpful',
};

export function isBand(v: string | null | undefined): v is Band {
  return v === 'positive' || v === 'mixed' || v === 'negative';
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Words of a search, lower-cased, empty ones dropped. */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function matchesAll(haystack: string, terms: readonly string[]): boolean {
  const h = haystack.toLowerCase();
  return terms.every((t) => h.includes(t));
}

/** Sorts by a precomputed key (decorate, sort, undecorate); ties keep the given order. */
function sortByKey<T, K extends number | string>(items: readonly T[], key: (t: T) => K | null, dir: 1 | -1): T[] {
  const decorated = items.map((item, i) => ({ item, i, k: key(item) }));
  decorated.sort((a, b) => {
    if (a.k === b.k) return a.i - b.i;
    if (a.k === null) return 1;
    if (b.k === null) return -1;
    return a.k < b.k ? -dir : dir;
  });
  return decorated.map((d) => d.item);
}

/**
 * Sorted orders are computed once per list and sort (see memoPerList), so a filter change is one linear pass
 * over a sorted array. With 50,000 reviews that is the difference between a frame and several.
 */
const sortedCritics = memoPerList((reviews: readonly CriticReview[], sort: CriticSort): CriticReview[] => {
  // scored reviews only, A–Z by critic first, so every later sort breaks ties by critic
  const byCritic = reviews
    .filter((r) => !r.featured && r.score !== null)
    .sort((a, b) => collator.compare(a.critic, b.critic));
  switch (sort) {
    case 'score-desc':
      return sortByKey(byCritic, (r) => r.score, -1);
    case 'score-asc':
      return sortByKey(byCritic, (r) => r.score, 1);
    case 'newest':
      return sortByKey(byCritic, (r) => r.date, -1);
    case 'oldest':
      return sortByKey(byCritic, (r) => r.date, 1);
    case 'publication': {
      const withPub = byCritic.filter((r) => r.publication !== null);
      withPub.sort((a, b) => collator.compare(a.publication!, b.publication!));
      return [...withPub, ...byCritic.filter((r) => r.publication === null)];
    }
  }
});

export function queryCritics(
  reviews: readonly CriticReview[],
  opts: { band?: Band | null; bin?: number | null; sort?: CriticSort; q?: string },
): CriticReview[] {
  const terms = searchTerms(opts.q ?? '');
  const hasBin = opts.bin !== null && opts.bin !== undefined;
  const sorted = sortedCritics(reviews, opts.sort ?? 'score-desc');
  if (!opts.band && !hasBin && terms.length === 0) return sorted.slice();
  return sorted.filter((r) => {
    const score = r.score!;
    if (opts.band && bandOf(score, 'critic') !== opts.band) return false;
    if (hasBin && Math.min(9, Math.floor(score / 10)) !== opts.bin) return false;
    if (terms.length && !matchesAll(`${r.critic}\n${r.publication ?? ''}\n${r.excerpt}`, terms)) return false;
    return true;
  });
}

const sortedUsers = memoPerList((reviews: readonly UserReview[], sort: UserSort): UserReview[] => {
  switch (sort) {
    case 'newest':
      // ISO dates compare as strings; an edit counts as the review's date
      return sortByKey(reviews, (r) => r.updatedAt?.slice(0, 10) ?? r.date, -1);
    case 'highest':
      return sortByKey(reviews, (r) => r.score, -1);
    case 'lowest':
      return sortByKey(reviews, (r) => r.score, 1);
    case 'helpful': {
      // Wilson lower bound first, then more helpful votes
      const decorated = reviews.map((r, i) => ({ r, i, w: wilsonLowerBound(r.helpful.up, r.helpful.down) }));
      decorated.sort((a, b) => b.w - a.w || b.r.helpful.up - a.r.helpful.up || a.i - b.i);
      return decorated.map((d) => d.r);
    }
  }
});

export function queryUserReviews(
  reviews: readonly UserReview[],
  opts: { band?: Band | null; score?: number | null; sort?: UserSort },
): UserReview[] {
  const sorted = sortedUsers(reviews, opts.sort ?? 'newest');
  const hasScore = opts.score !== null && opts.score !== undefined;
  if (!opts.band && !hasScore) return sorted.slice();
  return sorted.filter((r) => {
    if (opts.band && (r.score === null || bandOf(r.score, 'user') !== opts.band)) return false;
    if (hasScore && r.score !== opts.score) return false;
    return true;
  });
}
