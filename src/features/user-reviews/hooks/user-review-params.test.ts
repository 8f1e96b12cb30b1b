import { describe, expect, it } from 'vitest';
import { parseUserReviewParams, userListParams } from './user-review-params';

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
