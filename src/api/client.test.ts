import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRequest, configureClient } from './client';
import { ApiError } from './errors';
import { shouldRetry } from './query-client';

const schema = z.object({ ok: z.literal(true) });
const answer = (fn: (req: Request) => Promise<Response> | Response) =>
  configureClient({ transport: async (req) => fn(req), baseUrl: 'http://localhost', timeoutMs: 200 });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected a failure');
}

describe('apiRequest', () => {
  it('parses a good answer with the contract and sends JSON bodies', async () => {
    let seen: Request | null = null;
    answer(async (req) => {
      seen = req;
      return Response.json({ ok: true });
    });
    await expect(apiRequest('/x', { method: 'POST', body: { a: 1 }, schema })).resolves.toEqual({ ok: true });
    expect(seen!.headers.get('content-type')).toBe('application/json');
    expect(await seen!.json()).toEqual({ a: 1 });
  });

  it('turns a network failure into a readable, retryable ApiError', async () => {
    answer(() => Promise.reject(new TypeError('Failed to fetch')));
    const e = await failure(apiRequest('/x', { schema }));
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/Could not reach the server/);
    expect(e.retryable).toBe(true);
  });

  it('gives up after the time-out and says so', async () => {
    answer(() => new Promise<Response>(() => {}));
    const e = await failure(apiRequest('/x', { schema }));
    expect(e.kind).toBe('timeout');
    expect(e.retryable).toBe(true);
  });

  it('keeps the API message and field errors of a 4xx, and does not retry it', async () => {
    answer(() =>
      Response.json(
        {
          error: { code: 'validation_failed', message: 'Some fields need attention.', fields: { text: ['Too short'] } },
        },
        { status: 422 },
      ),
    );
    const e = await failure(apiRequest('/x', { schema }));
    expect(e).toMatchObject({ kind: 'http', status: 422, fields: { text: ['Too short'] } });
    expect(e.retryable).toBe(false);
    expect(shouldRetry(0, e)).toBe(false);
  });

  it('retries a 5xx, with a plain message even when the body is not JSON', async () => {
    answer(() => new Response('<html>oops</html>', { status: 503 }));
    const e = await failure(apiRequest('/x', { schema }));
    expect(e.status).toBe(503);
    expect(e.message).toMatch(/briefly unavailable/);
    expect(shouldRetry(0, e)).toBe(true);
    expect(shouldRetry(2, e)).toBe(false);
  });

  it('rejects malformed JSON and bodies that break the contract', async () => {
    answer(() => new Response('{"ok": tru', { status: 200, headers: { 'content-type': 'application/json' } }));
    expect((await failure(apiRequest('/x', { schema }))).kind).toBe('contract');
    answer(() => Response.json({ ok: 'yes' }));
    const e = await failure(apiRequest('/x', { schema }));
    expect(e.kind).toBe('contract');
    expect(e.retryable).toBe(false);
  });

  it('accepts an empty answer where no body is expected, and refuses one with a body', async () => {
    answer(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/x', { method: 'DELETE', schema: null })).resolves.toBeUndefined();
    answer(() => new Response('', { status: 200 }));
    await expect(apiRequest('/x', { method: 'DELETE', schema: null })).resolves.toBeUndefined();
    answer(() => new Response('{"items":[{"id":"r-1","author":"Trunc', { status: 200 }));
    expect((await failure(apiRequest('/x', { method: 'DELETE', schema: null }))).kind).toBe('contract');
    answer(() => Response.json({ items: 'not a list', total: -1 }));
    expect((await failure(apiRequest('/x', { method: 'DELETE', schema: null }))).kind).toBe('contract');
  });
});
