import { describe, expect, it } from 'vitest';
import { chosenAges, describeAgeSpread, familyAggregate, medianAge, parseFamilyRole, reviewCount } from './family';
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

  it('median ties between the middle pair round towards the older age, whatever the order', () => {
    expect(medianAge([13, 12])).toBe(13);
    expect(medianAge([18, 2, 2, 18])).toBe(10);
    expect(medianAge([9, 9, 12, 12])).toBe(11);
    expect(medianAge([7, 7])).toBe(7);
  });

  it('describes the spread of ages in words and counts reviews in words', () => {
    const agg = familyAggregate([review('kid', 12), review('kid', 9, 1), review('kid', 9, 2)], 'kid');
    expect(chosenAges(agg)).toEqual([
      { age: 9, count: 2 },
      { age: 12, count: 1 },
    ]);
    expect(describeAgeSpread(agg)).toBe('age 9 (2 reviews), age 12 (1 review)');
    expect(describeAgeSpread(familyAggregate([], 'kid'))).toBe('');
    expect(reviewCount(1)).toBe('1 review');
    expect(reviewCount(0)).toBe('0 reviews');
    expect(reviewCount(1200)).toBe('1,200 reviews');
  });

  it('reads the role filter from the URL, falling back to both for anything else', () => {
    expect(parseFamilyRole('parent')).toBe('parent');
    expect(parseFamilyRole('kid')).toBe('kid');
    expect(parseFamilyRole('Kid')).toBeNull();
    expect(parseFamilyRole('')).toBeNull();
    expect(parseFamilyRole(null)).toBeNull();
  });
});
