import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { getCookie } from 'hono/cookie';
import { createApi, MAX_BODY_BYTES, READER_HEADER } from '@/mock-api/app';
import type { ReviewStore } from '@/mock-api/review-store';
import type { PageRenderer } from '../render/page-renderer';
import { rateLimiter, type RateLimiter } from './rate-limit';

export const READER_COOKIE = 'verdict_reader';
const READER_ID = /^[\w-]{16,64}$/;
/** about 400 days, the longest a browser keeps a cookie */
const COOKIE_MAX_AGE = 400 * 24 * 3600;

export interface ServerAppOptions {
  store: ReviewStore;
  /** database reachable and migrated */
  ready: () => Promise<{ ready: boolean; [k: string]: unknown }>;
  renderer: PageRenderer;
  /** the built index.html (or a bare one) */
  template: string;
  /** the client build to serve files from; null: none */
  distDir: string | null;
  siteUrl?: string | undefined;
  /** origins of pages elsewhere that may call the API, cookie included (CORS); they may also write */
  corsOrigins?: string[];
  trustProxy?: boolean;
  cookieSecure?: boolean;
  allowReset?: boolean;
  rateLimit?: { readerPerMinute: number; ipPerMinute: number };
  /** one structured line per request; undefined: none */
  log?: ((entry: Record<string, unknown>) => void) | undefined;
  now?: () => Date;
  limiter?: RateLimiter;
}

type Env = { Variables: { reader: string; newReader: boolean; ip: string; file: boolean } };

function errorJson(c: Context, status: 403 | 404 | 413 | 429, code: string, message: string, headers = {}) {
  return c.json({ error: { code, message } }, status, { 'Cache-Control': 'no-store', ...headers });
}

/** Reads at most `max` bytes of a body; null when there are more. */
async function readLimited(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const etagOf = (body: Uint8Array | string) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/** If-None-Match holds this (weak comparison, `*` matches anything). */
const matches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The Node server's HTTP: the shared API (createApi over the SQL store) under /api, the client build's files,
 * and every other GET rendered as a page from current data. Around them, what a public server owes its readers:
 * an identity cookie it issues itself, same-origin writes, a write rate limit, body and URL limits, ETags,
 * cache headers, health and readiness, and one JSON log line per request.
 */
export function createServerApp(opts: ServerAppOptions) {
  const api = createApi({ store: opts.store, ...(opts.now ? { now: opts.now } : {}) });
  const limiter = opts.limiter ?? rateLimiter();
  const limits = opts.rateLimit ?? { readerPerMinute: 30, ipPerMinute: 300 };
  const distDir = opts.distDir ? resolve(opts.distDir) : null;
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(opts.template)?.[1];
  let draining = false;

  const app = new Hono<Env>();

  const forwarded = (c: Context, name: string) =>
    opts.trustProxy ? c.req.header(name)?.split(',').at(-1)?.trim() || undefined : undefined;
  const protoOf = (c: Context) => forwarded(c, 'x-forwarded-proto') ?? new URL(c.req.url).protocol.replace(':', '');
  const originOf = (c: Context) => `${protoOf(c)}://${forwarded(c, 'x-forwarded-host') ?? c.req.header('host') ?? ''}`;

  // one JSON line per request, written when the answer is ready
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    opts.log?.({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 100) / 100,
      ip: c.get('ip'),
      reader: c.get('reader')?.slice(0, 8),
    });
  });

  // the client address, and the reader: the cookie we issued, or a new one
  app.use('*', async (c, next) => {
    let ip = 'unknown';
    try {
      ip = forwarded(c, 'x-forwarded-for') ?? getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // not a Node request (tests calling app.request): no socket
    }
    c.set('ip', ip);
    const cookie = getCookie(c, READER_COOKIE);
    const known = cookie !== undefined && READER_ID.test(cookie);
    c.set('reader', known ? cookie : randomBytes(18).toString('base64url'));
    c.set('newReader', !known);
    await next();
    // files of the build are the same for everyone: no cookie on them (a CDN may cache them)
    // nor on a CORS preflight, which carries no cookie and whose cookies a browser does not keep
    if (!known && !c.get('file') && c.req.method !== 'OPTIONS') {
      const secure = opts.cookieSecure || protoOf(c) === 'https';
      c.res.headers.append(
        'Set-Cookie',
        `${READER_COOKIE}=${c.get('reader')}; Path=/; Max-Age=${COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`,
      );
      // a response that sets a cookie is this reader's only
      const cc = c.res.headers.get('Cache-Control');
      if (cc && !/private|no-store/.test(cc))
        c.res.headers.set('Cache-Control', `private, ${cc.replace(/public,?\s*/, '')}`);
    }
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    // shutting down: this connection ends with this answer
    if (draining) c.res.headers.set('Connection', 'close');
    c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  });

  app.use('*', compress({ threshold: 1024 }));

  // a page served from another origin of ours (a static build with VITE_API_URL) may call the API, cookie included
  const corsOrigins = opts.corsOrigins ?? [];
  if (corsOrigins.length)
    app.use(
      '/api/*',
      cors({
        origin: (origin) => (corsOrigins.includes(origin) ? origin : null),
        credentials: true,
        allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
        allowHeaders: ['content-type', 'if-match', 'idempotency-key', READER_HEADER],
        exposeHeaders: ['etag', 'retry-after'],
        maxAge: 600,
      }),
    );

  app.get('/api/ready', async (c) => {
    if (draining) return c.json({ ready: false, reason: 'shutting down' }, 503, { 'Cache-Control': 'no-store' });
    try {
      const r = await opts.ready();
      return c.json(r, r.ready ? 200 : 503, { 'Cache-Control': 'no-store' });
    } catch (e) {
      return c.json({ ready: false, reason: (e as Error).message }, 503, { 'Cache-Control': 'no-store' });
    }
  });

  app.all('/api/*', async (c) => {
    const method = c.req.method;
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (write) {
      // a write from another site's page is refused (CSRF): Sec-Fetch-Site where the browser sends it, else
      // Origin; a request with neither did not come from a browser and cannot carry a victim's cookie
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      // Origin on the CORS allow-list: one of our own pages served from elsewhere
      const allowed =
        (!!origin && corsOrigins.includes(origin)) ||
        (site
          ? site === 'same-origin' || site === 'none'
          : !origin || origin === originOf(c) || (!!opts.siteUrl && origin === new URL(opts.siteUrl).origin));
      if (!allowed) return errorJson(c, 403, 'cross_origin', 'Changes are accepted from this site’s own pages only.');
      const wait = limiter.take([
        {
          key: `reader:${c.get('reader')}`,
          perMinute: limits.readerPerMinute,
          burst: Math.max(5, limits.readerPerMinute / 3),
        },
        { key: `ip:${c.get('ip')}`, perMinute: limits.ipPerMinute, burst: Math.max(10, limits.ipPerMinute / 3) },
      ]);
      if (wait !== null)
        return errorJson(
          c,
          429,
          'rate_limited',
          `That was a lot of changes in a short time. Wait ${wait} second${wait === 1 ? '' : 's'} and try again; nothing you wrote is lost.`,
          { 'Retry-After': String(wait) },
        );
      if (new URL(c.req.url).pathname.replace(/\/$/, '') === '/api/reset' && !opts.allowReset)
        return errorJson(
          c,
          403,
          'reset_disabled',
          'Reviews on this site are shared by every reader; they cannot be reset.',
        );
    }
    let body: Uint8Array | undefined;
    if (c.req.raw.body) {
      const read = await readLimited(c.req.raw.body, MAX_BODY_BYTES);
      if (!read) return errorJson(c, 413, 'payload_too_large', 'The request body is too large.');
      body = read;
    }
    // the reader is who our cookie says, whatever header the client sent
    const headers = new Headers(c.req.raw.headers);
    headers.set(READER_HEADER, c.get('reader'));
    headers.delete('cookie');
    const res = await api.fetch(
      new Request(c.req.url, { method, headers, ...(body ? { body: body as BodyInit } : {}) }),
    );
    if (method !== 'GET' && method !== 'HEAD') {
      res.headers.set('Cache-Control', 'no-store');
      return res;
    }
    if (res.status !== 200) {
      res.headers.set('Cache-Control', 'no-store');
      return res;
    }
    // reads: the same answer for every reader, revalidated each time (ETag → 304)
    const bytes = new Uint8Array(await res.arrayBuffer());
    const etag = etagOf(bytes);
    const cache = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, cache);
    return c.body(bytes, 200, { 'Content-Type': res.headers.get('content-type') ?? 'application/json', ...cache });
  });

  /** A file of the client build, if the path names one (never the template or the prerendered pages). */
  const staticFile = (pathname: string) => {
    if (!distDir || pathname === '/' || pathname.endsWith('.html') || pathname.startsWith('/movies/')) return null;
    if (pathname.endsWith('.state.json')) return null;
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const file = normalize(join(distDir, rel));
    if (!file.startsWith(distDir + sep)) return null;
    try {
      const st = statSync(file);
      return st.isFile() ? { file, size: st.size, mtime: st.mtimeMs } : null;
    } catch {
      return null;
    }
  };

  app.get('*', async (c) => {
    const url = new URL(c.req.url);
    const f = staticFile(url.pathname);
    if (f) {
      c.set('file', true);
      const immutable = url.pathname.startsWith('/assets/');
      const etag = `W/"${f.size.toString(36)}-${Math.floor(f.mtime).toString(36)}"`;
      const headers = {
        ETag: etag,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        'Content-Type': CONTENT_TYPES[extname(f.file)] ?? 'application/octet-stream',
      };
      if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
      return c.body(Readable.toWeb(createReadStream(f.file)) as ReadableStream, 200, {
        ...headers,
        'Content-Length': String(f.size),
      });
    }
    // a page, rendered now from current data through the same API
    const siteUrl = opts.siteUrl ?? originOf(c);
    const page = await opts.renderer.renderPage(url.pathname + url.search, {
      fetch: async (req) => api.fetch(req),
      siteUrl,
    });
    const html = opts.renderer.fillTemplate(opts.template, page, { inlineState: true });
    const etag = etagOf(html);
    const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (csp) headers['Content-Security-Policy'] = `${csp}; frame-ancestors 'none'`;
    if (page.status === 200 && matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.html(html, page.status as 200, headers);
  });

  app.all('*', (c) => c.text('Not found', 404));

  app.onError((err, c) => {
    console.error(
      JSON.stringify({ level: 'error', msg: 'unhandled', path: c.req.path, error: String(err?.stack ?? err) }),
    );
    if (c.req.path.startsWith('/api/'))
      return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500);
    return c.html('<!doctype html><title>Something went wrong · Verdict</title><h1>Something went wrong</h1>', 500);
  });

  return Object.assign(app, {
    /** from now on /api/ready answers 503, so a load balancer stops sending new requests */
    drain() {
      draining = true;
    },
  });
}
