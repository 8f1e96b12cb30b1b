import { z } from './zod';
import {
  apiErrorBodySchema,
  criticPageSchema,
  criticQuerySchema,
  criticSummarySchema,
  familyQuerySchema,
  familyReviewInputSchema,
  familyReviewPageSchema,
  familyReviewWriteSchema,
  familySummarySchema,
  healthSchema,
  movieResponseSchema,
  parentGuideSchema,
  userQuerySchema,
  userReviewDeleteSchema,
  userReviewInputSchema,
  userReviewPageSchema,
  userReviewWriteSchema,
  userSummarySchema,
  voteInputSchema,
  voteResultSchema,
} from './schemas';

/**
 * Every route of the API, declared once: method, path, query, body, answers and the fault-injection group it
 * belongs to. The mock API's query allow-list and fault table, the server, the OpenAPI document and the
 * README's table are all derived from this list.
 */
export interface RouteDeclaration {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Hono-style path under /api, e.g. `/movies/:id/user-reviews/:rid` */
  path: string;
  summary: string;
  query: z.ZodObject | null;
  body: z.ZodType | null;
  /** success status → its body schema (null: no body) */
  responses: Record<number, z.ZodType | null>;
  /** headers the route reads */
  headers?: readonly ('X-Reader-Id' | 'Idempotency-Key' | 'If-Match')[];
  /** the group a fault plan names to make this route fail or slow (mock API); null: never faulted */
  fault: FaultRoute | null;
}

export const FAULT_ROUTES = [
  'movie',
  'critic-reviews',
  'user-reviews',
  'user-review-write',
  'parent-guide',
  'family-reviews',
  'family-review-write',
] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

const route = <R extends RouteDeclaration>(r: R) => r;

export const API_ROUTES = {
  health: route({
    method: 'GET',
    path: '/health',
    summary: 'Is the API up, and are additions kept',
    query: z.strictObject({}),
    body: null,
    responses: { 200: healthSchema },
    fault: null,
  }),
  openapi: route({
    method: 'GET',
    path: '/openapi.json',
    summary: 'This contract as OpenAPI 3.1',
    query: z.strictObject({}),
    body: null,
    responses: { 200: z.looseObject({ openapi: z.string() }) },
    fault: null,
  }),
  movie: route({
    method: 'GET',
    path: '/movies/:id',
    summary: 'The movie: title, year, MPAA rating, synopsis, availability',
    query: z.strictObject({}),
    body: null,
    responses: { 200: movieResponseSchema },
    fault: 'movie',
  }),
  criticSummary: route({
    method: 'GET',
    path: '/movies/:id/critic-summary',
    summary: 'Published headline, plain mean, band counts, histogram and the featured review',
    query: z.strictObject({}),
    body: null,
    responses: { 200: criticSummarySchema },
    fault: 'critic-reviews',
  }),
  criticReviews: route({
    method: 'GET',
    path: '/movies/:id/critic-reviews',
    summary: 'A page of scored critic reviews',
    query: criticQuerySchema,
    body: null,
    responses: { 200: criticPageSchema },
    fault: 'critic-reviews',
  }),
  userSummary: route({
    method: 'GET',
    path: '/movies/:id/user-summary',
    summary: 'The folded user score, band counts and histogram',
    query: z.strictObject({}),
    body: null,
    responses: { 200: userSummarySchema },
    fault: 'user-reviews',
  }),
  userReviews: route({
    method: 'GET',
    path: '/movies/:id/user-reviews',
    summary: 'A page of user reviews',
    query: userQuerySchema,
    body: null,
    responses: { 200: userReviewPageSchema },
    fault: 'user-reviews',
  }),
  userReview: route({
    method: 'GET',
    path: '/movies/:id/user-reviews/:rid',
    summary: 'One user review (the reader’s own, wherever it falls in the lists)',
    query: z.strictObject({}),
    body: null,
    responses: { 200: voteResultSchema },
    fault: 'user-reviews',
  }),
  createUserReview: route({
    method: 'POST',
    path: '/movies/:id/user-reviews',
    summary: 'Rate the movie (one review per reader; 409 if there is one)',
    query: z.strictObject({}),
    body: userReviewInputSchema,
    responses: { 201: userReviewWriteSchema, 200: userReviewWriteSchema },
    headers: ['X-Reader-Id', 'Idempotency-Key'],
    fault: 'user-review-write',
  }),
  updateUserReview: route({
    method: 'PUT',
    path: '/movies/:id/user-reviews/:rid',
    summary: "Edit the reader's own review (412 if it changed since If-Match)",
    query: z.strictObject({}),
    body: userReviewInputSchema,
    responses: { 200: userReviewWriteSchema },
    headers: ['X-Reader-Id', 'If-Match'],
    fault: 'user-review-write',
  }),
  deleteUserReview: route({
    method: 'DELETE',
    path: '/movies/:id/user-reviews/:rid',
    summary: "Delete the reader's own review (412 if it changed since If-Match)",
    query: z.strictObject({}),
    body: null,
    responses: { 200: userReviewDeleteSchema },
    headers: ['X-Reader-Id', 'If-Match'],
    fault: 'user-review-write',
  }),
  voteUserReview: route({
    method: 'POST',
    path: '/movies/:id/user-reviews/:rid/votes',
    summary: 'Mark a review helpful or not (or take the vote back)',
    query: z.strictObject({}),
    body: voteInputSchema,
    responses: { 200: voteResultSchema },
    headers: ['X-Reader-Id'],
    fault: 'user-review-write',
  }),
  parentGuide: route({
    method: 'GET',
    path: '/movies/:id/parent-guide',
    summary: 'Common Sense Media guidance: age, content grid, talking points',
    query: z.strictObject({}),
    body: null,
    responses: { 200: parentGuideSchema },
    fault: 'parent-guide',
  }),
  familySummary: route({
    method: 'GET',
    path: '/movies/:id/family-summary',
    summary: "Parents' and kids' age verdicts and the spread of ages they chose",
    query: z.strictObject({}),
    body: null,
    responses: { 200: familySummarySchema },
    fault: 'family-reviews',
  }),
  familyReviews: route({
    method: 'GET',
    path: '/movies/:id/family-reviews',
    summary: 'A page of parent and kid reviews',
    query: familyQuerySchema,
    body: null,
    responses: { 200: familyReviewPageSchema },
    fault: 'family-reviews',
  }),
  createFamilyReview: route({
    method: 'POST',
    path: '/movies/:id/family-reviews',
    summary: 'Add a parent or kid review',
    query: z.strictObject({}),
    body: familyReviewInputSchema,
    responses: { 201: familyReviewWriteSchema, 200: familyReviewWriteSchema },
    headers: ['Idempotency-Key'],
    fault: 'family-review-write',
  }),
  reset: route({
    method: 'POST',
    path: '/reset',
    summary: 'Forget what readers added (embedded demo only)',
    query: z.strictObject({}),
    body: null,
    responses: { 204: null },
    fault: null,
  }),
} satisfies Record<string, RouteDeclaration>;

export type RouteName = keyof typeof API_ROUTES;
export const ROUTE_NAMES = Object.keys(API_ROUTES) as RouteName[];

const patternCache = new Map<string, RegExp>();
/** `/movies/:id/x` → a RegExp matching `/api/movies/<anything but />/x` (a trailing slash allowed). */
export function routePattern(path: string): RegExp {
  let re = patternCache.get(path);
  if (!re) {
    const body = path
      .split('/')
      .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    re = new RegExp(`^/api${body}/?$`);
    patternCache.set(path, re);
  }
  return re;
}

/** The declared route a request is for, or null. */
export function matchRoute(method: string, pathname: string): RouteName | null {
  const m = method.toUpperCase();
  for (const name of ROUTE_NAMES) {
    const r = API_ROUTES[name];
    if (r.method === m && routePattern(r.path).test(pathname)) return name;
  }
  return null;
}

export { apiErrorBodySchema };
