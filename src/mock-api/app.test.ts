import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeTableMarkdown, openApiDocument } from '@/domain/openapi';
import {
  criticPageSchema,
  familyReviewPageSchema,
  familyReviewWriteSchema,
  familySummarySchema,
  userReviewDeleteSchema,
  userReviewPageSchema,
  userReviewWriteSchema,
  userSummarySchema,
  voteResultSchema,
} from '@/domain/schemas';
import { createApi } from './app';
import { memoryStorage } from './storage';

const MOVIE = '/api/movies/wont-back-down';
const READER = 'reader-app-test-01';
const OTHER = 'reader-app-test-02';
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', 'x-reader-id': READER, ...headers },
  body: JSON.stringify(body),
});
const TEXT = 'A moving, well acted drama about two mothers who take on a failing school and its union. Worth it.';

async function read<T>(res: Response, schema: { parse: (v: unknown) => T }, status = 200): Promise<T> {
  expect(res.status).toBe(status);
  return schema.parse(await res.json());
}

describe('mock API: a reader’s review, from first rating to deletion', () => {
  it('answers each write with the review and the new summary; replays a key; refuses stale versions; persists', async () => {
    const storage = memoryStorage();
    const api = createApi({ storage });
    const post = () =>
      api.request(
        `${MOVIE}/user-reviews`,
        json('POST', { score: 10, author: 'Reader', text: TEXT }, { 'idempotency-key': 'k-1' }),
      );

    const created = await read(await post(), userReviewWriteSchema, 201);
    expect(created.summary).toMatchObject({ count: 15, reviews: 14 });
    expect(created.summary.score).toBeCloseTo((6.4 * 14 + 10) / 15);
    expect(created.review).toMatchObject({ score: 10, version: 1, source: 'reader' });
    // the same key answers the same review, and stores nothing new
    expect((await read(await post(), userReviewWriteSchema, 200)).review.id).toBe(created.review.id);
    const second = await api.request(`${MOVIE}/user-reviews`, json('POST', { score: 3, author: 'Reader' }));
    expect(second.status).toBe(409);

    // a new app on the same storage (a reload) has it, first in the newest-first list
    const reloaded = createApi({ storage });
    const page = await read(await reloaded.request(`${MOVIE}/user-reviews`), userReviewPageSchema);
    expect(page.total).toBe(14);
    expect(page.items[0]!.id).toBe(created.review.id);
    const own = await read(await reloaded.request(`${MOVIE}/user-reviews/${created.review.id}`), voteResultSchema);
    expect(own.review.text).toBe(TEXT);

    const path = `${MOVIE}/user-reviews/${created.review.id}`;
    const edit = { score: 4, author: 'Reader', text: '' };
    expect((await api.request(path, json('PUT', edit, { 'if-match': '"1"', 'x-reader-id': OTHER }))).status).toBe(403);
    const updated = await read(
      await api.request(path, json('PUT', edit, { 'if-match': '"1"' })),
      userReviewWriteSchema,
    );
    expect(updated.review).toMatchObject({ score: 4, version: 2, text: '' });
    expect(updated.summary.score).toBeCloseTo((6.4 * 14 + 4) / 15);
    // an edit or delete against the version before is refused, and changes nothing
    const stale = await api.request(path, json('PUT', { ...edit, score: 9 }, { 'if-match': '"1"' }));
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('review_changed');
    expect(
      (await api.request(path, { method: 'DELETE', headers: { 'x-reader-id': READER, 'if-match': '"1"' } })).status,
    ).toBe(412);
    expect((await read(await api.request(path), voteResultSchema)).review.score).toBe(4);

    const deleted = await read(
      await api.request(path, { method: 'DELETE', headers: { 'x-reader-id': READER, 'if-match': '"2"' } }),
      userReviewDeleteSchema,
    );
    expect(deleted.summary).toMatchObject({ score: 6.4, count: 14, reviews: 13 });
    expect((await api.request(path)).status).toBe(404);
    // a write against a review that vanished since it was loaded is refused as changed, not as unknown
    expect((await api.request(path, json('PUT', edit, { 'if-match': '"2"' }))).status).toBe(412);
  });

  it('counts one helpful vote per reader and lets it be withdrawn', async () => {
    const api = createApi();
    const { items } = await read(await api.request(`${MOVIE}/user-reviews?limit=1`), userReviewPageSchema);
    const votes = `${MOVIE}/user-reviews/${items[0]!.id}/votes`;
    const before = items[0]!.helpful.up;
    await api.request(votes, json('POST', { vote: 'up' }));
    await api.request(votes, json('POST', { vote: 'up' }));
    const other = await read(
      await api.request(votes, json('POST', { vote: 'up' }, { 'x-reader-id': OTHER })),
      voteResultSchema,
    );
    expect(other.review.helpful.up).toBe(before + 2);
    const withdrawn = await read(await api.request(votes, json('POST', { vote: 'none' })), voteResultSchema);
    expect(withdrawn.review.helpful.up).toBe(before + 1);
  });
});

describe('mock API: pages', () => {
  it('pages 34 critic reviews 20 at a time by cursor, in one total order, with the count that matches', async () => {
    const api = createApi();
    const first = await read(await api.request(`${MOVIE}/critic-reviews`), criticPageSchema);
    expect(first.items).toHaveLength(20);
    expect(first.total).toBe(34);
    const next = await read(
      await api.request(`${MOVIE}/critic-reviews?cursor=${encodeURIComponent(first.nextCursor!)}`),
      criticPageSchema,
    );
    expect(next.items).toHaveLength(14);
    expect(next.nextCursor).toBeNull();
    const all = [...first.items, ...next.items];
    expect(new Set(all.map((r) => r.id)).size).toBe(34);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b! - a!));
    const mixed = await read(await api.request(`${MOVIE}/critic-reviews?band=mixed&limit=100`), criticPageSchema);
    expect(mixed.total).toBe(18);
    // a cursor from one sort is refused by another
    const wrong = await api.request(
      `${MOVIE}/critic-reviews?sort=newest&cursor=${encodeURIComponent(first.nextCursor!)}`,
    );
    expect(wrong.status).toBe(400);
  });

  it('adds parent and kid reviews to their summary and their role’s list; a retried key is stored once', async () => {
    const api = createApi();
    const body = { role: 'kid', author: 'Sam', age: 12, stars: 4, text: 'Good for older kids, a bit slow.' };
    const post = () => api.request(`${MOVIE}/family-reviews`, json('POST', body, { 'idempotency-key': 'f-1' }));
    const created = await read(await post(), familyReviewWriteSchema, 201);
    expect(created.summary.kids).toMatchObject({ count: 1, medianAge: 12 });
    expect((await read(await post(), familyReviewWriteSchema, 200)).review.id).toBe(created.review.id);
    const kids = await read(await api.request(`${MOVIE}/family-reviews?role=kid`), familyReviewPageSchema);
    const parents = await read(await api.request(`${MOVIE}/family-reviews?role=parent`), familyReviewPageSchema);
    expect([kids.total, parents.total]).toEqual([1, 0]);
    expect((await read(await api.request(`${MOVIE}/family-summary`), familySummarySchema)).kids.count).toBe(1);
    expect((await api.request('/api/reset', { method: 'POST' })).status).toBe(204);
    expect((await read(await api.request(`${MOVIE}/user-summary`), userSummarySchema)).count).toBe(14);
    expect((await read(await api.request(`${MOVIE}/family-summary`), familySummarySchema)).kids.count).toBe(0);
  });
});

describe('the contract as OpenAPI 3.1', () => {
  it('is served at /api/openapi.json, generated from the route declarations, and valid', async () => {
    const served = (await (await createApi().request('/api/openapi.json')).json()) as object;
    expect(served).toEqual(openApiDocument());
    const doc = (await SwaggerParser.validate(structuredClone(served) as never)) as { openapi: string; paths: object };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/movies/{id}/user-reviews/{rid}');
  });

  it('is what the README’s API table says, route for route', () => {
    // cells compared trimmed: Prettier pads the README's columns
    const cells = (md: string) =>
      md
        .split('\n')
        .filter((l) => l.trim().startsWith('|'))
        .map((l) =>
          l
            .split('|')
            .map((c) => c.trim().replace(/^-+$/, '---'))
            .join('|'),
        );
    const readme = cells(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).join('\n');
    expect(readme).toContain(cells(routeTableMarkdown()).join('\n'));
  });
});
