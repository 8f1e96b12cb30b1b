import { describe, expect, it } from 'vitest';
import {
  criticBinBand,
  criticBinBands,
  criticBinSplit,
  criticFiltersUpdate,
  parseCriticFilters,
} from './critic-filters';

const parse = (s: string) => parseCriticFilters(new URLSearchParams(s));

describe('parseCriticFilters', () => {
  it('defaults when the URL says nothing', () => {
    expect(parse('')).toEqual({ band: null, bin: null, sort: 'score-desc', q: '', page: 1 });
  });
  it('reads valid values', () => {
    expect(parse('band=mixed&sort=newest&q=ebert&page=2')).toEqual({
      band: 'mixed',
      bin: null,
      sort: 'newest',
      q: 'ebert',
      page: 2,
    });
  });
  it('a bin wins over band and gives its own band', () => {
    expect(parse('band=positive&bin=2')).toMatchObject({ band: 'negative', bin: 2 });
    expect(parse('bin=7')).toMatchObject({ band: 'positive', bin: 7 });
    // 60–69 straddles the mixed/positive edge: no single band
    expect(parse('bin=6&band=mixed')).toMatchObject({ band: null, bin: 6 });
  });
  it('ignores invalid values', () => {
    expect(parse('band=great&bin=10&sort=random&page=-3')).toEqual(parse(''));
    expect(parse('bin=x&page=1.5&sort=__proto__')).toEqual(parse(''));
    expect(parse('page=0')).toMatchObject({ page: 1 });
  });
});

describe('critic bins and bands', () => {
  it('colours each bin by the band of most of its range', () => {
    expect(Array.from({ length: 10 }, (_, i) => criticBinBand(i))).toEqual([
      'negative',
      'negative',
      'negative',
      'negative',
      'mixed',
      'mixed',
      'positive',
      'positive',
      'positive',
      'positive',
    ]);
  });
  it('knows which bins straddle an edge and splits their counts', () => {
    expect(criticBinBands(6)).toEqual(['mixed', 'positive']);
    expect(criticBinBands(3)).toEqual(['negative']);
    expect(criticBinBands(4)).toEqual(['mixed']);
    expect(criticBinSplit([58, 60, 63, 67, 75], 6)).toEqual({ mixed: 1, positive: 2 });
    expect(criticBinSplit([58, 60], 5)).toEqual({ mixed: 1 });
  });
});

describe('criticFiltersUpdate', () => {
  it('choosing a band clears the bin and the page; choosing a bin clears the band', () => {
    expect(criticFiltersUpdate({ band: 'mixed' })).toEqual({ band: 'mixed', bin: null, page: null });
    expect(criticFiltersUpdate({ bin: 4 })).toEqual({ bin: '4', band: null, page: null });
    expect(criticFiltersUpdate({ band: null })).toEqual({ band: null, bin: null, page: null });
  });
  it('omits defaults', () => {
    expect(criticFiltersUpdate({ sort: 'score-desc' })).toEqual({ sort: null, page: null });
    expect(criticFiltersUpdate({ sort: 'oldest' })).toEqual({ sort: 'oldest', page: null });
    expect(criticFiltersUpdate({ q: '  ' })).toEqual({ q: null, page: null });
    expect(criticFiltersUpdate({ page: 1 })).toEqual({ page: null });
    expect(criticFiltersUpdate({ page: 3 })).toEqual({ page: '3' });
  });
});
