import { describe, expect, it } from 'vitest';
import { AGREEMENT_MARGIN, compareCriticsAndAudience } from './score-comparison';

describe('critics against the audience, on one 0–100 scale', () => {
  it('the seed: audiences (6.4, i.e. 64) liked it more than critics (42), 22 points apart', () => {
    expect(compareCriticsAndAudience(42, 6.4)).toEqual({
      agreement: 'audience-higher',
      critics: 42,
      audience: 64,
      gap: 22,
    });
  });

  it.each([
    // [critics, users, agreement]: the margin is 10 points, less than that is about the same
    [42, 5.1, 'about-the-same'],
    [42, 5.2, 'audience-higher'],
    [42, 3.3, 'about-the-same'],
    [42, 3.2, 'critics-higher'],
    [42, 4.2, 'about-the-same'],
    [0, 10, 'audience-higher'],
    [100, 0, 'critics-higher'],
    [100, 10, 'about-the-same'],
  ] as const)('critics %d, audience %d: %s', (critics, users, agreement) => {
    expect(compareCriticsAndAudience(critics, users).agreement).toBe(agreement);
  });

  it('compares the figures as the page shows them, not their unrounded values', () => {
    // 6.5666… shows as 6.6 (66); 41.6 shows as 42: 24 points apart
    expect(compareCriticsAndAudience(41.6, 92 / 14)).toMatchObject({ critics: 42, audience: 66, gap: 24 });
    // 5.15 shows as 5.2 (52) against 42: exactly the margin, so no longer the same
    const edge = compareCriticsAndAudience(42, 5.15);
    expect(edge.gap).toBe(AGREEMENT_MARGIN);
    expect(edge.agreement).toBe('audience-higher');
  });
});
