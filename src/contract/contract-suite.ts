import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { criticSummary, familySummary, userSummary } from '@/domain/aggregates';
import { API_ROUTES, ROUTE_NAMES, type RouteName } from '@/domain/api-routes';
import { openApiDocument } from '@/domain/openapi';
import { CRITIC_ORDER, USER_ORDER, FAMILY_ORDER, compareKeys, sortBy, type SortSpec } from '@/domain/review-order';
import {
  CRITIC_SORTS,
  USER_SORTS,
  apiErrorBodySchema,
  criticPageSchema,
  criticSummarySchema,
  familyReviewPageSchema,
  familyReviewWriteSchema,
  familySummarySchema,
  healthSchema,
  movieResponseSchema,
  parentGuideSchema,
  userReviewDeleteSchema,
  userReviewPageSchema,
  userReviewWriteSchema,
  userSummarySchema,
  voteResultSchema,
  type UserReview,
} from '@/domain/schemas';
import { bandOf } from '@/domain/scores';

/**
 * The API contract, written once and run unchanged against every implementation: the in-process mock
 * (`createApi()`), the server on PGlite and the server on PostgreSQL. A behaviour one has and another lacks
 * is a bug in that one.
 */
export interface ContractTarget {
  /**
   * One request. `reader` names an identity: the same name is the same reader on every call (the mock sends it
   * as X-Reader-Id, the server keeps a cookie per name); without one the request carries none.
   */
  request(path: string, init?: RequestInit, reader?: string): Promise<Response>;
  /** back to the seed (forget every reader's additions) */
  reset(): Promise<void>;
}

const MOVIE = '/api/movies/wont-back-down';
const validReview = { score: 10, author: 'Tester', title: 'Loved it', text: 'x'.repeat(80) };
const validFamily = { role: 'parent', author: 'A parent', age: 10, stars: 4, text: 'Good for a family night in.' };

/** The routes this suite exercises; a route added to API_ROUTES without a test here fails the first test. */
const COVERED: readonly RouteName[] = [
  'health',
  'openapi',
  'movie',
  'criticSummary',
  'criticReviews',
  'userSummary',
  'userReviews',
  'userReview',
  'createUserReview',
  'updateUserReview',
  'deleteUserReview',
  'voteUserReview',
  'parentGuide',
  'familySummary',
  'familyReviews',
  'createFamilyReview',
  'reset',
];

export function defineContractSuite(name: string, target: () => ContractTarget) {
  const t = () => target();
  const req = (path: string, init?: RequestInit, reader?: string) => t().request(path, init, reader);

  async function get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
    const res = await req(path);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return schema.parse(await res.json());
  }

  async function errorOf(res: Response, status: number): Promise<{ code: string; fields?: Record<string, string[]> }> {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return apiErrorBodySchema.parse(await res.json()).error;
  }

  const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  async function createReview(reader: string, body: object = validReview, key?: string) {
    const res = await req(
      `${MOVIE}/user-reviews`,
      json('POST', { ...validReview, ...body }, key ? { 'idempotency-key': key } : {}),
      reader,
    );
    expect(res.status, await res.clone().text()).toBe(201);
    return userReviewWriteSchema.parse(await res.json());
  }

  /** Every page of a list, following cursors; checks each page's size and that `total` holds throughout. */
  async function allPages<S extends z.ZodType<{ items: unknown[]; nextCursor: string | null; total: number }>>(
    path: string,
    schema: S,
    limit: number,
    between?: (page: number) => Promise<void>,
  ) {
    const items: z.output<S>['items'] = [];
    let cursor: string | null = null;
    let total = -1;
    for (let page = 0; page < 1000; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const body: { items: unknown[]; nextCursor: string | null; total: number } = await get(url, schema);
      expect(body.items.length).toBeLessThanOrEqual(limit);
      if (!between) {
        if (total >= 0) expect(body.total).toBe(total);
        total = body.total;
      }
      items.push(...body.items);
      cursor = body.nextCursor;
      if (cursor === null) break;
      expect(body.items.length).toBe(limit);
      await between?.(page);
    }
    if (!between) expect(items.length).toBe(total);
    return items;
  }

  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  const inOrder = <T extends { id: string }>(items: readonly T[], spec: SortSpec<T>) =>
    expect(ids(items)).toEqual(ids(sortBy(items, spec)));

  describe(`API contract: ${name}`, () => {
    beforeEach(() => t().reset());

    it('covers every declared route', () => {
      expect([...COVERED].sort()).toEqual([...ROUTE_NAMES].sort());
    });

    it('health: up, and what readers add is kept', async () => {
      expect(await get('/api/health', healthSchema)).toEqual({ ok: true, durable: true });
    });

    it('openapi.json: the document generated from the route declarations, valid OpenAPI 3.1', async () => {
      const doc = await get('/api/openapi.json', API_ROUTES.openapi.responses[200]);
      expect(doc).toEqual(openApiDocument());
      const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
      await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    });

    it('movie: the seed facts; 404 with a JSON error for an unknown movie or route', async () => {
      const { movie } = await get(MOVIE, movieResponseSchema);
      expect(movie).toMatchObject({ id: 'wont-back-down', title: "Won't Back Down", year: 2012 });
      expect(movie.mpaa).toEqual({ rating: 'PG', reason: 'for thematic elements and language' });
      expect((await errorOf(await req('/api/movies/nope'), 404)).code).toBe('movie_not_found');
      expect((await errorOf(await req('/api/movies/nope/critic-reviews'), 404)).code).toBe('movie_not_found');
      expect((await errorOf(await req('/api/nothing-here'), 404)).code).toBe('not_found');
    });

    it('parent guide: OK for kids 9+, the content grid 3/4/0/2/2/1/3, three talking points', async () => {
      const guide = await get(`${MOVIE}/parent-guide`, parentGuideSchema);
      expect(guide.age).toBe(9);
      expect(guide.verdict).toBe('OK for kids 9+');
      expect(guide.content.map((c) => c.rating)).toEqual([3, 4, 0, 2, 2, 1, 3]);
      expect(guide.talkAbout).toHaveLength(3);
    });

    describe('critics', () => {
      it('summary: published 42 of 34, plain mean 48, 8/18/8, the featured review apart; the domain figures', async () => {
        const s = await get(`${MOVIE}/critic-summary`, criticSummarySchema);
        expect(s.published).toMatchObject({ score: 42, count: 34 });
        expect(s.count).toBe(34);
        expect(Math.round(s.mean!)).toBe(48);
        expect(s.distribution).toEqual({ positive: 8, mixed: 18, negative: 8 });
        expect(s.histogram.reduce((a, b) => a + b)).toBe(34);
        expect(s.featured).toMatchObject({ critic: 'Dave White', headline: 'Union Thug Life', score: null });
        const listed = await allPages(`${MOVIE}/critic-reviews`, criticPageSchema, 100);
        expect(s).toEqual(criticSummary([s.featured!, ...listed], s.published));
      });

      it.each(CRITIC_SORTS)('sort %s: paging returns every scored review exactly once, in order', async (sort) => {
        const items = await allPages(`${MOVIE}/critic-reviews?sort=${sort}`, criticPageSchema, 7);
        expect(items).toHaveLength(34);
        expect(new Set(ids(items)).size).toBe(34);
        expect(items.some((r) => r.featured || r.score === null)).toBe(false);
        inOrder(items, CRITIC_ORDER[sort]);
      });

      it('limit: 20 by default, at most 100; 400 outside 1–100', async () => {
        const first = await get(`${MOVIE}/critic-reviews`, criticPageSchema);
        expect(first.items).toHaveLength(20);
        expect(first.total).toBe(34);
        expect(first.nextCursor).not.toBeNull();
        expect((await get(`${MOVIE}/critic-reviews?limit=100`, criticPageSchema)).items).toHaveLength(34);
        for (const bad of ['0', '101', 'ten', '-1', '1.5'])
          expect((await errorOf(await req(`${MOVIE}/critic-reviews?limit=${bad}`), 400)).code).toBe('bad_query');
      });

      it('filters: band and histogram bin, totals from the summary', async () => {
        const s = await get(`${MOVIE}/critic-summary`, criticSummarySchema);
        for (const band of ['positive', 'mixed', 'negative'] as const) {
          const items = await allPages(`${MOVIE}/critic-reviews?band=${band}&sort=score-asc`, criticPageSchema, 5);
          expect(items).toHaveLength(s.distribution[band]);
          expect(items.every((r) => bandOf(r.score!, 'critic') === band)).toBe(true);
          inOrder(items, CRITIC_ORDER['score-asc']);
        }
        for (let bin = 0; bin < 10; bin++) {
          const page = await get(`${MOVIE}/critic-reviews?bin=${bin}&limit=100`, criticPageSchema);
          expect(page.total).toBe(s.histogram[bin]);
          expect(page.items.every((r) => Math.min(9, Math.floor(r.score! / 10)) === bin)).toBe(true);
        }
        const both = await get(`${MOVIE}/critic-reviews?band=mixed&bin=6&limit=100`, criticPageSchema);
        expect(both.items.every((r) => r.score === 60)).toBe(true);
        expect((await get(`${MOVIE}/critic-reviews?band=negative&bin=9`, criticPageSchema)).total).toBe(0);
        expect((await errorOf(await req(`${MOVIE}/critic-reviews?band=great`), 400)).code).toBe('bad_query');
        expect((await errorOf(await req(`${MOVIE}/critic-reviews?bin=10`), 400)).code).toBe('bad_query');
      });

      it('search: accent- and case-insensitive, every word must match, in critic, publication and text', async () => {
        for (const q of ['expose', 'EXPOSÉ', 'Exposé gleiberman']) {
          const page = await get(`${MOVIE}/critic-reviews?q=${encodeURIComponent(q)}`, criticPageSchema);
          expect(page.items.map((r) => r.critic)).toEqual(['Owen Gleiberman']);
          expect(page.total).toBe(1);
        }
        const weekly = await get(`${MOVIE}/critic-reviews?q=weekly&limit=100`, criticPageSchema);
        expect(weekly.items.length).toBeGreaterThan(0);
        expect(weekly.total).toBe(weekly.items.length);
        const none = await get(`${MOVIE}/critic-reviews?q=${encodeURIComponent('zzz qqq')}`, criticPageSchema);
        expect(none).toEqual({ items: [], nextCursor: null, total: 0 });
        // characters a SQL pattern gives a meaning to (in the text as stored, or as the server stores it) are only
        // themselves: none of them is in the seed's critic reviews, so each finds nothing
        for (const q of ['%', '_', '\\', '$', '^', '[', 'the%', 'th_']) {
          const page = await get(`${MOVIE}/critic-reviews?q=${encodeURIComponent(q)}`, criticPageSchema);
          expect(page.total, `q=${q}`).toBe(0);
        }
        const paged = await allPages(`${MOVIE}/critic-reviews?q=the&sort=newest`, criticPageSchema, 3);
        inOrder(paged, CRITIC_ORDER.newest);
        expect(paged.every((r) => /the/i.test(`${r.critic} ${r.publication ?? ''} ${r.excerpt}`))).toBe(true);
        // page by page (a search asked again: the server has counted it before) as in one page, and counted alike
        const whole = await get(`${MOVIE}/critic-reviews?q=the&sort=newest&limit=100`, criticPageSchema);
        expect(ids(paged)).toEqual(ids(whole.items));
        expect(whole.total).toBe(paged.length);
        const again = await get(`${MOVIE}/critic-reviews?q=the&sort=newest&limit=3`, criticPageSchema);
        expect(again.total).toBe(paged.length);
      });

      it('400 for a cursor that is not one, or belongs to another sort or list', async () => {
        const first = await get(`${MOVIE}/critic-reviews?limit=2`, criticPageSchema);
        const bad = async (url: string) => expect((await errorOf(await req(url), 400)).code).toBe('bad_cursor');
        await bad(`${MOVIE}/critic-reviews?cursor=not-a-cursor`);
        await bad(`${MOVIE}/critic-reviews?sort=newest&cursor=${first.nextCursor}`);
        await bad(`${MOVIE}/user-reviews?cursor=${first.nextCursor}`);
      });
    });

    describe('users', () => {
      it('summary: 6.4 from 14 published; the domain figures over the whole list', async () => {
        const s = await get(`${MOVIE}/user-summary`, userSummarySchema);
        expect(s.published).toMatchObject({ score: 6.4, count: 14 });
        expect(s.score).toBe(6.4);
        expect(s.count).toBe(14);
        expect(s.scoredReviews).toBe(3);
        expect(s.distribution).toEqual({ positive: 1, mixed: 2, negative: 0 });
        const all = await allPages(`${MOVIE}/user-reviews`, userReviewPageSchema, 100);
        expect(all).toHaveLength(13);
        expect(s.published.distribution).toEqual({ positive: 2, negative: 1, of: 6 });
        expect(s).toEqual(userSummary(all, s.published));
      });

      it('one review: the reader’s own wherever it falls in the lists; 404 for one that is not there', async () => {
        const { review } = await createReview('own-reader-01', { score: 3 });
        const one = await get(`${MOVIE}/user-reviews/${review.id}`, voteResultSchema);
        expect(one.review).toEqual(review);
        expect((await req(`${MOVIE}/user-reviews/r-not-there`)).status).toBe(404);
      });

      it.each(USER_SORTS)('sort %s: paging returns every review exactly once, in order', async (sort) => {
        await createReview('ann', { score: 2 });
        await createReview('bob', { score: 9 });
        const items = await allPages(`${MOVIE}/user-reviews?sort=${sort}`, userReviewPageSchema, 4);
        expect(items).toHaveLength(15);
        expect(new Set(ids(items)).size).toBe(15);
        inOrder(items, USER_ORDER[sort]);
      });

      it('filters: band and single score, totals from the summary; 400 for a bad one', async () => {
        await createReview('ann', { score: 2 });
        const s = await get(`${MOVIE}/user-summary`, userSummarySchema);
        for (const band of ['positive', 'mixed', 'negative'] as const) {
          for (const sort of USER_SORTS) {
            const items = await allPages(`${MOVIE}/user-reviews?band=${band}&sort=${sort}`, userReviewPageSchema, 1);
            expect(items).toHaveLength(s.distribution[band]);
            expect(items.every((r) => r.score !== null && bandOf(r.score, 'user') === band)).toBe(true);
          }
        }
        for (let score = 0; score <= 10; score++) {
          const page = await get(`${MOVIE}/user-reviews?score=${score}`, userReviewPageSchema);
          expect(page.total).toBe(s.histogram[score]);
          expect(page.items.every((r) => r.score === score)).toBe(true);
        }
        expect((await get(`${MOVIE}/user-reviews?band=positive&score=5`, userReviewPageSchema)).total).toBe(0);
        for (const bad of ['score=11', 'band=ok', 'sort=random', 'page=2'])
          expect((await errorOf(await req(`${MOVIE}/user-reviews?${bad}`), 400)).code).toBe('bad_query');
      });

      it('a filtered view follows the writes: its total and items count a review added, rescored and deleted', async () => {
        const view = (band: string) => get(`${MOVIE}/user-reviews?band=${band}&limit=100`, userReviewPageSchema);
        const positive = (await view('positive')).total;
        const negative = (await view('negative')).total;
        const { review } = await createReview('filtered-view-reader', { score: 9 });
        expect((await view('positive')).total).toBe(positive + 1);
        expect(ids((await view('positive')).items)).toContain(review.id);
        const rescored = await req(
          `${MOVIE}/user-reviews/${review.id}`,
          json('PUT', { ...validReview, score: 1 }),
          'filtered-view-reader',
        );
        expect(rescored.status).toBe(200);
        expect((await view('positive')).total).toBe(positive);
        expect(ids((await view('negative')).items)).toContain(review.id);
        expect(
          (await req(`${MOVIE}/user-reviews/${review.id}`, { method: 'DELETE' }, 'filtered-view-reader')).status,
        ).toBe(200);
        expect((await view('negative')).total).toBe(negative);
      });

      it('create: 201 with the new summary (a 10 folds 6.4 from 14 into 6.6 from 15); a replayed key answers 200 with the same review; a second review 409', async () => {
        const res = await req(`${MOVIE}/user-reviews`, json('POST', validReview, { 'idempotency-key': 'k-1' }), 'ann');
        expect(res.status).toBe(201);
        const { review, summary } = userReviewWriteSchema.parse(await res.json());
        expect(review).toMatchObject({ score: 10, author: 'Tester', title: 'Loved it', source: 'reader', version: 1 });
        expect(review.helpful).toEqual({ up: 0, down: 0 });
        expect(summary.count).toBe(15);
        expect(summary.score!.toFixed(1)).toBe('6.6');
        expect(await get(`${MOVIE}/user-summary`, userSummarySchema)).toEqual(summary);

        const again = await req(
          `${MOVIE}/user-reviews`,
          json('POST', validReview, { 'idempotency-key': 'k-1' }),
          'ann',
        );
        expect(again.status).toBe(200);
        expect(userReviewWriteSchema.parse(await again.json()).review.id).toBe(review.id);
        const second = await req(
          `${MOVIE}/user-reviews`,
          json('POST', validReview, { 'idempotency-key': 'k-2' }),
          'ann',
        );
        expect((await errorOf(second, 409)).code).toBe('already_reviewed');
        expect((await get(`${MOVIE}/user-reviews?limit=100`, userReviewPageSchema)).total).toBe(14);

        // a rating alone is enough: trimmed author, no title, no text
        const bare = await createReview('bob', { score: 0, author: '  Bo  ', title: '', text: '' });
        expect(bare.review).toMatchObject({ author: 'Bo', title: null, text: '', score: 0 });
        expect(bare.summary.count).toBe(16);
      });

      it('create: dated the reader’s calendar day as sent, when within a day of the API’s UTC date; else the UTC date', async () => {
        const utc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
        const before = Date.now();
        // a reader west of Greenwich late in the evening: still yesterday where they are
        const west = await createReview('dora', { date: utc(before - 86_400_000) });
        expect(west.review.date).toBe(utc(before - 86_400_000));
        const wrong = await createReview('eve', { date: '1999-01-01' });
        const none = await createReview('fay', {});
        for (const { review } of [wrong, none]) expect([utc(before), utc(Date.now())]).toContain(review.date);
        expect(
          (
            await errorOf(
              await req(`${MOVIE}/user-reviews`, json('POST', { ...validReview, date: 'yesterday' }), 'gus'),
              422,
            )
          ).fields,
        ).toHaveProperty('date');
      });

      it('update: If-Match versions; 412 when stale, 403 for another reader, 404 for an unknown review', async () => {
        const { review } = await createReview('ann', { score: 4 });
        const put = (id: string, body: object, reader: string, ifMatch?: string) =>
          req(
            `${MOVIE}/user-reviews/${id}`,
            json('PUT', { ...validReview, ...body }, ifMatch ? { 'if-match': ifMatch } : {}),
            reader,
          );
        const ok = await put(review.id, { score: 8, title: 'Changed my mind' }, 'ann', '"1"');
        expect(ok.status).toBe(200);
        const updated = userReviewWriteSchema.parse(await ok.json());
        expect(updated.review).toMatchObject({ id: review.id, score: 8, title: 'Changed my mind', version: 2 });
        expect(updated.review.updatedAt).not.toBeNull();
        expect(updated.summary.histogram[8]).toBe(1);
        expect(updated.summary.histogram[4]).toBe(0);
        expect((await errorOf(await put(review.id, {}, 'ann', '"1"'), 412)).code).toBe('review_changed');
        expect((await errorOf(await put(review.id, {}, 'bob', '"2"'), 403)).code).toBe('not_yours');
        expect((await errorOf(await put('r-unknown', {}, 'ann'), 404)).code).toBe('review_not_found');
        expect((await errorOf(await put('u-003-01', {}, 'ann'), 404)).code).toBe('review_not_found');
        expect((await errorOf(await put(review.id, { score: 11 }, 'ann', '"2"'), 422)).fields).toHaveProperty('score');
        expect((await errorOf(await put(review.id, {}, 'ann', 'yesterday'), 400)).code).toBe('bad_if_match');
        // without If-Match the edit applies to whatever version is stored
        expect((await put(review.id, { score: 7 }, 'ann')).status).toBe(200);
      });

      it('delete: 412 when stale, 403 for another reader, 200 with the summary, then 404; a new review may follow', async () => {
        const { review } = await createReview('ann', { score: 10 }, 'k-del');
        const del = (id: string, reader: string, ifMatch?: string) =>
          req(
            `${MOVIE}/user-reviews/${id}`,
            { method: 'DELETE', headers: ifMatch ? { 'if-match': ifMatch } : {} },
            reader,
          );
        expect((await errorOf(await del(review.id, 'ann', '"7"'), 412)).code).toBe('review_changed');
        expect((await errorOf(await del(review.id, 'bob', '"1"'), 403)).code).toBe('not_yours');
        const ok = await del(review.id, 'ann', '"1"');
        expect(ok.status).toBe(200);
        const { summary } = userReviewDeleteSchema.parse(await ok.json());
        expect(summary).toMatchObject({ score: 6.4, count: 14 });
        expect((await errorOf(await del(review.id, 'ann'), 404)).code).toBe('review_not_found');
        expect((await errorOf(await del(review.id, 'ann', '"1"'), 412)).code).toBe('review_changed');
        // the key of a deleted review no longer replays it
        const again = await createReview('ann', { score: 3 }, 'k-del');
        expect(again.review.id).not.toBe(review.id);
        expect(again.summary.count).toBe(15);
      });

      it('votes: one per reader, changed or withdrawn; 404 for an unknown review, 422 for an unknown vote', async () => {
        const { review } = await createReview('ann');
        const vote = (id: string, v: unknown, reader: string) =>
          req(`${MOVIE}/user-reviews/${id}/votes`, json('POST', { vote: v }), reader);
        const helpful = async (res: Response) => {
          expect(res.status).toBe(200);
          return voteResultSchema.parse(await res.json()).review.helpful;
        };
        expect(await helpful(await vote(review.id, 'up', 'bob'))).toEqual({ up: 1, down: 0 });
        expect(await helpful(await vote(review.id, 'up', 'bob'))).toEqual({ up: 1, down: 0 });
        expect(await helpful(await vote(review.id, 'down', 'cat'))).toEqual({ up: 1, down: 1 });
        expect(await helpful(await vote(review.id, 'down', 'bob'))).toEqual({ up: 0, down: 2 });
        expect(await helpful(await vote(review.id, 'none', 'cat'))).toEqual({ up: 0, down: 1 });
        expect(await helpful(await vote('u-003-02', 'up', 'bob'))).toEqual({ up: 1, down: 0 });
        const listed = await get(`${MOVIE}/user-reviews?sort=helpful&limit=1`, userReviewPageSchema);
        expect(listed.items[0]!.id).toBe('u-003-02');
        expect((await errorOf(await vote('r-unknown', 'up', 'bob'), 404)).code).toBe('review_not_found');
        expect((await errorOf(await vote(review.id, 'maybe', 'bob'), 422)).fields).toHaveProperty('vote');
      });

      it('paging holds a total order: reviews added, edited, deleted and voted on between pages skip or repeat nothing else', async () => {
        const mine: UserReview[] = [];
        for (let i = 0; i < 12; i++) mine.push((await createReview(`reader${i}`, { score: i % 11 })).review);
        for (const sort of USER_SORTS) {
          const touched = new Set<string>();
          const before = await allPages(`${MOVIE}/user-reviews?sort=${sort}`, userReviewPageSchema, 100);
          const seen = await allPages(`${MOVIE}/user-reviews?sort=${sort}`, userReviewPageSchema, 4, async (page) => {
            const edit = mine[page % mine.length]!;
            const del = mine[(page + 5) % mine.length]!;
            const voteOn = before[(page * 3) % before.length]!;
            touched.add(edit.id).add(del.id).add(voteOn.id);
            const current = await req(
              `${MOVIE}/user-reviews/${edit.id}`,
              json('PUT', { ...validReview, score: (page * 7) % 11 }),
              `reader${mine.indexOf(edit)}`,
            );
            expect([200, 404]).toContain(current.status);
            const gone = await req(
              `${MOVIE}/user-reviews/${del.id}`,
              { method: 'DELETE' },
              `reader${mine.indexOf(del)}`,
            );
            expect([200, 404]).toContain(gone.status);
            const voted = await req(
              `${MOVIE}/user-reviews/${voteOn.id}/votes`,
              json('POST', { vote: page % 2 ? 'up' : 'down' }),
              `voter${page}`,
            );
            expect([200, 404]).toContain(voted.status);
            await createReview(`newcomer-${sort}-${page}`, { score: page % 11 });
          });
          const untouched = before.filter((r) => !touched.has(r.id));
          const seenIds = ids(seen);
          for (const r of untouched) expect(seenIds.filter((id) => id === r.id)).toHaveLength(1);
          // every page resumed after the last key of the one before: the keys seen only ever move forward
          const spec = USER_ORDER[sort];
          for (let i = 1; i < seen.length; i++)
            expect(compareKeys(spec.key(seen[i - 1]!), spec.key(seen[i]!), spec.directions)).toBeLessThan(0);
          await t().reset();
          mine.length = 0;
          for (let i = 0; i < 12; i++) mine.push((await createReview(`reader${i}`, { score: i % 11 })).review);
        }
      });
    });

    describe('parents and kids', () => {
      it('summary, list by role and create: 201, a replayed key 200, 422 per field; the domain figures', async () => {
        const empty = await get(`${MOVIE}/family-summary`, familySummarySchema);
        expect(empty.parents).toMatchObject({ count: 0, medianAge: null });
        const post = (body: object, key?: string) =>
          req(
            `${MOVIE}/family-reviews`,
            json('POST', { ...validFamily, ...body }, key ? { 'idempotency-key': key } : {}),
          );
        const first = await post({ age: 10 }, 'f-1');
        expect(first.status).toBe(201);
        const created = familyReviewWriteSchema.parse(await first.json());
        expect(created.review).toMatchObject({ role: 'parent', age: 10, stars: 4, author: 'A parent' });
        expect(created.summary.parents).toMatchObject({ count: 1, medianAge: 10 });
        const replay = await post({ age: 10 }, 'f-1');
        expect(replay.status).toBe(200);
        expect(familyReviewWriteSchema.parse(await replay.json()).review.id).toBe(created.review.id);
        expect((await post({ age: 13 })).status).toBe(201);
        expect((await post({ role: 'kid', age: 8, author: '' })).status).toBe(201);
        const s = await get(`${MOVIE}/family-summary`, familySummarySchema);
        expect(s.parents).toMatchObject({ count: 2, medianAge: 12 });
        expect(s.kids).toMatchObject({ count: 1, medianAge: 8 });
        const all = await allPages(`${MOVIE}/family-reviews`, familyReviewPageSchema, 2);
        expect(all).toHaveLength(3);
        inOrder(all, FAMILY_ORDER);
        expect(s).toEqual(familySummary(all));
        const kids = await get(`${MOVIE}/family-reviews?role=kid`, familyReviewPageSchema);
        expect(kids.total).toBe(1);
        expect(kids.items[0]).toMatchObject({ role: 'kid', author: null });
        expect((await errorOf(await req(`${MOVIE}/family-reviews?role=teacher`), 400)).code).toBe('bad_query');
        const invalid = await errorOf(await post({ age: 1, stars: 6, text: 'short', role: 'teacher' }), 422);
        expect(Object.keys(invalid.fields!).sort()).toEqual(['age', 'role', 'stars', 'text']);
      });
    });

    describe('bad requests', () => {
      const url = `${MOVIE}/user-reviews`;
      it('400 malformed JSON, 415 another content type, 413 over 64 KB, 422 with a message per field', async () => {
        expect((await errorOf(await req(url, json('POST', '{"score": 10,'), 'ann'), 400)).code).toBe('malformed_json');
        const text = await req(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' }, 'ann');
        expect((await errorOf(text, 415)).code).toBe('unsupported_media_type');
        const huge = await req(url, json('POST', { ...validReview, text: 'x'.repeat(70 * 1024) }), 'ann');
        expect((await errorOf(huge, 413)).code).toBe('payload_too_large');
        const invalid = await errorOf(
          await req(url, json('POST', { score: 11, author: 'x', text: 'short', extra: 1 }), 'ann'),
          422,
        );
        expect(invalid.code).toBe('validation_failed');
        expect(Object.keys(invalid.fields!).sort()).toEqual(['_', 'author', 'score', 'text']);
        expect(invalid.fields!.text![0]).toMatch(/at least 75/);
        expect((await get(`${MOVIE}/user-summary`, userSummarySchema)).count).toBe(14);
      });

      it('400 for unknown or repeated query parameters and a body where none is taken; 414 for a huge address', async () => {
        expect((await errorOf(await req(`${MOVIE}?x=1`), 400)).code).toBe('bad_query');
        expect((await errorOf(await req(`${url}?band=mixed&band=positive`), 400)).code).toBe('bad_query');
        const del = await req(
          `${url}/r-x`,
          { method: 'DELETE', body: 'x', headers: { 'content-type': 'text/plain' } },
          'ann',
        );
        expect((await errorOf(del, 400)).code).toBe('unexpected_body');
        expect((await errorOf(await req(`${MOVIE}/critic-reviews?q=${'a'.repeat(9000)}`), 414)).code).toBe(
          'uri_too_long',
        );
      });
    });

    it('reset: 204, and what readers added is gone', async () => {
      await createReview('ann');
      const res = await req('/api/reset', { method: 'POST' });
      expect(res.status).toBe(204);
      expect((await get(`${MOVIE}/user-summary`, userSummarySchema)).count).toBe(14);
    });
  });
}
