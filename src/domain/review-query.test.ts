import { describe, expect, it } from 'vitest';
import { seed } from '@/mock-api/seed';
import { queryCritics, queryUserReviews } from './review-query';
import type { UserReview } from './schemas';

const critics = seed.movies[0]!.critics;

describe('queryCritics', () => {
  it('leaves out the unscored featured review and sorts by score, high first, by default', () => {
    const all = queryCritics(critics, {});
    expect(all).toHaveLength(34);
    expect(all[0]!.score).toBe(83);
    expect(all.at(-1)!.score).toBe(20);
  });
  it('filters by band and by histogram bin', () => {
    expect(queryCritics(critics, { band: 'positive' })).toHaveLength(8);
    expect(queryCritics(critics, { band: 'mixed' })).toHaveLength(18);
    expect(queryCritics(critics, { band: 'negative' })).toHaveLength(8);
    expect(queryCritics(critics, { bin: 5 }).map((r) => r.score)).toEqual([58, ...Array(9).fill(50)]);
  });
  it('sorts by date and publication, unknown publications last', () => {
    expect(queryCritics(critics, { sort: 'newest' })[0]!.critic).toBe('Ken McIntyre');
    expect(queryCritics(critics, { sort: 'oldest' })[0]!.critic).toBe('Rex Reed');
    const byPub = queryCritics(critics, { sort: 'publication' });
    expect(byPub[0]!.publication).toBe('Arizona Republic');
    expect(byPub.at(-1)!.publication).toBeNull();
  });
  it('searches critic, publication and text, every word must match', () => {
    expect(queryCritics(critics, { q: 'ebert' }).map((r) => r.critic)).toEqual(['Roger Ebert']);
    expect(queryCritics(critics, { q: 'superman lottery' }).map((r) => r.critic)).toEqual([
      'Kyle Smith',
      'Roger Ebert',
    ]);
    expect(
      queryCritics(critics, { q: 'globe' })
        .map((r) => r.publication)
        .sort(),
    ).toEqual(['Boston Globe', 'The Globe and Mail']);
  });
});

describe('queryUserReviews', () => {
  const base = seed.movies[0]!.users;
  const withVotes = (id: string, up: number, down: number): UserReview => ({ ...base[0]!, id, helpful: { up, down } });
  it('ranks "most helpful" by the Wilson lower bound, not raw totals', () => {
    const ranked = queryUserReviews([withVotes('a', 2, 0), withVotes('b', 95, 5), withVotes('c', 0, 0)], {
      sort: 'helpful',
    });
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('filters by band only reviews that carry a score', () => {
    expect(queryUserReviews(base, { band: 'mixed' })).toHaveLength(2);
    expect(queryUserReviews(base, { band: 'positive' })).toHaveLength(1);
    expect(queryUserReviews(base, { band: 'negative' })).toHaveLength(0);
  });
  it('sorts newest first with undated reviews last', () => {
    const sorted = queryUserReviews(base, { sort: 'newest' });
    expect(sorted[0]!.date).toBe('2014-11-13');
    expect(sorted.at(-1)!.date).toBeNull();
  });
});
