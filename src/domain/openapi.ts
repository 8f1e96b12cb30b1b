import { z } from './zod';
import { API_ROUTES, ROUTE_NAMES, type RouteDeclaration } from './api-routes';
import { apiErrorBodySchema } from './schemas';

type Json = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  });
  return rest;
};

const ERROR_ANSWERS: Record<number, string> = {
  400: 'Malformed JSON, query or cursor',
  403: 'Not the reader’s own review',
  404: 'Unknown movie, review or route',
  409: 'The reader already reviewed this movie',
  412: 'The review changed or was deleted since the version in If-Match',
  413: 'Body over 64 KB',
  415: 'Body not JSON',
  422: 'Body fails the schema; a message per field',
  429: 'Too many writes; see Retry-After',
};

const HEADER_DOC: Record<string, string> = {
  'X-Reader-Id': 'The reader (the embedded API; the server uses its own cookie)',
  'Idempotency-Key': 'One per draft: a retry answers the review it already created',
  'If-Match': 'The version of the review the reader saw',
};

function operation(name: string, r: RouteDeclaration): Json {
  const pathParams = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = r.query
    ? Object.entries(schemaOf(r.query, 'input').properties ?? {}).map(([key, schema]) => ({
        name: key,
        in: 'query',
        required: false,
        schema,
      }))
    : [];
  const headers = (r.headers ?? []).map((h) => ({
    name: h,
    in: 'header',
    required: h === 'X-Reader-Id',
    description: HEADER_DOC[h],
    schema: { type: 'string' },
  }));
  const responses: Json = {};
  for (const [status, schema] of Object.entries(r.responses)) {
    responses[status] = schema
      ? { description: 'OK', content: { 'application/json': { schema: schemaOf(schema, 'output') } } }
      : { description: 'No content' };
  }
  const errors = new Set<number>([400, 404]);
  if (r.body) [413, 415, 422].forEach((s) => errors.add(s));
  if (r.headers?.includes('X-Reader-Id') && r.method !== 'POST') [403, 412].forEach((s) => errors.add(s));
  if (name === 'createUserReview') errors.add(409);
  if (r.method !== 'GET') errors.add(429);
  for (const s of [...errors].sort()) {
    responses[String(s)] = {
      description: ERROR_ANSWERS[s],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: name,
    summary: r.summary,
    parameters: [...pathParams, ...query, ...headers],
    ...(r.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } }
      : {}),
    responses,
  };
}

/** The contract as an OpenAPI 3.1 document, generated from the route declarations and their zod schemas. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const name of ROUTE_NAMES) {
    const r: RouteDeclaration = API_ROUTES[name];
    const path = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
    (paths[path] ??= {})[r.method.toLowerCase()] = operation(name, r);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Verdict API',
      version: '2.0.0',
      description:
        'Critic, user and family reviews of a movie. Lists are paged with opaque cursors; every figure is computed by the API over all the data.',
    },
    paths,
    components: { schemas: { Error: schemaOf(apiErrorBodySchema, 'output') } },
  };
}

/** The README's API table, one row per route. */
export function routeTableMarkdown(): string {
  const rows = ROUTE_NAMES.map((name) => {
    const r: RouteDeclaration = API_ROUTES[name];
    const q = r.query ? Object.keys(r.query.shape) : [];
    const path = `\`/api${r.path}${q.length ? `?${q.join('&')}` : ''}\``;
    return `| ${r.method} | ${path} | ${r.summary} |`;
  });
  return ['| method | path | what |', '| --- | --- | --- |', ...rows].join('\n');
}
