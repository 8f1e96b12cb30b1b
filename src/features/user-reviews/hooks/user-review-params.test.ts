import { describe, expect, it } from 'vitest';
import { parseUserReviewParams, userListParams, userParamsNearby } from './user-review-params';

const parse = (q: string) => parseUserReviewParams(new URLSearchParams(q));

describe('the user list view in the URL', () => {
  it('reads uband, uscore and usort, and asks the API for the same view', () => {
    const view = parse('uband=mixed&uscore=5&usort=helpful');
    expect(view).toEqual({ band: 'mixed', score: 5, sort: 'helpful' });
    expect(userListParams(view)).toEqual({ band: 'mixed', score: '5', sort: 'helpful' });
  });
  it('falls back to the defaults for anything invalid, and leaves defaults out of the API query', () => {
    expect(parse('uband=great&uscore=11&usort=random')).toEqual({ band: null, score: null, sort: 'newest' });
    expect(parse('uscore=-1')).toMatchObject({ score: null });
    expect(parse('uscore=0')).toMatchObject({ score: 0 });
    expect(userListParams(parse(''))).toEqual({});
    expect(userListParams(parse('uscore=0'))).toEqual({ score: '0' });
  });
});

describe('the user list views one click away', () => {
  it('are each band with the score cleared and each sort', () => {
    expect(userParamsNearby(parse('uscore=5&usort=helpful')).map(userListParams)).toEqual([
      { sort: 'helpful' },
      { band: 'positive', sort: 'helpful' },
      { band: 'mixed', sort: 'helpful' },
      { band: 'negative', sort: 'helpful' },
      { score: '5' },
      { score: '5', sort: 'highest' },
      { score: '5', sort: 'lowest' },
      { score: '5', sort: 'helpful' },
    ]);
  });
});
