import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { API_ROUTES } from '@/domain/api-routes';
import { apiErrorBodySchema, familyReviewInputSchema, userReviewInputSchema, voteInputSchema } from '@/domain/schemas';
import { createApi, type MockApi } from './app';
import { webStorage, type StorageAdapter } from './storage';

const MOVIE = '/api/movies/wont-back-down';
const OWNER = 'reader-fuzz-owner-01';
const validUser = { score: 7, author: 'Fuzzer', title: 'Solid', text: 'z'.repeat(90), spoiler: false };
const validFamily = { role: 'parent', author: 'Pat', age: 11, stars: 3, text: 'Fine for older kids, slow start.' };
const validVote = { vote: 'up' };

let api: MockApi;
let storage: StorageAdapter;
let ownId: string;

interface Snapshot {
  stored: string;
  views: string[];
}

/** Everything a reader could see, read back through the API, plus what the storage adapter holds. */
async function snapshot(): Promise<Snapshot> {
  const views = [];
  for (const path of [MOVIE, `${MOVIE}/user-reviews`, `${MOVIE}/family-reviews`, `${MOVIE}/critic-reviews`]) {
    const res = await api.request(path);
    expect(res.status).toBe(200);
    views.push(await res.text());
  }
  return { stored: JSON.stringify(storage.read()), views };
}

const jsonInit = (method: string, body: BodyInit | null, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', 'x-reader-id': OWNER, ...headers },
  body,
});

/** Sends a request and checks: 4xx, a JSON error matching the contract, nothing stored changed. */
async function expectRejected(path: string, init: RequestInit = {}, status?: number) {
  const before = await snapshot();
  const res = await api.request(path, init);
  expect(res.status, `${init.method ?? 'GET'} ${path.slice(0, 120)}`).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  if (status !== undefined) expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(apiErrorBodySchema.safeParse(await res.json()).success).toBe(true);
  expect(await snapshot()).toEqual(before);
}

/** Every route that takes a JSON body, with a valid body and the schema it is checked against. */
const writeRoutes = () =>
  [
    { method: 'POST', path: `${MOVIE}/user-reviews`, valid: validUser, schema: userReviewInputSchema },
    { method: 'PUT', path: `${MOVIE}/user-reviews/${ownId}`, valid: validUser, schema: userReviewInputSchema },
    { method: 'POST', path: `${MOVIE}/user-reviews/${ownId}/votes`, valid: validVote, schema: voteInputSchema },
    { method: 'POST', path: `${MOVIE}/family-reviews`, valid: validFamily, schema: familyReviewInputSchema },
  ] as const;

/** Every declared read route of the movie (and health), from the route declarations. */
const getRoutes = Object.values(API_ROUTES)
  .filter((r) => r.method === 'GET' && !r.path.includes(':rid'))
  .map((r) => `/api${r.path.replace(':id', 'wont-back-down')}`);

beforeEach(async () => {
  localStorage.clear();
  storage = webStorage(localStorage);
  api = createApi({ storage });
  // One review of the owner's already stored, so PUT, DELETE and votes have something to hit (and to protect).
  const res = await api.request(`${MOVIE}/user-reviews`, jsonInit('POST', JSON.stringify(validUser)));
  expect(res.status).toBe(201);
  ownId = ((await res.json()) as { review: { id: string } }).review.id;
  const fam = await api.request(`${MOVIE}/family-reviews`, jsonInit('POST', JSON.stringify(validFamily)));
  expect(fam.status).toBe(201);
});

describe('bad input at the API: every route answers 4xx with a JSON error and stores nothing', () => {
  it('arbitrary JSON of the wrong shape on every write route (fast-check)', async () => {
    for (const route of writeRoutes()) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          fc.pre(!route.schema.safeParse(value).success);
          await expectRejected(route.path, jsonInit(route.method, JSON.stringify(value)), 422);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('wrong types for each field of a valid body (fast-check)', async () => {
    const wrong = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer()),
      fc.dictionary(fc.string(), fc.integer()),
    );
    for (const route of writeRoutes()) {
      const keys = Object.keys(route.valid);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...keys), wrong, async (key, value) => {
          const body = { ...route.valid, [key]: value };
          fc.pre(!route.schema.safeParse(body).success);
          await expectRejected(route.path, jsonInit(route.method, JSON.stringify(body)), 422);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('missing required fields and extra fields', async () => {
    for (const route of writeRoutes()) {
      for (const key of Object.keys(route.valid)) {
        const { [key]: _gone, ...body } = route.valid as Record<string, unknown>;
        if (route.schema.safeParse(body).success) continue; // an optional field
        await expectRejected(route.path, jsonInit(route.method, JSON.stringify(body)), 422);
      }
      await expectRejected(route.path, jsonInit(route.method, JSON.stringify({ ...route.valid, isAdmin: true })), 422);
      await expectRejected(route.path, jsonInit(route.method, JSON.stringify({ ...route.valid, ownerId: 'x' })), 422);
      await expectRejected(route.path, jsonInit(route.method, 'null'), 422);
      await expectRejected(route.path, jsonInit(route.method, ''), 400);
      await expectRejected(route.path, jsonInit(route.method, '{"score": 7,'), 400);
    }
  });

  it('huge bodies (1 MB and more), with and without a declared length', async () => {
    const huge = JSON.stringify({ ...validUser, text: 'x'.repeat(1024 * 1024) });
    for (const route of writeRoutes()) {
      await expectRejected(route.path, jsonInit(route.method, huge), 413);
      await expectRejected(
        route.path,
        jsonInit(route.method, huge, { 'content-length': String(new TextEncoder().encode(huge).length) }),
        413,
      );
    }
    await expectRejected(`${MOVIE}/user-reviews/${ownId}`, jsonInit('DELETE', huge));
    await expectRejected('/api/reset', jsonInit('POST', huge));
  });

  it('invalid UTF-8 bytes in the body and in the address', async () => {
    const bytes = [
      [0xff, 0xfe, 0xfd],
      [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d], // {"a":"\xC3("}
      [0xed, 0xa0, 0x80], // a lone surrogate, encoded
      [0xf8, 0x88, 0x80, 0x80, 0x80], // a five-byte sequence
    ];
    for (const route of writeRoutes()) {
      for (const b of bytes) await expectRejected(route.path, jsonInit(route.method, new Uint8Array(b)), 400);
    }
    for (const path of getRoutes) await expectRejected(`${path}?band=%FF%FE`, {}, 400);
    await expectRejected(`${MOVIE}/critic-reviews?q=%C3%28`, {}, 400);
    await expectRejected(`/api/movies/%FF/user-reviews`, jsonInit('POST', JSON.stringify(validUser)), 400);
  });

  it('wrong content types', async () => {
    const body = JSON.stringify(validUser);
    for (const route of writeRoutes()) {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/jsonp',
        'application/xml',
      ]) {
        await expectRejected(route.path, jsonInit(route.method, body, { 'content-type': type }), 415);
      }
      const { 'content-type': _ct, ...noType } = jsonInit(route.method, body).headers as Record<string, string>;
      await expectRejected(route.path, { method: route.method, headers: noType, body: new Blob([body]) }, 415);
    }
  });

  it('wrong methods on every route', async () => {
    const wrong: [string, string][] = [
      ['POST', '/api/health'],
      ['PUT', MOVIE],
      ['POST', MOVIE],
      ['DELETE', MOVIE],
      ['PATCH', `${MOVIE}/user-reviews/${ownId}`],
      ['PUT', `${MOVIE}/user-reviews`],
      ['DELETE', `${MOVIE}/user-reviews`],
      ['POST', `${MOVIE}/critic-reviews`],
      ['DELETE', `${MOVIE}/critic-reviews`],
      ['POST', `${MOVIE}/parent-guide`],
      ['PUT', `${MOVIE}/family-reviews`],
      ['DELETE', `${MOVIE}/family-reviews`],
      ['GET', `${MOVIE}/user-reviews/${ownId}/votes`],
      ['PUT', `${MOVIE}/user-reviews/${ownId}/votes`],
      ['GET', '/api/reset'],
      ['DELETE', '/api/reset'],
    ];
    for (const [method, path] of wrong) {
      const init = method === 'GET' ? {} : jsonInit(method, JSON.stringify(validUser));
      await expectRejected(path, init);
    }
  });

  it('bad query strings on the read routes: wrong values, unknown and repeated parameters, a huge address', async () => {
    const cases = [
      `${MOVIE}/critic-reviews?band=great`,
      `${MOVIE}/critic-reviews?sort=random`,
      `${MOVIE}/critic-reviews?band=positive&band=mixed`,
      `${MOVIE}/critic-reviews?admin=1`,
      `${MOVIE}/user-reviews?band=7`,
      `${MOVIE}/user-reviews?sort[]=date`,
      `${MOVIE}/family-reviews?role=grandparent`,
      `${MOVIE}/family-reviews?role=parent&extra=1`,
      `${MOVIE}?include=everything`,
      `${MOVIE}/parent-guide?age=9`,
      `/api/health?x=1`,
      `${MOVIE}/critic-reviews?q=${'a'.repeat(1024 * 1024)}`,
      `${MOVIE}/critic-reviews?limit=0`,
      `${MOVIE}/critic-reviews?limit=101`,
      `${MOVIE}/critic-reviews?limit=1.5`,
      `${MOVIE}/critic-reviews?bin=10`,
      `${MOVIE}/critic-reviews?cursor=not-a-cursor`,
      `${MOVIE}/user-reviews?score=11`,
      `${MOVIE}/user-reviews?cursor=${encodeURIComponent(btoa('["score-desc",50,"x","c-1"]'))}`,
      `${MOVIE}/critic-summary?band=mixed`,
    ];
    for (const path of cases) await expectRejected(path);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...getRoutes), fc.string({ minLength: 1 }), async (route, key) => {
        fc.pre(!['band', 'bin', 'score', 'sort', 'q', 'role', 'limit', 'cursor'].includes(key));
        await expectRejected(`${route}?${encodeURIComponent(key)}=1`);
      }),
      { numRuns: 40 },
    );
  });

  it('identity problems on the write routes: no reader, a malformed reader, another reader, an unknown review', async () => {
    const body = JSON.stringify(validUser);
    for (const reader of ['', 'short', 'has spaces in it!', 'x'.repeat(65)]) {
      await expectRejected(`${MOVIE}/user-reviews`, jsonInit('POST', body, { 'x-reader-id': reader }), 400);
      await expectRejected(`${MOVIE}/user-reviews/${ownId}`, jsonInit('DELETE', null, { 'x-reader-id': reader }), 400);
    }
    const stranger = { 'x-reader-id': 'reader-stranger-001' };
    await expectRejected(`${MOVIE}/user-reviews/${ownId}`, jsonInit('PUT', body, stranger), 403);
    await expectRejected(`${MOVIE}/user-reviews/${ownId}`, jsonInit('DELETE', null, stranger), 403);
    await expectRejected(`${MOVIE}/user-reviews/r-nope`, jsonInit('PUT', body), 404);
    await expectRejected(`${MOVIE}/user-reviews/r-nope/votes`, jsonInit('POST', JSON.stringify(validVote)), 404);
    await expectRejected(`/api/movies/nope/family-reviews`, jsonInit('POST', JSON.stringify(validFamily)), 404);
    await expectRejected(`${MOVIE}/user-reviews`, jsonInit('POST', body), 409);
  });
});
