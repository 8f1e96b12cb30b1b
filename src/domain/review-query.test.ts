import { describe, expect, it } from 'vitest';
import { seed } from '@/mock-api/seed';
import { CRITIC_ORDER, USER_ORDER, sortBy } from './review-order';
import { criticMatcher, userMatcher, type CriticFilter, type UserFilter } from './review-query';
import type { CriticSort, UserSort } from './list-params';
import type { UserReview } from './schemas';

const critics = seed.movies[0]!.critics;
// what a list route holds, in its order: the matcher's reviews sorted by the sort's keys
const queryCritics = (filter: CriticFilter & { sort?: CriticSort }) =>
  sortBy(critics.filter(criticMatcher(filter)), CRITIC_ORDER[filter.sort ?? 'score-desc']);
const queryUserReviews = (reviews: readonly UserReview[], filter: UserFilter & { sort?: UserSort }) =>
  sortBy(reviews.filter(userMatcher(filter)), USER_ORDER[filter.sort ?? 'newest']);

describe('critic lists', () => {
  it('leave out the unscored featured review and sort by score, high first, by default', () => {
    const all = queryCritics({});
    expect(all).toHaveLength(34);
    expect(all[0]!.score).toBe(83);
    expect(all.at(-1)!.score).toBe(20);
  });
  it('filter by band and by histogram bin', () => {
    expect(queryCritics({ band: 'positive' })).toHaveLength(8);
    expect(queryCritics({ band: 'mixed' })).toHaveLength(18);
    expect(queryCritics({ band: 'negative' })).toHaveLength(8);
    expect(queryCritics({ bin: 5 }).map((r) => r.score)).toEqual([58, ...Array(9).fill(50)]);
  });
  it('sort by date and publication, unknown publications last', () => {
    expect(queryCritics({ sort: 'newest' })[0]!.critic).toBe('Ken McIntyre');
    expect(queryCritics({ sort: 'oldest' })[0]!.critic).toBe('Rex Reed');
    const byPub = queryCritics({ sort: 'publication' });
    expect(byPub[0]!.publication).toBe('Arizona Republic');
    expect(byPub.at(-1)!.publication).toBeNull();
  });
  it('search critic, publication and text, every word must match', () => {
    expect(queryCritics({ q: 'ebert' }).map((r) => r.critic)).toEqual(['Roger Ebert']);
    expect(
      queryCritics({ q: 'superman lottery' })
        .map((r) => r.critic)
        .sort(),
    ).toEqual(['Kyle Smith', 'Roger Ebert']);
    expect(
      queryCritics({ q: 'globe' })
        .map((r) => r.publication)
        .sort(),
    ).toEqual(['Boston Globe', 'The Globe and Mail']);
  });
});

describe('user lists', () => {
  const base = seed.movies[0]!.users;
  const withVotes = (id: string, up: number, down: number): UserReview => ({ ...base[0]!, id, helpful: { up, down } });
  it('rank "most helpful" by the Wilson lower bound, not raw totals', () => {
    const ranked = queryUserReviews([withVotes('a', 2, 0), withVotes('b', 95, 5), withVotes('c', 0, 0)], {
      sort: 'helpful',
    });
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('filter by band only reviews that carry a score', () => {
    expect(queryUserReviews(base, { band: 'mixed' })).toHaveLength(2);
    expect(queryUserReviews(base, { band: 'positive' })).toHaveLength(1);
    expect(queryUserReviews(base, { band: 'negative' })).toHaveLength(0);
  });
  it('sort newest first with undated reviews last', () => {
    const sorted = queryUserReviews(base, { sort: 'newest' });
    expect(sorted[0]!.date).toBe('2014-11-13');
    expect(sorted.at(-1)!.date).toBeNull();
  });
});
