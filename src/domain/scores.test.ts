import { describe, expect, it } from 'vitest';
import {
  bandOf,
  countBands,
  criticBinRange,
  criticHeadline,
  criticHistogram,
  foldRatings,
  formatCount,
  formatUserScore,
  headlineBand,
  mean,
  userHistogram,
  verdictOf,
} from './scores';

describe('bands', () => {
  it.each([
    [100, 'positive'],
    [61, 'positive'],
    [60, 'mixed'],
    [40, 'mixed'],
    [39, 'negative'],
    [0, 'negative'],
  ] as const)('critic %i is %s', (score, band) => expect(bandOf(score, 'critic')).toBe(band));

  it.each([
    [10, 'positive'],
    [7, 'positive'],
    [6, 'mixed'],
    [5, 'mixed'],
    [4, 'negative'],
    [0, 'negative'],
  ] as const)('user %i is %s', (score, band) => expect(bandOf(score, 'user')).toBe(band));
});

describe('verdict labels', () => {
  it.each([
    [81, 'Universal acclaim'],
    [80, 'Generally favorable'],
    [61, 'Generally favorable'],
    [60, 'Mixed or average'],
    [42, 'Mixed or average'],
    [40, 'Mixed or average'],
    [39, 'Generally unfavorable'],
    [20, 'Generally unfavorable'],
    [19, 'Overwhelming dislike'],
    [0, 'Overwhelming dislike'],
  ] as const)('critic %i → %s', (s, label) => expect(verdictOf(s, 'critic')).toBe(label));

  it.each([
    [8.1, 'Universal acclaim'],
    [8.0, 'Generally favorable'],
    [6.4, 'Generally favorable'],
    [6.1, 'Generally favorable'],
    [6.0, 'Mixed or average'],
    [4.0, 'Mixed or average'],
    [3.9, 'Generally unfavorable'],
    [2.0, 'Generally unfavorable'],
    [1.9, 'Overwhelming dislike'],
  ] as const)('user %f → %s', (s, label) => expect(verdictOf(s, 'user')).toBe(label));

  it('colours a headline by its verdict', () => {
    expect(headlineBand(42, 'critic')).toBe('mixed');
    expect(headlineBand(6.4, 'user')).toBe('positive');
    expect(headlineBand(3.9, 'user')).toBe('negative');
  });
});

describe('aggregates', () => {
  it('means, and null for nothing', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });

  it('counts bands', () => {
    expect(countBands([100, 61, 60, 40, 39, 0], 'critic')).toEqual({ positive: 2, mixed: 2, negative: 2 });
  });

  it('bins critic scores in tens with 100 in the last bin', () => {
    const h = criticHistogram([0, 9, 10, 55, 99, 100]);
    expect(h).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(criticBinRange(0)).toEqual([0, 9]);
    expect(criticBinRange(9)).toEqual([90, 100]);
  });

  it('bins user scores one per point', () => {
    expect(userHistogram([0, 5, 5, 10])).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1]);
  });

  it('folds new ratings into the published aggregate: one 10 makes 6.4 from 14 into 6.6 from 15', () => {
    const f = foldRatings({ score: 6.4, count: 14 }, [10]);
    expect(f.count).toBe(15);
    expect(formatUserScore(f.score!)).toBe('6.6');
    expect(foldRatings({ score: 6.4, count: 14 }, [])).toEqual({ score: 6.4, count: 14 });
    expect(foldRatings({ score: 0, count: 0 }, [])).toEqual({ score: null, count: 0 });
  });

  it('takes the published critic score as the headline, else the plain mean, and none below 4 reviews', () => {
    const agg = { published: { score: 42, count: 34, source: 'Metacritic' }, count: 34, mean: 48.2 };
    expect(criticHeadline(agg)).toEqual({ score: 42, count: 34, published: true });
    expect(criticHeadline({ ...agg, published: null })).toEqual({ score: 48.2, count: 34, published: false });
    expect(criticHeadline({ ...agg, count: 3 })).toBeNull();
    expect(criticHeadline({ published: null, count: 0, mean: null })).toBeNull();
  });
});

describe('counts', () => {
  it('are written as en-US writes them, for every size a list can have', () => {
    const samples = [0, 1, 7, 999, 1000, 1001, 9999, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 50_000_000];
    for (let n = 0; n < 5000; n += 7) samples.push(n, n * 997, n * 1_000_003);
    for (const n of samples) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      if (n) expect(formatCount(-n)).toBe((-n).toLocaleString('en-US'));
    }
  });
});
