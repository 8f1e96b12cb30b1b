import type { MiddlewareHandler } from 'hono';
import { API_ROUTES, FAULT_ROUTES, matchRoute, type FaultRoute } from '@/domain/api-routes';

/**
 * Fault injection for the mock API: tests, the dev query string (`?faults=`) and the e2e fault matrix make a
 * route slow or make it fail, so every failure path the app has to survive can be exercised on purpose.
 */

export { FAULT_ROUTES, type FaultRoute };

export const FAULT_KINDS = ['http500', 'http503', 'network', 'malformed-json', 'contract'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const MAX_LATENCY_MS = 10_000;

export interface Fault {
  /** delay before answering (or failing), 0..10000 ms */
  latencyMs?: number;
  kind?: FaultKind;
}

/** Route name (or `*` for every named route) → its fault. A named route wins over `*`. */
export type FaultPlan = Partial<Record<FaultRoute | '*', Fault>>;

/**
 * Thrown by the middleware for a `network` fault. The app's error handler rethrows it, so `app.fetch()` rejects
 * with it, as `fetch` rejects with a TypeError when the network is down.
 */
export class NetworkFault extends TypeError {
  override readonly name = 'NetworkFault';
  constructor(route: string) {
    super(`Failed to fetch (injected network fault on ${route})`);
  }
}

export const isNetworkFault = (e: unknown): e is NetworkFault => e instanceof NetworkFault;

/** The fault route a request belongs to (from the route declarations); null for routes faults never touch. */
export function faultRouteOf(method: string, pathname: string): FaultRoute | null {
  const name = matchRoute(method, pathname);
  return name ? API_ROUTES[name].fault : null;
}

export function faultFor(plan: FaultPlan, route: FaultRoute): Fault | null {
  return plan[route] ?? plan['*'] ?? null;
}

/** A body that is valid JSON but matches none of the contract's response schemas. */
export const CONTRACT_BREAKING_BODY = {
  items: 'not a list',
  total: -1,
  movie: null,
  id: 42,
  verdict: false,
  review: null,
  summary: null,
  count: -1,
  parents: null,
} as const;
/** Valid JSON, cut short. */
export const TRUNCATED_JSON = '{"items":[{"id":"r-1","author":"Trunc';

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };
const errorResponse = (status: 500 | 503, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: jsonHeaders });

/**
 * Hono middleware: runs before every handler, so a faulted write stores nothing. Latency waits first (and gives
 * up, storing nothing, if the caller aborts meanwhile); then the fault kind answers instead of the handler.
 * `plan` may be a function, read on every request, so a fault can be switched on and off while the app runs.
 */
export function faultMiddleware(plan: FaultPlan | (() => FaultPlan)): MiddlewareHandler {
  return async (c, next) => {
    const route = faultRouteOf(c.req.method, new URL(c.req.url).pathname);
    const fault = route ? faultFor(typeof plan === 'function' ? plan() : plan, route) : null;
    if (!route || !fault) return next();
    const latency = Math.min(Math.max(fault.latencyMs ?? 0, 0), MAX_LATENCY_MS);
    if (latency > 0) await sleep(latency, c.req.raw.signal);
    switch (fault.kind) {
      case undefined:
        return next();
      case 'http500':
        return errorResponse(500, 'injected_fault', `Injected fault: 500 on ${route}.`);
      case 'http503':
        return new Response(
          JSON.stringify({ error: { code: 'unavailable', message: `Injected fault: 503 on ${route}.` } }),
          { status: 503, headers: { ...jsonHeaders, 'retry-after': '1' } },
        );
      case 'network':
        throw new NetworkFault(route);
      case 'malformed-json':
        return new Response(TRUNCATED_JSON, { status: 200, headers: jsonHeaders });
      case 'contract':
        return new Response(JSON.stringify(CONTRACT_BREAKING_BODY), { status: 200, headers: jsonHeaders });
    }
  };
}

const isRoute = (s: string): s is FaultRoute | '*' => s === '*' || (FAULT_ROUTES as readonly string[]).includes(s);
const isKind = (s: string): s is FaultKind => (FAULT_KINDS as readonly string[]).includes(s);

/**
 * Parses the query-string form of a plan. Syntax: entries separated by `,`; each entry is `route:spec`, where
 * route is one of FAULT_ROUTES or `*`, and spec is one or more `+`-separated parts: a fault kind
 * (`http500`, `http503`, `network`, `malformed-json`, `contract`) and/or `latency=<ms>` (0..10000).
 * Examples: `user-reviews:http503`, `movie:latency=3000`, `*:latency=500+http500`,
 * `user-reviews:http503,movie:latency=3000`. Unknown routes, kinds and malformed entries are ignored;
 * `off` or an empty string means no faults.
 */
export function parseFaultPlan(text: string | null | undefined): FaultPlan {
  const plan: FaultPlan = {};
  if (!text) return plan;
  for (const entry of text.split(',')) {
    const colon = entry.indexOf(':');
    if (colon < 0) continue;
    const route = entry.slice(0, colon).trim();
    if (!isRoute(route)) continue;
    const fault: Fault = {};
    for (const part of entry.slice(colon + 1).split('+')) {
      const p = part.trim();
      const latency = /^latency=(\d{1,5})$/.exec(p);
      if (latency) fault.latencyMs = Math.min(Number(latency[1]), MAX_LATENCY_MS);
      else if (isKind(p)) fault.kind = p;
    }
    if (fault.kind !== undefined || fault.latencyMs !== undefined) plan[route] = fault;
  }
  return plan;
}
