import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '@/mock-api/seed';
import {
  CRITIC_ORDER,
  USER_ORDER,
  decodeCursor,
  encodeCursor,
  foldText,
  pageAfter,
  sortBy,
  type SortKey,
  type SortSpec,
} from './review-order';
import { criticMatcher, userMatcher } from './review-query';
import type { UserReview } from './schemas';

const critics = seed.movies[0]!.critics;
const users = seed.movies[0]!.users;
const query = (sort: keyof typeof CRITIC_ORDER, filter: Parameters<typeof criticMatcher>[0] = {}) =>
  sortBy(critics.filter(criticMatcher(filter)), CRITIC_ORDER[sort]);

describe('what a critic list holds, in which order', () => {
  it('leaves out the unscored featured review and sorts by score, high first, ties by critic', () => {
    const all = query('score-desc');
    expect(all).toHaveLength(34);
    expect(all[0]!.score).toBe(83);
    expect(all.at(-1)!.score).toBe(20);
    const fifties = all.filter((r) => r.score === 50).map((r) => r.critic);
    expect(fifties).toEqual([...fifties].sort((a, b) => foldText(a).localeCompare(foldText(b))));
  });
  it('filters by band and by histogram bin', () => {
    expect(query('score-desc', { band: 'positive' })).toHaveLength(8);
    expect(query('score-desc', { band: 'mixed' })).toHaveLength(18);
    expect(query('score-desc', { band: 'negative' })).toHaveLength(8);
    expect(query('score-desc', { bin: 5 }).map((r) => r.score)).toEqual([58, ...Array(9).fill(50)]);
  });
  it('sorts by date and publication, unknown publications last', () => {
    expect(query('newest')[0]!.critic).toBe('Ken McIntyre');
    expect(query('oldest')[0]!.critic).toBe('Rex Reed');
    const byPub = query('publication');
    expect(byPub[0]!.publication).toBe('Arizona Republic');
    expect(byPub.at(-1)!.publication).toBeNull();
  });
  it('searches critic, publication and text: every word, any case, with or without accents', () => {
    expect(query('score-desc', { q: 'ebert' }).map((r) => r.critic)).toEqual(['Roger Ebert']);
    expect(query('score-desc', { q: 'EBÉRT' }).map((r) => r.critic)).toEqual(['Roger Ebert']);
    expect(
      query('score-desc', { q: 'superman lottery' })
        .map((r) => r.critic)
        .sort(),
    ).toEqual(['Kyle Smith', 'Roger Ebert']);
    expect(foldText('Exposé')).toBe(foldText('expose'));
    // Owen Gleiberman's "an informational exposé", typed without the accent, and the other way round
    expect(query('score-desc', { q: 'expose' }).map((r) => r.critic)).toEqual(['Owen Gleiberman']);
    expect(query('score-desc', { q: 'EXPOSÉ' }).map((r) => r.critic)).toEqual(['Owen Gleiberman']);
  });
});

describe('what a user list holds, in which order', () => {
  const withVotes = (id: string, up: number, down: number): UserReview => ({ ...users[0]!, id, helpful: { up, down } });
  it('ranks "most helpful" by the Wilson lower bound, not raw totals', () => {
    const ranked = sortBy([withVotes('a', 2, 0), withVotes('b', 95, 5), withVotes('c', 0, 0)], USER_ORDER.helpful);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('filters by band only reviews that carry a score', () => {
    expect(users.filter(userMatcher({ band: 'mixed' }))).toHaveLength(2);
    expect(users.filter(userMatcher({ band: 'positive' }))).toHaveLength(1);
    expect(users.filter(userMatcher({ band: 'negative' }))).toHaveLength(0);
  });
  it('sorts newest first with undated reviews last, and unscored last by score either way', () => {
    const newest = sortBy(users, USER_ORDER.newest);
    expect(newest[0]!.date).toBe('2014-11-13');
    expect(newest.at(-1)!.date).toBeNull();
    expect(sortBy(users, USER_ORDER.highest).at(-1)!.score).toBeNull();
    expect(sortBy(users, USER_ORDER.lowest).at(-1)!.score).toBeNull();
  });
});

describe('cursors', () => {
  it('round-trip a key, and refuse one made for another sort, of another shape, or not ours', () => {
    const spec = CRITIC_ORDER['score-desc'];
    const key: SortKey = [50, 'ty burr', 'c-12'];
    expect(decodeCursor(encodeCursor('score-desc', key), 'score-desc', spec)).toEqual(key);
    expect(decodeCursor(encodeCursor('newest', key), 'score-desc', spec)).toBeNull();
    expect(decodeCursor(encodeCursor('score-desc', [50, 'x']), 'score-desc', spec)).toBeNull();
    expect(decodeCursor('not a cursor!', 'score-desc', spec)).toBeNull();
    expect(decodeCursor(btoa('{"a":1}'), 'score-desc', spec)).toBeNull();
  });
});

/** Pages a list from the start, changing it between pages with `between`; returns every id seen, in order. */
function pageThrough<T extends { id: string }>(
  initial: T[],
  spec: SortSpec<T>,
  limit: number,
  between: (list: T[], page: number) => T[],
): string[] {
  let list = initial;
  const seen: string[] = [];
  let after: SortKey | null = null;
  for (let page = 0; page < 1000; page++) {
    const sorted = sortBy(list, spec);
    const { items, nextCursor } = pageAfter(sorted, spec, 'x', limit, after);
    seen.push(...items.map((r) => r.id));
    if (!nextCursor) break;
    after = decodeCursor(nextCursor, 'x', spec);
    list = between(list, page);
  }
  return seen;
}

describe('paging by cursor', () => {
  const review = (id: number, score: number | null, date: string | null): UserReview => ({
    ...users[0]!,
    id: `u-${String(id).padStart(4, '0')}`,
    score,
    date,
  });
  const arbReviews = fc.uniqueArray(
    fc.record({
      id: fc.integer({ min: 0, max: 9999 }),
      score: fc.option(fc.integer({ min: 0, max: 10 })),
      day: fc.option(fc.integer({ min: 1, max: 28 })),
    }),
    { selector: (r) => r.id, maxLength: 60 },
  );
  const build = (rs: { id: number; score: number | null; day: number | null }[]) =>
    rs.map((r) => review(r.id, r.score, r.day === null ? null : `2012-10-${String(r.day).padStart(2, '0')}`));

  it('returns every review exactly once, in order, for every sort and page size', () => {
    fc.assert(
      fc.property(
        arbReviews,
        fc.constantFrom(...Object.keys(USER_ORDER)),
        fc.integer({ min: 1, max: 7 }),
        (rs, sort, limit) => {
          const list = build(rs);
          const spec = USER_ORDER[sort as keyof typeof USER_ORDER];
          expect(pageThrough(list, spec, limit, (l) => l)).toEqual(sortBy(list, spec).map((r) => r.id));
        },
      ),
    );
  });

  it('never skips or repeats a review that stays, while others are added and deleted between pages', () => {
    fc.assert(
      fc.property(
        arbReviews,
        fc.constantFrom(...Object.keys(USER_ORDER)),
        fc.integer({ min: 1, max: 5 }),
        (rs, sort, limit) => {
          const list = build(rs);
          const spec = USER_ORDER[sort as keyof typeof USER_ORDER];
          let next = 10_000;
          const stays = new Set(list.filter((_, i) => i % 3 !== 0).map((r) => r.id));
          const seen = pageThrough(list, spec, limit, (l, page) => [
            // delete one that was going to be deleted anyway (never one that stays), add two new ones
            ...l.filter(
              (r) => stays.has(r.id) || r.id.startsWith('n-') || l.indexOf(r) !== page % Math.max(1, l.length),
            ),
            { ...review(next++, page % 11, '2012-10-15'), id: `n-${next++}` },
            { ...review(next++, null, null), id: `n-${next++}` },
          ]);
          const stayed = seen.filter((id) => stays.has(id));
          expect(new Set(seen).size).toBe(seen.length);
          expect(stayed.sort()).toEqual([...stays].sort());
        },
      ),
    );
  });
});
