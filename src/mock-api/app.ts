import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { allAggregates } from '@/domain/aggregates';
import { readerDate } from '@/domain/dates';
import { isBand, queryCritics, queryUserReviews, CRITIC_SORTS, USER_SORTS } from '@/domain/review-query';
import {
  familyReviewInputSchema,
  familyRoleSchema,
  userReviewInputSchema,
  voteInputSchema,
  type ApiErrorBody,
  type FamilyReview,
  type UserReview,
} from '@/domain/schemas';
import { faultMiddleware, faultRouteOf, isNetworkFault, type FaultPlan, type FaultRoute } from './faults';
import { seed as defaultSeed, type Seed, type SeedMovie } from './seed';
import { emptyAdditions, memoryStorage, type Additions, type StorageAdapter, type StoredUserReview } from './storage';

export const MAX_BODY_BYTES = 64 * 1024;
export const READER_HEADER = 'x-reader-id';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const MAX_URL_LENGTH = 8 * 1024;

/** The query parameters each route accepts; any other (or a repeated one) is a 400. Add a route's new ones here. */
export const QUERY_PARAMS: Record<FaultRoute, readonly string[]> = {
  movie: [],
  'critic-reviews': ['band', 'sort', 'q'],
  'user-reviews': ['band', 'sort'],
  'user-review-write': [],
  'parent-guide': [],
  'family-reviews': ['role'],
  'family-review-write': [],
};

export interface ApiOptions {
  storage?: StorageAdapter;
  seed?: Seed;
  now?: () => Date;
  newId?: () => string;
  /** injected faults per route (see faults.ts); a function is read on every request */
  faults?: FaultPlan | (() => FaultPlan);
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function errorBody(code: string, message: string, fields?: Record<string, string[]>): ApiErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 414 | 415 | 422,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
}

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    const msg =
      issue.code === 'unrecognized_keys'
        ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
        : issue.message;
    (fields[key] ??= []).push(msg);
  }
  return fields;
}

/** Reads a JSON body: 415 for another content type, 413 past the limit, 400 for malformed JSON, 422 for the schema. */
async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, errorBody('unsupported_media_type', 'Send the body as application/json.'));
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES)
    throw new HttpError(413, errorBody('payload_too_large', 'The request body is too large.'));
  const buf = await c.req.arrayBuffer();
  if (buf.byteLength > MAX_BODY_BYTES)
    throw new HttpError(413, errorBody('payload_too_large', 'The request body is too large.'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new HttpError(400, errorBody('invalid_encoding', 'The request body is not valid UTF-8.'));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, errorBody('malformed_json', 'The request body is not valid JSON.'));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new HttpError(422, errorBody('validation_failed', 'Some fields need attention.', fieldErrors(parsed.error)));
  }
  return parsed.data;
}

export function createApi(options: ApiOptions = {}) {
  const storage = options.storage ?? memoryStorage();
  const seedData = options.seed ?? defaultSeed;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;

  const load = (): Additions => storage.read() ?? emptyAdditions();
  const save = (a: Additions) => storage.write(a);

  const movieOr404 = (id: string): SeedMovie => {
    const m = seedData.movies.find((x) => x.movie.id === id);
    if (!m) throw new HttpError(404, errorBody('movie_not_found', `No movie with id “${id}”.`));
    return m;
  };

  const publicUserReview = (r: StoredUserReview): UserReview => {
    const { ownerId: _owner, ...rest } = r;
    return rest;
  };

  /** Seed reviews plus reader reviews, with every reader's helpful votes counted in. */
  const userReviewsOf = (m: SeedMovie, a: Additions): UserReview[] => {
    const all = [...m.users, ...a.users.filter((r) => r.movieId === m.movie.id).map(publicUserReview)];
    return all.map((r) => {
      const votes = a.votes[r.id];
      if (!votes) return r;
      let up = r.helpful.up;
      let down = r.helpful.down;
      for (const v of Object.values(votes)) {
        if (v === 'up') up += 1;
        else down += 1;
      }
      return { ...r, helpful: { up, down } };
    });
  };
  const familyOf = (m: SeedMovie, a: Additions): FamilyReview[] => [
    ...m.family,
    ...a.family.filter((r) => r.movieId === m.movie.id),
  ];

  const readerOf = (c: Context): string => {
    const id = c.req.header(READER_HEADER)?.trim() ?? '';
    if (!/^[\w-]{8,64}$/.test(id)) {
      throw new HttpError(400, errorBody('reader_required', 'This action needs a reader id (X-Reader-Id header).'));
    }
    return id;
  };

  const app = new Hono().basePath('/api');

  // Bad input that no handler should see: an over-long or badly encoded URL, unknown or repeated query
  // parameters, and a body sent to a route that takes none (DELETE, reset).
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    if (c.req.url.length > MAX_URL_LENGTH)
      throw new HttpError(414, errorBody('uri_too_long', 'The address is too long.'));
    try {
      decodeURIComponent(url.pathname + url.search);
    } catch {
      throw new HttpError(400, errorBody('invalid_encoding', 'The address is not valid UTF-8.'));
    }
    const route = faultRouteOf(c.req.method, url.pathname);
    const allowed = route
      ? QUERY_PARAMS[route]
      : url.pathname === '/api/health' || url.pathname === '/api/reset'
        ? []
        : null;
    if (allowed) {
      const keys = [...url.searchParams.keys()];
      const unknown = keys.filter((k) => !allowed.includes(k));
      if (unknown.length)
        throw new HttpError(
          400,
          errorBody('bad_query', `Unknown query parameter: ${[...new Set(unknown)].join(', ')}.`),
        );
      if (new Set(keys).size !== keys.length)
        throw new HttpError(400, errorBody('bad_query', 'Each query parameter may appear once.'));
    }
    if (c.req.method === 'DELETE' || url.pathname === '/api/reset') {
      if (c.req.raw.body && (await c.req.arrayBuffer()).byteLength > 0)
        throw new HttpError(400, errorBody('unexpected_body', 'This request takes no body.'));
    }
    return next();
  });
  if (options.faults) app.use('*', faultMiddleware(options.faults));

  app.onError((err, c) => {
    // An injected network fault must reach the transport as a rejection, like fetch's TypeError.
    if (isNetworkFault(err)) throw err;
    if (err instanceof HttpError) return c.json(err.body, err.status);
    console.error(err);
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
  });
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404),
  );

  app.get('/health', (c) => c.json({ ok: true, durable: storage.durable }));

  app.get('/movies/:id', (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const a = load();
    return c.json({
      movie: m.movie,
      published: m.published,
      aggregates: allAggregates({
        critics: m.critics,
        users: userReviewsOf(m, a),
        family: familyOf(m, a),
        published: m.published,
      }),
    });
  });

  const bandParam = (c: Context) => {
    const band = c.req.query('band');
    if (band === undefined || band === '' || band === 'all') return null;
    if (!isBand(band)) throw new HttpError(400, errorBody('bad_query', 'band must be positive, mixed or negative.'));
    return band;
  };
  const sortParam = <S extends string>(c: Context, allowed: readonly S[]): S | undefined => {
    const sort = c.req.query('sort');
    if (sort === undefined || sort === '') return undefined;
    if (!(allowed as readonly string[]).includes(sort)) {
      throw new HttpError(400, errorBody('bad_query', `sort must be one of ${allowed.join(', ')}.`));
    }
    return sort as S;
  };

  app.get('/movies/:id/critic-reviews', (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const band = bandParam(c);
    const sort = sortParam(c, CRITIC_SORTS);
    const q = c.req.query('q') ?? '';
    const featured = m.critics.filter((r) => r.featured);
    const scored = queryCritics(m.critics, { band, sort, q });
    const items = band || q ? scored : [...featured, ...scored];
    return c.json({ items, total: items.length });
  });

  app.get('/movies/:id/user-reviews', (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const items = queryUserReviews(userReviewsOf(m, load()), { band: bandParam(c), sort: sortParam(c, USER_SORTS) });
    return c.json({ items, total: items.length });
  });

  app.post('/movies/:id/user-reviews', async (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const reader = readerOf(c);
    const input = await readJson(c, userReviewInputSchema);
    const a = load();
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key) {
      const existingId = a.idempotency[key];
      const existing = existingId ? a.users.find((r) => r.id === existingId) : undefined;
      if (existing) return c.json(publicUserReview(existing), 200);
    }
    if (a.users.some((r) => r.movieId === m.movie.id && r.ownerId === reader)) {
      throw new HttpError(
        409,
        errorBody('already_reviewed', 'You have already reviewed this movie; update your review instead.'),
      );
    }
    const at = now();
    const review: StoredUserReview = {
      id: `r-${newId()}`,
      movieId: m.movie.id,
      author: input.author,
      date: readerDate(input.date, at),
      score: input.score,
      title: input.title || null,
      text: input.text,
      isExcerpt: false,
      spoiler: input.spoiler,
      helpful: { up: 0, down: 0 },
      source: 'reader',
      updatedAt: null,
      ownerId: reader,
    };
    a.users.push(review);
    if (key) a.idempotency[key] = review.id;
    save(a);
    return c.json(publicUserReview(review), 201);
  });

  const ownReview = (c: Context, a: Additions) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const reader = readerOf(c);
    const rid = c.req.param('rid') ?? '';
    const review = a.users.find((r) => r.id === rid && r.movieId === m.movie.id);
    if (!review) throw new HttpError(404, errorBody('review_not_found', 'That review does not exist (any more).'));
    if (review.ownerId !== reader)
      throw new HttpError(403, errorBody('not_yours', 'Only its author can change this review.'));
    return review;
  };

  app.put('/movies/:id/user-reviews/:rid', async (c) => {
    const a = load();
    const review = ownReview(c, a);
    const input = await readJson(c, userReviewInputSchema);
    Object.assign(review, {
      author: input.author,
      score: input.score,
      title: input.title || null,
      text: input.text,
      spoiler: input.spoiler,
      updatedAt: now().toISOString(),
    });
    save(a);
    return c.json(publicUserReview(review));
  });

  app.delete('/movies/:id/user-reviews/:rid', (c) => {
    const a = load();
    const review = ownReview(c, a);
    a.users = a.users.filter((r) => r !== review);
    delete a.votes[review.id];
    for (const [k, v] of Object.entries(a.idempotency)) if (v === review.id) delete a.idempotency[k];
    save(a);
    return c.body(null, 204);
  });

  app.post('/movies/:id/user-reviews/:rid/votes', async (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const reader = readerOf(c);
    const { vote } = await readJson(c, voteInputSchema);
    const a = load();
    const rid = c.req.param('rid') ?? '';
    const before = userReviewsOf(m, a).find((r) => r.id === rid);
    if (!before) throw new HttpError(404, errorBody('review_not_found', 'That review does not exist (any more).'));
    const votes = (a.votes[rid] ??= {});
    if (vote === 'none') delete votes[reader];
    else votes[reader] = vote;
    if (Object.keys(votes).length === 0) delete a.votes[rid];
    save(a);
    const after = userReviewsOf(m, a).find((r) => r.id === rid)!;
    return c.json(after);
  });

  app.get('/movies/:id/parent-guide', (c) => c.json(movieOr404(c.req.param('id')).parentGuide));

  app.get('/movies/:id/family-reviews', (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const role = c.req.query('role');
    let items = familyOf(m, load());
    if (role !== undefined && role !== '' && role !== 'all') {
      const parsed = familyRoleSchema.safeParse(role);
      if (!parsed.success) throw new HttpError(400, errorBody('bad_query', 'role must be parent or kid.'));
      items = items.filter((r) => r.role === parsed.data);
    }
    items = [...items].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
    return c.json({ items, total: items.length });
  });

  app.post('/movies/:id/family-reviews', async (c) => {
    const m = movieOr404(c.req.param('id') ?? '');
    const input = await readJson(c, familyReviewInputSchema);
    const a = load();
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key) {
      const existingId = a.idempotency[key];
      const existing = existingId ? a.family.find((r) => r.id === existingId) : undefined;
      if (existing) return c.json(existing, 200);
    }
    const review: FamilyReview = {
      id: `f-${newId()}`,
      movieId: m.movie.id,
      role: input.role,
      author: input.author || null,
      age: input.age,
      stars: input.stars,
      text: input.text,
      createdAt: now().toISOString(),
    };
    a.family.push(review);
    if (key) a.idempotency[key] = review.id;
    save(a);
    return c.json(review, 201);
  });

  /** "Reset demo data": forget everything readers added. */
  app.post('/reset', (c) => {
    storage.clear();
    return c.body(null, 204);
  });

  return app;
}

export type MockApi = ReturnType<typeof createApi>;
