import { describe, expect, it } from 'vitest';
import {
  apiErrorBodySchema,
  familyReviewWriteSchema,
  familySummarySchema,
  userReviewPageSchema,
  userReviewWriteSchema,
  userSummarySchema,
  voteResultSchema,
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

type Api = ReturnType<typeof createApi>;
const userSummaryOf = async (api: Api) =>
  userSummarySchema.parse(await (await api.request('/api/movies/wont-back-down/user-summary')).json());
const familySummaryOf = async (api: Api) =>
  familySummarySchema.parse(await (await api.request('/api/movies/wont-back-down/family-summary')).json());

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
    const { review } = userReviewWriteSchema.parse(await created.json());
    expect(review).toMatchObject({ score: 10, author: 'Tester', source: 'reader' });

    // the same idempotency key never creates a second review
    const again = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json(validReview, { 'idempotency-key': 'k1' }),
    );
    expect(again.status).toBe(200);
    expect(userReviewWriteSchema.parse(await again.json()).review.id).toBe(review.id);
    // one review per reader per movie
    const second = await api.request(
      '/api/movies/wont-back-down/user-reviews',
      json(validReview, { 'idempotency-key': 'k2' }),
    );
    expect(second.status).toBe(409);

    const reloaded = createApi({ storage });
    const users = await userSummaryOf(reloaded);
    expect(users.count).toBe(15);
    expect(users.score!.toFixed(1)).toBe('6.6');

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
    expect(del.status).toBe(200);
    const list = userReviewPageSchema.parse(
      await (await reloaded.request('/api/movies/wont-back-down/user-reviews')).json(),
    );
    expect(list.total).toBe(13);
  });

  it('counts one helpful vote per reader and lets it be withdrawn', async () => {
    const api = createApi();
    const vote = (vote: string, reader = READER) =>
      api.request('/api/movies/wont-back-down/user-reviews/u-000-01/votes', json({ vote }, { 'x-reader-id': reader }));
    expect(voteResultSchema.parse(await (await vote('up')).json()).review.helpful).toEqual({ up: 1, down: 0 });
    expect(voteResultSchema.parse(await (await vote('up')).json()).review.helpful).toEqual({ up: 1, down: 0 });
    expect(voteResultSchema.parse(await (await vote('down')).json()).review.helpful).toEqual({ up: 0, down: 1 });
    expect(voteResultSchema.parse(await (await vote('up', 'reader-other-00001')).json()).review.helpful).toEqual({
      up: 1,
      down: 1,
    });
    expect(voteResultSchema.parse(await (await vote('none')).json()).review.helpful).toEqual({ up: 1, down: 0 });
  });

  it('lists and creates parent and kid reviews; reset restores the seed', async () => {
    const api = createApi();
    const res = await api.request(
      '/api/movies/wont-back-down/family-reviews',
      json({ role: 'parent', age: 12, stars: 4, text: 'A good film to talk about with my kids.' }),
    );
    expect(res.status).toBe(201);
    expect(familyReviewWriteSchema.parse(await res.json()).review).toMatchObject({ role: 'parent', age: 12 });
    const family = await familySummaryOf(api);
    expect(family.parents).toMatchObject({ count: 1, medianAge: 12 });
    expect(family.kids).toMatchObject({ count: 0, medianAge: null });
    const kids = await (await api.request('/api/movies/wont-back-down/family-reviews?role=kid')).json();
    expect(kids).toEqual({ items: [], nextCursor: null, total: 0 });
    const bad = await api.request(
      '/api/movies/wont-back-down/family-reviews',
      json({ role: 'parent', age: 1, stars: 6, text: 'short' }),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys((await errorOf(bad)).fields!).sort()).toEqual(['age', 'stars', 'text']);

    expect((await api.request('/api/reset', { method: 'POST' })).status).toBe(204);
    expect((await familySummaryOf(api)).parents.count).toBe(0);
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

describe('mock API: parent and kid reviews', () => {
  const FAMILY = '/api/movies/wont-back-down/family-reviews';
  const parentReview = { role: 'parent', age: 12, stars: 4, text: 'A good film to talk about with my kids.' };

  it('stores one review per Idempotency-Key: a retried POST answers 200 with the first review', async () => {
    const api = createApi();
    const first = await api.request(FAMILY, json(parentReview, { 'idempotency-key': 'draft-key-1' }));
    expect(first.status).toBe(201);
    const created = familyReviewWriteSchema.parse(await first.json()).review;
    const again = await api.request(FAMILY, json(parentReview, { 'idempotency-key': 'draft-key-1' }));
    expect(again.status).toBe(200);
    expect(familyReviewWriteSchema.parse(await again.json()).review.id).toBe(created.id);
    const list = await (await api.request(FAMILY)).json();
    expect(list.total).toBe(1);
    const other = await api.request(FAMILY, json(parentReview, { 'idempotency-key': 'draft-key-2' }));
    expect(other.status).toBe(201);
    expect((await (await api.request(FAMILY)).json()).total).toBe(2);
  });

  it('filters by role, newest first, and rejects an unknown role', async () => {
    let t = Date.parse('2026-03-01T10:00:00.000Z');
    const api = createApi({ now: () => new Date((t += 60_000)) });
    await api.request(FAMILY, json(parentReview));
    await api.request(FAMILY, json({ ...parentReview, role: 'kid', age: 9, author: '  Sam  ' }));
    await api.request(FAMILY, json({ ...parentReview, age: 14 }));
    const parents = await (await api.request(`${FAMILY}?role=parent`)).json();
    expect(parents.items.map((r: { age: number }) => r.age)).toEqual([14, 12]);
    const kids = await (await api.request(`${FAMILY}?role=kid`)).json();
    expect(kids.items).toHaveLength(1);
    expect(kids.items[0]).toMatchObject({ role: 'kid', author: 'Sam', age: 9 });
    expect((await (await api.request(FAMILY)).json()).total).toBe(3);
    expect((await api.request(`${FAMILY}?role=all`)).status).toBe(400);
    const bad = await api.request(`${FAMILY}?role=teacher`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe('bad_query');
    const family = await familySummaryOf(api);
    expect(family.parents).toMatchObject({ count: 2, medianAge: 13 });
    expect(family.kids).toMatchObject({ count: 1, medianAge: 9 });
  });

  it('422 with readable messages per field: role, age 2–18, stars 1–5, text 20–2,000, name up to 40, no unknown fields', async () => {
    const api = createApi();
    const res = await api.request(
      FAMILY,
      json({ role: 'teacher', age: 19, stars: 0, text: ' '.repeat(30) + 'short', author: 'x'.repeat(41), extra: 1 }),
    );
    expect(res.status).toBe(422);
    const { fields } = await errorOf(res);
    expect(fields).toMatchObject({
      role: ['Choose whether you are a parent or a kid'],
      age: ['Choose an age from 2 to 18'],
      stars: ['Choose 1 to 5 stars'],
      text: ['Your review needs at least 20 characters'],
      author: ['Name can have at most 40 characters'],
    });
    expect(fields!._).toEqual(['Unknown field: extra']);
    const long = await api.request(FAMILY, json({ ...parentReview, text: 'x'.repeat(2001) }));
    expect((await errorOf(long)).fields).toEqual({ text: ['Your review can have at most 2,000 characters'] });
    const edges = await api.request(FAMILY, json({ ...parentReview, age: 2, stars: 5, text: 'x'.repeat(2000) }));
    expect(edges.status).toBe(201);
    expect((await api.request(FAMILY, json({ ...parentReview, age: 18, stars: 1 }))).status).toBe(201);
  });
});

describe('mock API: user reviews and votes', () => {
  const USERS = '/api/movies/wont-back-down/user-reviews';
  const OTHER = 'reader-other-000002';

  async function create(api: ReturnType<typeof createApi>, body: unknown = validReview, reader = READER) {
    const res = await api.request(USERS, json(body, { 'x-reader-id': reader, 'idempotency-key': `k-${reader}` }));
    return { res, review: res.ok ? userReviewWriteSchema.parse(await res.json()).review : null };
  }

  it('creates a rating alone, trimmed, with no title; the aggregate folds it in', async () => {
    const api = createApi();
    const { res, review } = await create(api, { score: 0, author: '  Al  ' });
    expect(res.status).toBe(201);
    expect(review).toMatchObject({ score: 0, author: 'Al', title: null, text: '', spoiler: false, source: 'reader' });
    const users = await userSummaryOf(api);
    expect(users.count).toBe(15);
    expect(users.score).toBeCloseTo((6.4 * 14 + 0) / 15, 10);
    expect(users.histogram[0]).toBe(1);
  });

  it('updates only the reader’s own review: 422 for a bad body, 403 for another reader, 404 for an unknown id', async () => {
    const api = createApi();
    const { review } = await create(api);
    const put = (body: unknown, id = review!.id, reader = READER) =>
      api.request(`${USERS}/${id}`, { ...json(body, { 'x-reader-id': reader }), method: 'PUT' });
    const bad = await put({ ...validReview, text: 'short' });
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).fields!.text![0]).toMatch(/at least 75/);
    expect((await put(validReview, review!.id, OTHER)).status).toBe(403);
    expect((await put(validReview, 'r-nope')).status).toBe(404);
    expect((await put(validReview, 'u-000-01')).status).toBe(404);
    const ok = await put({ ...validReview, score: 3, spoiler: true, title: '' });
    expect(ok.status).toBe(200);
    expect(userReviewWriteSchema.parse(await ok.json()).review).toMatchObject({ score: 3, spoiler: true, title: null });
    const list = userReviewPageSchema.parse(await (await api.request(USERS)).json());
    expect(list.items.find((r) => r.id === review!.id)!.updatedAt).not.toBeNull();
  });

  it('deletes: 403 for another reader, 204 for the owner, then 404; a new review can follow', async () => {
    const api = createApi();
    const { review } = await create(api);
    const del = (reader: string) =>
      api.request(`${USERS}/${review!.id}`, { method: 'DELETE', headers: { 'x-reader-id': reader } });
    expect((await del(OTHER)).status).toBe(403);
    expect((await del(READER)).status).toBe(200);
    expect((await del(READER)).status).toBe(404);
    const again = await api.request(USERS, json(validReview, { 'idempotency-key': 'fresh-key' }));
    expect(again.status).toBe(201);
  });

  it('votes: 422 for an unknown vote, 404 for an unknown review, counts per reader, withdraws', async () => {
    const api = createApi();
    const vote = (body: unknown, id = 'u-003-02', reader = READER) =>
      api.request(`${USERS}/${id}/votes`, json(body, { 'x-reader-id': reader }));
    expect((await vote({ vote: 'maybe' })).status).toBe(422);
    expect((await vote({ vote: 'up' }, 'u-nope')).status).toBe(404);
    await vote({ vote: 'up' });
    await vote({ vote: 'up' }, 'u-003-02', OTHER);
    const down = await vote({ vote: 'down' });
    expect(voteResultSchema.parse(await down.json()).review.helpful).toEqual({ up: 1, down: 1 });
    const list = userReviewPageSchema.parse(await (await api.request(`${USERS}?sort=helpful`)).json());
    expect(list.items[0]!.id).toBe('u-003-02');
    await vote({ vote: 'none' });
    await vote({ vote: 'none' }, 'u-003-02', OTHER);
    const after = userReviewPageSchema.parse(await (await api.request(USERS)).json());
    expect(after.items.find((r) => r.id === 'u-003-02')!.helpful).toEqual({ up: 0, down: 0 });
  });
});
