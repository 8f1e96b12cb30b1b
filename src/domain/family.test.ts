import { describe, expect, it } from 'vitest';
import { familyAggregate, medianAge } from './family';
import type { FamilyReview } from './schemas';

const review = (role: 'parent' | 'kid', age: number, i = 0): FamilyReview => ({
  id: `f${role}${age}${i}`,
  movieId: 'm',
  role,
  author: null,
  age,
  stars: 4,
  text: 'x'.repeat(20),
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('family ages', () => {
  it('median: none, one, odd, even (ties round up to the older age)', () => {
    expect(medianAge([])).toBeNull();
    expect(medianAge([12])).toBe(12);
    expect(medianAge([8, 14, 10])).toBe(10);
    expect(medianAge([8, 11])).toBe(10);
    expect(medianAge([8, 10])).toBe(9);
  });

  it('aggregates per role with the spread of ages 2–18', () => {
    const agg = familyAggregate(
      [review('parent', 12), review('kid', 9), review('parent', 2), review('parent', 18)],
      'parent',
    );
    expect(agg.count).toBe(3);
    expect(agg.medianAge).toBe(12);
    expect(agg.ages).toHaveLength(17);
    expect(agg.ages[0]).toBe(1);
    expect(agg.ages[10]).toBe(1);
    expect(agg.ages[16]).toBe(1);
  });
});
