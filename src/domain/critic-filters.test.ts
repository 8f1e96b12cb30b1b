import { describe, expect, it } from 'vitest';
import {
  criticBinBand,
  criticBinBands,
  criticFiltersNearby,
  criticFiltersUpdate,
  criticListParams,
  parseCriticFilters,
} from './critic-filters';

const parse = (s: string) => parseCriticFilters(new URLSearchParams(s));

describe('parseCriticFilters', () => {
  it('defaults when the URL says nothing', () => {
    expect(parse('')).toEqual({ band: null, bin: null, sort: 'score-desc', q: '' });
  });
  it('reads valid values', () => {
    expect(parse('band=mixed&sort=newest&q=ebert')).toEqual({
      band: 'mixed',
      bin: null,
      sort: 'newest',
      q: 'ebert',
    });
  });
  it('a bin wins over band and gives its own band', () => {
    expect(parse('band=positive&bin=2')).toMatchObject({ band: 'negative', bin: 2 });
    expect(parse('bin=7')).toMatchObject({ band: 'positive', bin: 7 });
    // 60–69 straddles the mixed/positive edge: no single band
    expect(parse('bin=6&band=mixed')).toMatchObject({ band: null, bin: 6 });
  });
  it('ignores invalid values', () => {
    expect(parse('band=great&bin=10&sort=random')).toEqual(parse(''));
    expect(parse('bin=x&sort=__proto__')).toEqual(parse(''));
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
  it('knows which bins straddle an edge', () => {
    expect(criticBinBands(6)).toEqual(['mixed', 'positive']);
    expect(criticBinBands(3)).toEqual(['negative']);
    expect(criticBinBands(4)).toEqual(['mixed']);
  });
});

describe('criticFiltersUpdate', () => {
  it('choosing a band clears the bin; choosing a bin clears the band', () => {
    expect(criticFiltersUpdate({ band: 'mixed' })).toEqual({ band: 'mixed', bin: null });
    expect(criticFiltersUpdate({ bin: 4 })).toEqual({ bin: '4', band: null });
    expect(criticFiltersUpdate({ band: null })).toEqual({ band: null, bin: null });
  });
  it('omits defaults', () => {
    expect(criticFiltersUpdate({ sort: 'score-desc' })).toEqual({ sort: null });
    expect(criticFiltersUpdate({ sort: 'oldest' })).toEqual({ sort: 'oldest' });
    expect(criticFiltersUpdate({ q: '  ' })).toEqual({ q: null });
  });
});

describe('criticListParams: the API query for a view', () => {
  it('asks for the bin rather than its band, trims the search and leaves defaults out', () => {
    expect(criticListParams(parse('bin=6&band=positive'))).toEqual({ bin: '6' });
    expect(criticListParams(parse('band=mixed&sort=oldest&q=%20globe%20'))).toEqual({
      band: 'mixed',
      sort: 'oldest',
      q: 'globe',
    });
    expect(criticListParams(parse(''))).toEqual({});
  });
});

describe('criticFiltersNearby', () => {
  it('is each band with the bin cleared and each sort, the search kept: the views a band or sort click leads to', () => {
    const views = criticFiltersNearby(parse('bin=3&sort=newest&q=teacher')).map(criticListParams);
    expect(views).toEqual([
      { sort: 'newest', q: 'teacher' },
      { band: 'positive', sort: 'newest', q: 'teacher' },
      { band: 'mixed', sort: 'newest', q: 'teacher' },
      { band: 'negative', sort: 'newest', q: 'teacher' },
      { bin: '3', q: 'teacher' },
      { bin: '3', sort: 'score-asc', q: 'teacher' },
      { bin: '3', sort: 'newest', q: 'teacher' },
      { bin: '3', sort: 'oldest', q: 'teacher' },
      { bin: '3', sort: 'publication', q: 'teacher' },
    ]);
  });
});
