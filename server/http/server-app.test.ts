import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema, userReviewWriteSchema } from '@/domain/schemas';
import { memoryStore } from '@/mock-api/memory-store';
import { seed } from '@/mock-api/seed';
import { memoryStorage } from '@/mock-api/storage';
import { fallbackRenderer } from '../render/page-renderer';
import { rateLimiter } from './rate-limit';
import { READER_COOKIE, createServerApp, type ServerAppOptions } from './server-app';

// The server's HTTP layer in process, on the memory store: what it adds around the shared API.
const dist = mkdtempSync(join(tmpdir(), 'verdict-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log(1)');
writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
writeFileSync(join(dist, 'index.html'), '<html><head><title>x</title></head><body><div id="root"></div></body></html>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const TEMPLATE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /><title>Verdict</title></head><body><div id="root"></div></body></html>`;
const review = { score: 7, author: 'Tester', title: '', text: '' };
const ORIGIN = 'http://verdict.test';

function server(extra: Partial<ServerAppOptions> = {}) {
  const logs: Record<string, unknown>[] = [];
  const app = createServerApp({
    store: memoryStore(seed, memoryStorage()),
    ready: async () => ({ ready: true }),
    renderer: fallbackRenderer,
    template: TEMPLATE,
    distDir: dist,
    rateLimit: { readerPerMinute: 1000, ipPerMinute: 1000 },
    log: (e) => logs.push(e),
    ...extra,
  });
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);
  return { app, request, logs };
}

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';
const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const errorCode = async (res: Response) => apiErrorBodySchema.parse(await res.json()).error.code;

describe('server HTTP', () => {
  it('issues the reader an HttpOnly, SameSite=Lax cookie once; Secure behind HTTPS when the proxy is trusted', async () => {
    const { request } = server();
    const first = await request('/api/health');
    const set = first.headers.get('set-cookie')!;
    expect(set).toMatch(new RegExp(`^${READER_COOKIE}=[\\w-]{16,64}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`));
    expect(
      (await request('/api/health', { headers: { cookie: cookieOf(first) } })).headers.get('set-cookie'),
    ).toBeNull();
    const proxied = server({ trustProxy: true });
    const https = await proxied.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('set-cookie')).toMatch(/; Secure$/);
    // without TRUST_PROXY the header is anyone's to send
    expect(
      (await request('/api/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('set-cookie'),
    ).not.toMatch(/Secure/);
  });

  it('the reader is the cookie: an X-Reader-Id the client sends is ignored', async () => {
    const { request } = server();
    const a = await request(
      '/api/movies/wont-back-down/user-reviews',
      post(review, { 'x-reader-id': 'reader-shared-id' }),
    );
    expect(a.status).toBe(201);
    const cookie = cookieOf(a);
    // same header, another browser: not the same reader, so not a second review of the same reader
    const b = await request(
      '/api/movies/wont-back-down/user-reviews',
      post(review, { 'x-reader-id': 'reader-shared-id' }),
    );
    expect(b.status).toBe(201);
    // same cookie: the same reader
    const again = await request('/api/movies/wont-back-down/user-reviews', post(review, { cookie }));
    expect(again.status).toBe(409);
    const { review: mine } = userReviewWriteSchema.parse(await a.json());
    const other = await request(`/api/movies/wont-back-down/user-reviews/${mine.id}`, {
      method: 'DELETE',
      headers: { cookie: cookieOf(b), 'x-reader-id': 'reader-shared-id' },
    });
    expect(other.status).toBe(403);
    expect(
      (await request(`/api/movies/wont-back-down/user-reviews/${mine.id}`, { method: 'DELETE', headers: { cookie } }))
        .status,
    ).toBe(200);
  });

  it('refuses writes from another site (Sec-Fetch-Site, else Origin) with 403; same-origin and non-browser writes pass', async () => {
    const { request } = server({ siteUrl: 'https://verdict.example.com' });
    const url = '/api/movies/wont-back-down/family-reviews';
    const family = { role: 'parent', age: 9, stars: 4, text: 'A good film for a family evening.' };
    const cross = await request(url, post(family, { 'sec-fetch-site': 'cross-site', origin: ORIGIN }));
    expect(cross.status).toBe(403);
    expect(await errorCode(cross)).toBe('cross_origin');
    expect((await request(url, post(family, { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await request(url, post(family, { 'sec-fetch-site': 'same-site' }))).status).toBe(403);
    expect((await request(url, post(family, { 'sec-fetch-site': 'same-origin', origin: ORIGIN }))).status).toBe(201);
    expect((await request(url, post(family, { origin: ORIGIN, host: 'verdict.test' }))).status).toBe(201);
    expect((await request(url, post(family, { origin: 'https://verdict.example.com' }))).status).toBe(201);
    expect((await request(url, post(family))).status).toBe(201);
    // reads are anyone's
    expect((await request(url, { headers: { origin: 'https://evil.example' } })).status).toBe(200);
  });

  it('lets the pages on CORS_ORIGINS call the API with the reader cookie, and write; no one else', async () => {
    const PAGES = 'http://pages.verdict.test';
    const { request } = server({ corsOrigins: [PAGES] });
    const url = '/api/movies/wont-back-down/family-reviews';
    const family = { role: 'parent', age: 9, stars: 4, text: 'A good film for a family evening.' };
    // the browser's preflight for a write with an idempotency key: answered, and no reader cookie issued on it
    const preflight = await request(url, {
      method: 'OPTIONS',
      headers: {
        origin: PAGES,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PAGES);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/idempotency-key/);
    expect(preflight.headers.get('set-cookie')).toBeNull();
    const read = await request(url, { headers: { origin: PAGES } });
    expect(read.headers.get('access-control-allow-origin')).toBe(PAGES);
    expect(read.headers.get('vary')).toMatch(/origin/i);
    const write = await request(url, post(family, { origin: PAGES, 'sec-fetch-site': 'same-site' }));
    expect(write.status).toBe(201);
    expect(write.headers.get('access-control-allow-origin')).toBe(PAGES);
    // another origin: no CORS grant, and its writes are still refused
    const other = await request(url, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherWrite = await request(
      url,
      post(family, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
    );
    expect(otherWrite.status).toBe(403);
    // without the setting, no origin gets a grant
    const plain = await server().request(url, { headers: { origin: PAGES } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits writes per reader and per address: 429 with Retry-After and the API’s error shape', async () => {
    let t = 0;
    const { request } = server({ rateLimit: { readerPerMinute: 6, ipPerMinute: 1000 }, limiter: rateLimiter(() => t) });
    const first = await request('/api/reset', { method: 'POST' });
    const cookie = cookieOf(first);
    const statuses = [first.status];
    for (let i = 0; i < 6; i++)
      statuses.push((await request('/api/reset', { method: 'POST', headers: { cookie } })).status);
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    const limited = await request('/api/reset', { method: 'POST', headers: { cookie } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await errorCode(limited)).toBe('rate_limited');
    // another reader is not limited; reads never are
    expect((await request('/api/reset', { method: 'POST' })).status).toBe(403);
    expect((await request('/api/health', { headers: { cookie } })).status).toBe(200);
    t += 60_000;
    expect((await request('/api/reset', { method: 'POST', headers: { cookie } })).status).toBe(403);
  });

  it('reset is refused unless enabled', async () => {
    expect(await errorCode(await server().request('/api/reset', { method: 'POST' }))).toBe('reset_disabled');
    expect((await server({ allowReset: true }).request('/api/reset', { method: 'POST' })).status).toBe(204);
  });

  it('reads carry an ETag and no-cache; If-None-Match answers 304; writes and errors are no-store', async () => {
    const { request } = server();
    const res = await request('/api/movies/wont-back-down/critic-summary');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(res.headers.get('cache-control')).toMatch(/no-cache/);
    const again = await request('/api/movies/wont-back-down/critic-summary', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await request('/api/movies/nope')).headers.get('cache-control')).toBe('no-store');
    const created = await request('/api/movies/wont-back-down/user-reviews', post(review));
    expect(created.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('413 for a body over 64 KB even without a declared length, in the API’s error shape', async () => {
    const { request } = server();
    const big = new ReadableStream({
      start(c) {
        for (let i = 0; i < 80; i++) c.enqueue(new Uint8Array(1024).fill(32));
        c.close();
      },
    });
    const res = await request('/api/movies/wont-back-down/user-reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await errorCode(res)).toBe('payload_too_large');
  });

  it('serves the build: hashed assets immutable, other files an hour; never the template or prerendered pages', async () => {
    const { request } = server();
    const asset = await request('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await request('/robots.txt')).headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await request('/index.html')).headers.get('content-type')).toMatch(/html/);
    expect((await request('/../package.json')).status).toBe(404);
  });

  it('renders pages per request from current data; 404 with a page for an unknown movie or address', async () => {
    const { request } = server();
    await request('/api/movies/wont-back-down/user-reviews', post({ ...review, score: 10 }));
    const page = await request('/movies/wont-back-down');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none'");
    const html = await page.text();
    expect(html).toContain('User score 6.6 from 15 ratings');
    const missing = await request('/movies/no-such-movie');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/text\/html/);
    expect(await missing.text()).toContain('Not found');
    expect((await request('/no/such/page')).status).toBe(404);
  });

  it('health and readiness; one structured log line per request', async () => {
    const { request, logs, app } = server();
    expect(await (await request('/api/health')).json()).toEqual({ ok: true, durable: true });
    expect(await (await request('/api/ready')).json()).toEqual({ ready: true });
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ msg: 'request', method: 'GET', path: '/api/health', status: 200 });
    expect(typeof logs[0]!.ms).toBe('number');
    app.drain();
    expect((await request('/api/ready')).status).toBe(503);
    const notReady = server({ ready: async () => ({ ready: false, schema: 0 }) });
    expect((await notReady.request('/api/ready')).status).toBe(503);
  });
});
