import { describe, expect, it } from 'vitest';
import { wilsonLowerBound } from './helpful';

describe('wilsonLowerBound', () => {
  it('ranks 95 of 100 above 2 of 2', () => {
    expect(wilsonLowerBound(95, 5)).toBeGreaterThan(wilsonLowerBound(2, 0));
  });
  it('is 0 with no votes and grows with evidence', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(10, 0)).toBeGreaterThan(wilsonLowerBound(1, 0));
    expect(wilsonLowerBound(95, 5)).toBeCloseTo(0.888, 2);
  });
});
