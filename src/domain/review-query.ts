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

/** Missing values sort last whatever the direction. */
function compareNullable(a: number | string | null, b: number | string | null, dir: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'string' && typeof b === 'string') return dir * collator.compare(a, b);
  return a < b ? -dir : dir;
}

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

export function queryCritics(
  reviews: readonly CriticReview[],
  opts: { band?: Band | null; bin?: number | null; sort?: CriticSort; q?: string },
): CriticReview[] {
  const terms = searchTerms(opts.q ?? '');
  const sort = opts.sort ?? 'score-desc';
  const out = reviews.filter((r) => {
    if (r.featured || r.score === null) return false;
    if (opts.band && bandOf(r.score, 'critic') !== opts.band) return false;
    if (opts.bin !== null && opts.bin !== undefined && Math.min(9, Math.floor(r.score / 10)) !== opts.bin) return false;
    if (terms.length && !matchesAll(`${r.critic}\n${r.publication ?? ''}\n${r.excerpt}`, terms)) return false;
    return true;
  });
  const byCritic = (a: CriticReview, b: CriticReview) => collator.compare(a.critic, b.critic);
  out.sort((a, b) => {
    let c = 0;
    switch (sort) {
      case 'score-desc':
        c = compareNullable(a.score, b.score, -1);
        break;
      case 'score-asc':
        c = compareNullable(a.score, b.score, 1);
        break;
      case 'newest':
        c = compareNullable(a.date, b.date, -1);
        break;
      case 'oldest':
        c = compareNullable(a.date, b.date, 1);
        break;
      case 'publication':
        c = compareNullable(a.publication, b.publication, 1);
        break;
    }
    return c || byCritic(a, b);
  });
  return out;
}

export function queryUserReviews(
  reviews: readonly UserReview[],
  opts: { band?: Band | null; score?: number | null; sort?: UserSort },
): UserReview[] {
  const sort = opts.sort ?? 'newest';
  const out = reviews.filter((r) => {
    if (opts.band && (r.score === null || bandOf(r.score, 'user') !== opts.band)) return false;
    if (opts.score !== null && opts.score !== undefined && r.score !== opts.score) return false;
    return true;
  });
  const dateOf = (r: UserReview) => r.updatedAt?.slice(0, 10) ?? r.date;
  const stable = (a: UserReview, b: UserReview) => collator.compare(a.id, b.id);
  out.sort((a, b) => {
    let c = 0;
    switch (sort) {
      case 'newest':
        c = compareNullable(dateOf(a), dateOf(b), -1);
        break;
      case 'highest':
        c = compareNullable(a.score, b.score, -1);
        break;
      case 'lowest':
        c = compareNullable(a.score, b.score, 1);
        break;
      case 'helpful':
        c =
          wilsonLowerBound(b.helpful.up, b.helpful.down) - wilsonLowerBound(a.helpful.up, a.helpful.down) ||
          b.helpful.up - a.helpful.up;
        break;
    }
    return c || stable(a, b);
  });
  return out;
}
