import type { CriticSort, UserSort } from './list-params';
import { criticSearchText, matchesTerms, searchTerms } from './review-order';
import type { Band, CriticReview, FamilyReview, FamilyRole, UserReview } from './schemas';
import { bandOf } from './scores';

export { CRITIC_SORTS, USER_SORTS } from './list-params';
export type { CriticSort, UserSort } from './list-params';

export const CRITIC_SORT_LABEL: Record<CriticSort, string> = {
  'score-desc': 'Score: high to low',
  'score-asc': 'Score: low to high',
  newest: 'Newest first',
  oldest: 'Oldest first',
  publication: 'Publication A–Z',
};

export const USER_SORT_LABEL: Record<UserSort, string> = {
  newest: 'Newest first',
  highest: 'Highest score',
  lowest: 'Lowest score',
  helpful: 'Most helpful',
};

export function isBand(v: string | null | undefined): v is Band {
  return v === 'positive' || v === 'mixed' || v === 'negative';
}

/** The histogram bin of a critic score: 0 (0–9) … 9 (90–100). */
export const criticBinOf = (score: number): number => Math.min(9, Math.floor(score / 10));

export interface CriticFilter {
  band?: Band | null;
  bin?: number | null;
  q?: string | null;
}

/** A critic filter's name, for keeping its view: equal filters (a search in other case or accents) share one. */
export const criticFilterKey = (filter: CriticFilter): string =>
  JSON.stringify([filter.band ?? null, filter.bin ?? null, searchTerms(filter.q ?? '')]);

/**
 * Which critic reviews a list holds: the scored ones (the featured review stands apart), in the band, bin
 * and search given. The API filters with it; the page uses it to place an optimistic change.
 */
export function criticMatcher(filter: CriticFilter): (r: CriticReview) => boolean {
  const terms = searchTerms(filter.q ?? '');
  const hasBin = filter.bin !== null && filter.bin !== undefined;
  return (r) => {
    if (r.featured || r.score === null) return false;
    if (filter.band && bandOf(r.score, 'critic') !== filter.band) return false;
    if (hasBin && criticBinOf(r.score) !== filter.bin) return false;
    if (terms.length && !matchesTerms(criticSearchText(r), terms)) return false;
    return true;
  };
}

export interface UserFilter {
  band?: Band | null;
  score?: number | null;
}

export function userMatcher(filter: UserFilter): (r: UserReview) => boolean {
  const hasScore = filter.score !== null && filter.score !== undefined;
  return (r) => {
    if (filter.band && (r.score === null || bandOf(r.score, 'user') !== filter.band)) return false;
    if (hasScore && r.score !== filter.score) return false;
    return true;
  };
}

export function familyMatcher(filter: { role?: FamilyRole | null }): (r: FamilyReview) => boolean {
  return (r) => !filter.role || r.role === filter.role;
}
