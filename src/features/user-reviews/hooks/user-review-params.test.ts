import { describe, expect, it } from 'vitest';
import { parseUserReviewParams } from './user-review-params';

const parse = (q: string) => parseUserReviewParams(new URLSearchParams(q));

describe('parseUserReviewParams', () => {
  it('reads uband, uscore, usort and upage', () => {
    expect(parse('uband=mixed&uscore=5&usort=helpful&upage=2')).toEqual({
      band: 'mixed',
      score: 5,
      sort: 'helpful',
      page: 2,
    });
  });
  it('falls back to the defaults for anything invalid', () => {
    expect(parse('uband=great&uscore=11&usort=random&upage=0')).toEqual({
      band: null,
      score: null,
      sort: 'newest',
      page: 1,
    });
    expect(parse('uscore=-1&upage=abc')).toMatchObject({ score: null, page: 1 });
    expect(parse('uscore=0')).toMatchObject({ score: 0 });
    expect(parse('')).toEqual({ band: null, score: null, sort: 'newest', page: 1 });
  });
});
