import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_ROUTES } from '@/domain/api-routes';
import { apiErrorBodySchema, movieResponseSchema, userReviewPageSchema } from '@/domain/schemas';
import { apiRequest, configureClient } from '@/api/client';
import { isApiError } from '@/api/errors';
import { createApi } from './app';
import {
  faultRouteOf,
  NetworkFault,
  parseFaultPlan,
  TRUNCATED_JSON,
  CONTRACT_BREAKING_BODY,
  type FaultKind,
  type FaultPlan,
} from './faults';
import { memoryStorage } from './storage';

const MOVIE = '/api/movies/wont-back-down';
const READER = 'reader-test-000001';
const review = { score: 8, author: 'Faulty', title: 'Hm', text: 'y'.repeat(80), spoiler: false };
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-reader-id': READER, ...headers },
  body: JSON.stringify(body),
});

afterEach(() => {
  vi.useRealTimers();
});

describe('faultRouteOf', () => {
  it('names every route of the API by method and path', () => {
    expect(faultRouteOf('GET', MOVIE)).toBe('movie');
    expect(faultRouteOf('GET', `${MOVIE}/critic-reviews`)).toBe('critic-reviews');
    expect(faultRouteOf('GET', `${MOVIE}/user-reviews`)).toBe('user-reviews');
    expect(faultRouteOf('POST', `${MOVIE}/user-reviews`)).toBe('user-review-write');
    expect(faultRouteOf('PUT', `${MOVIE}/user-reviews/r-1`)).toBe('user-review-write');
    expect(faultRouteOf('DELETE', `${MOVIE}/user-reviews/r-1`)).toBe('user-review-write');
    expect(faultRouteOf('POST', `${MOVIE}/user-reviews/r-1/votes`)).toBe('user-review-write');
    expect(faultRouteOf('GET', `${MOVIE}/parent-guide`)).toBe('parent-guide');
    expect(faultRouteOf('GET', `${MOVIE}/family-reviews`)).toBe('family-reviews');
    expect(faultRouteOf('POST', `${MOVIE}/family-reviews`)).toBe('family-review-write');
    expect(faultRouteOf('GET', '/api/health')).toBeNull();
    expect(faultRouteOf('POST', '/api/reset')).toBeNull();
    expect(faultRouteOf('GET', `${MOVIE}/user-reviews/r-1`)).toBe('user-reviews');
    expect(faultRouteOf('GET', `${MOVIE}/critic-summary`)).toBe('critic-reviews');
    expect(faultRouteOf('GET', `${MOVIE}/user-summary`)).toBe('user-reviews');
    expect(faultRouteOf('GET', `${MOVIE}/family-summary`)).toBe('family-reviews');
    expect(faultRouteOf('GET', '/api/openapi.json')).toBeNull();
    expect(faultRouteOf('PATCH', `${MOVIE}/user-reviews/r-1`)).toBeNull();
  });
});

describe('parseFaultPlan', () => {
  it('reads kinds, latency and several routes, and ignores what it does not know', () => {
    expect(parseFaultPlan('user-reviews:http503,movie:latency=3000')).toEqual({
      'user-reviews': { kind: 'http503' },
      movie: { latencyMs: 3000 },
    });
    expect(parseFaultPlan('*:latency=500+network')).toEqual({ '*': { latencyMs: 500, kind: 'network' } });
    expect(parseFaultPlan('movie:latency=99999')).toEqual({ movie: { latencyMs: 10_000 } });
    expect(parseFaultPlan('nope:http500,movie:teapot,movie,critic-reviews:contract')).toEqual({
      'critic-reviews': { kind: 'contract' },
    });
    expect(parseFaultPlan('off')).toEqual({});
    expect(parseFaultPlan('')).toEqual({});
    expect(parseFaultPlan(null)).toEqual({});
  });
});

describe('fault middleware', () => {
  it('answers 500 and 503 with a JSON error on the faulted route only', async () => {
    const api = createApi({ faults: { 'user-reviews': { kind: 'http500' }, movie: { kind: 'http503' } } });
    const users = await api.request(`${MOVIE}/user-reviews`);
    expect(users.status).toBe(500);
    expect(apiErrorBodySchema.safeParse(await users.json()).success).toBe(true);
    const movie = await api.request(MOVIE);
    expect(movie.status).toBe(503);
    expect(movie.headers.get('retry-after')).toBe('1');
    expect((await api.request(`${MOVIE}/critic-reviews`)).status).toBe(200);
    expect((await api.request('/api/health')).status).toBe(200);
  });

  it('makes the transport reject with a TypeError for a network fault, and the client calls it a network error', async () => {
    const api = createApi({ faults: { '*': { kind: 'network' } } });
    await expect(api.request(MOVIE)).rejects.toBeInstanceOf(TypeError);
    await expect(api.request(MOVIE)).rejects.toBeInstanceOf(NetworkFault);
    configureClient({ transport: (r) => api.fetch(r), baseUrl: 'http://localhost' });
    const error = await apiRequest(MOVIE, { schema: movieResponseSchema }).catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('network');
  });

  it('sends truncated JSON and a contract-breaking body with status 200, which the client reports as contract errors', async () => {
    const api = createApi({ faults: { movie: { kind: 'malformed-json' }, 'user-reviews': { kind: 'contract' } } });
    const raw = await api.request(MOVIE);
    expect(raw.status).toBe(200);
    expect(await raw.text()).toBe(TRUNCATED_JSON);
    configureClient({ transport: (r) => api.fetch(r), baseUrl: 'http://localhost' });
    for (const [path, schema] of [
      [MOVIE, movieResponseSchema],
      [`${MOVIE}/user-reviews`, userReviewPageSchema],
    ] as const) {
      const error = await apiRequest(path, { schema }).catch((e: unknown) => e);
      expect(isApiError(error) && error.kind).toBe('contract');
    }
  });

  it('breaks every faultable route’s contract with the same body', () => {
    for (const route of Object.values(API_ROUTES)) {
      if (!route.fault) continue;
      for (const schema of Object.values(route.responses)) {
        if (schema) expect(schema.safeParse(CONTRACT_BREAKING_BODY).success).toBe(false);
      }
    }
  });

  it('waits for the latency, then answers normally', async () => {
    vi.useFakeTimers();
    const api = createApi({ faults: { 'parent-guide': { latencyMs: 3000 } } });
    let settled = false;
    const res = Promise.resolve(api.request(`${MOVIE}/parent-guide`)).then((r) => {
      settled = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(2900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await res).status).toBe(200);
  });

  it.each<FaultKind>(['http500', 'http503', 'network', 'malformed-json', 'contract'])(
    'stores nothing when a write meets a %s fault',
    async (kind) => {
      const storage = memoryStorage();
      let plan: FaultPlan = { 'user-review-write': { kind }, 'family-review-write': { kind } };
      const api = createApi({ storage, faults: () => plan });
      const family = { role: 'parent', age: 10, stars: 4, text: 'A fine film for a family evening.' };
      await Promise.resolve(api.request(`${MOVIE}/user-reviews`, post(review, { 'idempotency-key': 'k-1' }))).catch(
        () => null,
      );
      await Promise.resolve(api.request(`${MOVIE}/family-reviews`, post(family))).catch(() => null);
      expect(storage.read()).toBeNull();
      // The fault clears: the same submission (same idempotency key) goes through once.
      plan = {};
      const first = await api.request(`${MOVIE}/user-reviews`, post(review, { 'idempotency-key': 'k-1' }));
      const again = await api.request(`${MOVIE}/user-reviews`, post(review, { 'idempotency-key': 'k-1' }));
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(storage.read()?.users).toHaveLength(1);
    },
  );

  it('stores nothing when the caller gives up during the latency of a write', async () => {
    const storage = memoryStorage();
    const api = createApi({ storage, faults: { 'user-review-write': { latencyMs: 10_000 } } });
    const abort = new AbortController();
    const req = new Request(`http://localhost${MOVIE}/user-reviews`, { ...post(review), signal: abort.signal });
    const answer = api.fetch(req);
    abort.abort(new DOMException('timed out', 'TimeoutError'));
    await expect(answer).rejects.toThrow('timed out');
    expect(storage.read()).toBeNull();
  });

  it('reads a function plan on every request, so a fault can be switched off', async () => {
    let plan: FaultPlan = { '*': { kind: 'http500' } };
    const api = createApi({ faults: () => plan });
    expect((await api.request(`${MOVIE}/critic-reviews`)).status).toBe(500);
    plan = {};
    expect((await api.request(`${MOVIE}/critic-reviews`)).status).toBe(200);
  });
});
