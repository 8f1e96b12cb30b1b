import { describe, expect, it } from 'vitest';
import {
  apiErrorBodySchema,
  familyReviewSchema,
  movieResponseSchema,
  userReviewListSchema,
  userReviewSchema,
} from '@/domain/schemas';
import { createApi, MAX_BODY_BYTES } from './app';
import { memoryStorage } from './storage';

const READER = 'reader-test-000001';
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-reader-id': READER, ...headers },
  body: JSON.stringify(body),
});
const validReview = { score: 10, author: 'Tester', title: 'Loved it', text: 'x'.repeat(80), spoiler: false };

async function errorOf(res: Response) {
  return apiErrorBodySchema.parse(await res.json()).error;
}

describe('mock API', () => {
  it('404 with a JSON error for an unknown movie and an unknown route', async () => {
    const api = createApi();
    const movie = await api.request('/api/movies/nope');
    expect(movie.status).toBe(404);
    expect((await errorOf(movie)).code).toBe('movie_not_found');
    const route = await api.request('/api/nothing-here');
    expect(route.status).toBe(404);
    expect((await errorOf(route)).code).toBe('not_found');
  });

  it('400 for malformed JSON, 415 for another content type, 413 past the size limit', async () => {
    const api = createApi();
    const bad = await api.request('/api/movies/wont-back-down/user-reviews', { ...json({}), body: '{"score": 10,' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('malformed_json');
    const text = await api.request('/api/movies/wont-back-down/user-reviews', {
      ...json(validReview),
      headers: { 'content-type': 'text/plain', 'x-reader-id': READER },
    });
    expect(text.status).toBe(415);
    const huge = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json({ ...validReview, text: 'x'.repeat(MAX_BODY_BYTES) }),
    );
    expect(huge.status).toBe(413);
  });

  it('422 with a message per field for a body that breaks the schema', async () => {
    const api = createApi();
    const res = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json({ score: 11, author: 'x', text: 'short', extra: 1 }),
    );
    expect(res.status).toBe(422);
    const err = await errorOf(res);
    expect(Object.keys(err.fields!).sort()).toEqual(['_', 'author', 'score', 'text']);
    expect(err.fields!.text![0]).toMatch(/at least 75/);
  });

  it('400 for an unknown band or sort', async () => {
    const api = createApi();
    expect((await api.request('/api/movies/wont-back-down/critic-reviews?band=great')).status).toBe(400);
    expect((await api.request('/api/movies/wont-back-down/user-reviews?sort=random')).status).toBe(400);
    const pos = await api.request('/api/movies/wont-back-down/critic-reviews?band=positive&sort=score-asc');
    const body = (await pos.json()) as { items: { score: number }[] };
    expect(body.items.map((r) => r.score)).toEqual([63, 63, 63, 67, 75, 75, 75, 83]);
  });

  it('creates, updates and deletes a user review; the aggregate follows; what was added survives a new app on the same storage', async () => {
    const storage = memoryStorage();
    const api = createApi({ storage });
    const created = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json(validReview, { 'idempotency-key': 'k1' }),
    );
    expect(created.status).toBe(201);
    const review = userReviewSchema.parse(await created.json());
    expect(review).toMatchObject({ score: 10, author: 'Tester', source: 'reader' });

    // the same idempotency key never creates a second review
    const again = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json(validReview, { 'idempotency-key': 'k1' }),
    );
    expect(again.status).toBe(200);
    expect(userReviewSchema.parse(await again.json()).id).toBe(review.id);
    // one review per reader per movie
    const second = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json(validReview, { 'idempotency-key': 'k2' }),
    );
    expect(second.status).toBe(409);

    const reloaded = createApi({ storage });
    const movie = movieResponseSchema.parse(await (await reloaded.request('/api/movies/wont-back-down')).json());
    expect(movie.aggregates.users.count).toBe(15);
    expect(movie.aggregates.users.score!.toFixed(1)).toBe('6.6');

    const put = await reloaded.request(`/api/movies/wont-back-down/user-reviews/${review.id}`, {
      ...json({ ...validReview, score: 0 }),
      method: 'PUT',
    });
    expect(put.status).toBe(200);
    const notMine = await reloaded.request(`/api/movies/wont-back-down/user-reviews/${review.id}`, {
      method: 'DELETE',
      headers: { 'x-reader-id': 'reader-someone-else' },
    });
    expect(notMine.status).toBe(403);
    const del = await reloaded.request(`/api/movies/wont-back-down/user-reviews/${review.id}`, {
      method: 'DELETE',
      headers: { 'x-reader-id': READER },
    });
    expect(del.status).toBe(204);
    const list = userReviewListSchema.parse(
      await (await reloaded.request('/api/movies/wont-back-down/user-reviews')).json(),
    );
    expect(list.total).toBe(13);
  });

  it('counts one helpful vote per reader and lets it be withdrawn', async () => {
    const api = createApi();
    const vote = (vote: string, reader = READER) =>
      api.request('/api/movies/wont-back-down/user-reviews/u-000-01/votes', json({ vote }, { 'x-reader-id': reader }));
    expect(userReviewSchema.parse(await (await vote('up')).json()).helpful).toEqual({ up: 1, down: 0 });
    expect(userReviewSchema.parse(await (await vote('up')).json()).helpful).toEqual({ up: 1, down: 0 });
    expect(userReviewSchema.parse(await (await vote('down')).json()).helpful).toEqual({ up: 0, down: 1 });
    expect(userReviewSchema.parse(await (await vote('up', 'reader-other-00001')).json()).helpful).toEqual({
      up: 1,
      down: 1,
    });
    expect(userReviewSchema.parse(await (await vote('none')).json()).helpful).toEqual({ up: 1, down: 0 });
  });

  it('lists and creates parent and kid reviews; reset restores the seed', async () => {
    const api = createApi();
    const res = await api.request(
      '/api/movies/wont-back-down/family-reviews',
      json({ role: 'parent', age: 12, stars: 4, text: 'A good film to talk about with my kids.' }),
    );
    expect(res.status).toBe(201);
    expect(familyReviewSchema.parse(await res.json())).toMatchObject({ role: 'parent', age: 12 });
    const movie = movieResponseSchema.parse(await (await api.request('/api/movies/wont-back-down')).json());
    expect(movie.aggregates.parents).toMatchObject({ count: 1, medianAge: 12 });
    expect(movie.aggregates.kids).toMatchObject({ count: 0, medianAge: null });
    const kids = await (await api.request('/api/movies/wont-back-down/family-reviews?role=kid')).json();
    expect(kids).toEqual({ items: [], total: 0 });
    const bad = await api.request(
      '/api/movies/wont-back-down/family-reviews',
      json({ role: 'parent', age: 1, stars: 6, text: 'short' }),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys((await errorOf(bad)).fields!).sort()).toEqual(['age', 'stars', 'text']);

    expect((await api.request('/api/reset', { method: 'POST' })).status).toBe(204);
    const after = movieResponseSchema.parse(await (await api.request('/api/movies/wont-back-down')).json());
    expect(after.aggregates.parents.count).toBe(0);
  });

  it('rejects a write without a reader id', async () => {
    const api = createApi();
    const res = await api.request('/api/movies/wont-back-down/user-reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validReview),
    });
    expect(res.status).toBe(400);
  });
});
