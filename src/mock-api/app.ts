import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { API_ROUTES, matchRoute, type RouteName } from '@/domain/api-routes';
import { openApiDocument } from '@/domain/openapi';
import { CRITIC_ORDER, FAMILY_ORDER, USER_ORDER, decodeCursor, type SortKey } from '@/domain/review-order';
import type { ApiErrorBody } from '@/domain/schemas';
import { faultMiddleware, isNetworkFault, type FaultPlan } from './faults';
import { memoryStore } from './memory-store';
import { StoreError, type ReviewStore, type StoreErrorCode } from './review-store';
import { seed as defaultSeed, type Seed } from './seed';
import { memoryStorage, type StorageAdapter } from './storage';

export const MAX_BODY_BYTES = 64 * 1024;
export const READER_HEADER = 'x-reader-id';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const MAX_URL_LENGTH = 8 * 1024;

export interface ApiOptions {
  /** where reviews are kept; by default the seed plus `storage` in memory (the in-process mock) */
  store?: ReviewStore;
  storage?: StorageAdapter;
  seed?: Seed;
  now?: () => Date;
  newId?: () => string;
  /** injected faults per route (see faults.ts); a function is read on every request */
  faults?: FaultPlan | (() => FaultPlan);
}

function errorBody(code: string, message: string, fields?: Record<string, string[]>): ApiErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 412 | 413 | 414 | 415 | 422,
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

const STORE_STATUS: Record<StoreErrorCode, 403 | 404 | 409 | 412> = {
  review_not_found: 404,
  not_yours: 403,
  already_reviewed: 409,
  review_changed: 412,
};

const SORT_SPECS = { critic: CRITIC_ORDER, user: USER_ORDER } as const;

/**
 * The HTTP API over a review store: routes, validation and errors, the same for the in-process mock (a memory
 * store over the seed and localStorage) and the Node server (a SQL store). Routes come from API_ROUTES.
 */
export function createApi(options: ApiOptions = {}) {
  const store =
    options.store ?? memoryStore(options.seed ?? defaultSeed, options.storage ?? memoryStorage(), options.newId);
  const now = options.now ?? (() => new Date());

  const readerOf = (c: Context): string => {
    const id = c.req.header(READER_HEADER)?.trim() ?? '';
    if (!/^[\w-]{8,64}$/.test(id)) {
      throw new HttpError(400, errorBody('reader_required', 'This action needs a reader id (X-Reader-Id header).'));
    }
    return id;
  };

  /** If-Match: "<version>" (quotes optional); absent means the client did not say which version it saw. */
  const expectedVersion = (c: Context): number | null => {
    const raw = c.req.header('if-match')?.trim();
    if (!raw) return null;
    const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw);
    if (!m) throw new HttpError(400, errorBody('bad_if_match', 'If-Match must be the review’s version.'));
    return Number(m[1]);
  };

  const movieId = async (c: Context): Promise<string> => {
    const id = c.req.param('id') ?? '';
    if (!(await store.movie(id))) throw new HttpError(404, errorBody('movie_not_found', `No movie with id “${id}”.`));
    return id;
  };

  /** The parsed query string of a declared route (validated by the middleware below). */
  const queryOf = <N extends RouteName>(c: Context, name: N) => {
    const schema = API_ROUTES[name].query as z.ZodType;
    return schema.parse(Object.fromEntries(new URL(c.req.url).searchParams)) as z.output<
      (typeof API_ROUTES)[N]['query']
    >;
  };

  const cursorOf = (
    cursor: string | undefined,
    sort: string,
    spec: { directions: readonly (1 | -1)[] },
  ): SortKey | null => {
    if (cursor === undefined || cursor === '') return null;
    const key = decodeCursor(cursor, sort, spec);
    if (!key)
      throw new HttpError(
        400,
        errorBody('bad_cursor', 'That cursor does not belong to this list; start again from the first page.'),
      );
    return key;
  };

  const app = new Hono().basePath('/api');

  // Bad input that no handler should see: an over-long or badly encoded URL, a query that is not the route's
  // (unknown, repeated or invalid parameters), and a body sent to a route that takes none.
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    if (c.req.url.length > MAX_URL_LENGTH)
      throw new HttpError(414, errorBody('uri_too_long', 'The address is too long.'));
    try {
      decodeURIComponent(url.pathname + url.search);
    } catch {
      throw new HttpError(400, errorBody('invalid_encoding', 'The address is not valid UTF-8.'));
    }
    const name = matchRoute(c.req.method, url.pathname);
    if (name) {
      const route = API_ROUTES[name];
      const keys = [...url.searchParams.keys()];
      if (new Set(keys).size !== keys.length)
        throw new HttpError(400, errorBody('bad_query', 'Each query parameter may appear once.'));
      if (route.query) {
        const parsed = route.query.safeParse(Object.fromEntries(url.searchParams));
        if (!parsed.success) {
          const unknown = parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
          throw new HttpError(
            400,
            errorBody(
              'bad_query',
              unknown.length
                ? `Unknown query parameter: ${unknown.join(', ')}.`
                : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
            ),
          );
        }
      }
      if (route.body === null && c.req.raw.body && (await c.req.arrayBuffer()).byteLength > 0)
        throw new HttpError(400, errorBody('unexpected_body', 'This request takes no body.'));
    }
    return next();
  });
  if (options.faults) app.use('*', faultMiddleware(options.faults));

  app.onError((err, c) => {
    // An injected network fault must reach the transport as a rejection, like fetch's TypeError.
    if (isNetworkFault(err)) throw err;
    if (err instanceof HttpError) return c.json(err.body, err.status);
    if (err instanceof StoreError) return c.json(errorBody(err.code, err.message), STORE_STATUS[err.code]);
    console.error(err);
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
  });
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404),
  );

  let openapi: ReturnType<typeof openApiDocument> | undefined;
  type Handler = (c: Context) => Response | Promise<Response>;
  const handlers: Record<RouteName, Handler> = {
    health: (c) => c.json({ ok: true, durable: store.durable }),
    // generated once: building it from the zod schemas takes tens of milliseconds
    openapi: (c) => c.json((openapi ??= openApiDocument())),
    movie: async (c) => c.json({ movie: (await store.movie(await movieId(c)))! }),
    criticSummary: async (c) => c.json(await store.criticSummary(await movieId(c))),
    criticReviews: async (c) => {
      const id = await movieId(c);
      const q = queryOf(c, 'criticReviews');
      return c.json(await store.criticPage(id, q, cursorOf(q.cursor, q.sort, SORT_SPECS.critic[q.sort])));
    },
    userSummary: async (c) => c.json(await store.userSummary(await movieId(c))),
    userReviews: async (c) => {
      const id = await movieId(c);
      const q = queryOf(c, 'userReviews');
      return c.json(await store.userPage(id, q, cursorOf(q.cursor, q.sort, SORT_SPECS.user[q.sort])));
    },
    userReview: async (c) => {
      const id = await movieId(c);
      return c.json({ review: await store.userReview(id, c.req.param('rid') ?? '') });
    },
    createUserReview: async (c) => {
      const id = await movieId(c);
      const reader = readerOf(c);
      const input = await readJson(c, API_ROUTES.createUserReview.body);
      const { review, replayed } = await store.createUserReview(
        id,
        reader,
        input,
        c.req.header(IDEMPOTENCY_HEADER) ?? null,
        now(),
      );
      return c.json({ review, summary: await store.userSummary(id) }, replayed ? 200 : 201);
    },
    updateUserReview: async (c) => {
      const id = await movieId(c);
      const reader = readerOf(c);
      const expected = expectedVersion(c);
      const input = await readJson(c, API_ROUTES.updateUserReview.body);
      const review = await store.updateUserReview(id, reader, c.req.param('rid') ?? '', input, expected, now());
      return c.json({ review, summary: await store.userSummary(id) });
    },
    deleteUserReview: async (c) => {
      const id = await movieId(c);
      await store.deleteUserReview(id, readerOf(c), c.req.param('rid') ?? '', expectedVersion(c));
      return c.json({ summary: await store.userSummary(id) });
    },
    voteUserReview: async (c) => {
      const id = await movieId(c);
      const reader = readerOf(c);
      const { vote } = await readJson(c, API_ROUTES.voteUserReview.body);
      return c.json({ review: await store.vote(id, reader, c.req.param('rid') ?? '', vote) });
    },
    parentGuide: async (c) => c.json((await store.parentGuide(await movieId(c)))!),
    familySummary: async (c) => c.json(await store.familySummary(await movieId(c))),
    familyReviews: async (c) => {
      const id = await movieId(c);
      const q = queryOf(c, 'familyReviews');
      return c.json(await store.familyPage(id, q, cursorOf(q.cursor, 'newest', FAMILY_ORDER)));
    },
    createFamilyReview: async (c) => {
      const id = await movieId(c);
      const input = await readJson(c, API_ROUTES.createFamilyReview.body);
      const { review, replayed } = await store.createFamilyReview(
        id,
        input,
        c.req.header(IDEMPOTENCY_HEADER) ?? null,
        now(),
      );
      return c.json({ review, summary: await store.familySummary(id) }, replayed ? 200 : 201);
    },
    reset: async (c) => {
      await store.reset();
      return c.body(null, 204);
    },
  };
  for (const name of Object.keys(handlers) as RouteName[]) {
    const route = API_ROUTES[name];
    app.on(route.method, route.path, handlers[name]);
  }

  return app;
}

export type MockApi = ReturnType<typeof createApi>;
