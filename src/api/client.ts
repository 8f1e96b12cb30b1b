import type { z } from 'zod';
import { loadContract, type Contract } from './contract';
import { ApiError } from './errors';
import { defaultBaseUrl, defaultTransport, requestCredentials, type Transport } from './transport';

/** A request gives up after this long and says so; no endless spinner. VITE_REQUEST_TIMEOUT_MS overrides it at build time. */
export const REQUEST_TIMEOUT_MS =
  Number(import.meta.env.VITE_REQUEST_TIMEOUT_MS as string | undefined) > 0
    ? Number(import.meta.env.VITE_REQUEST_TIMEOUT_MS)
    : 10_000;

export interface ClientConfig {
  transport: Transport;
  baseUrl: string;
  timeoutMs: number;
}

const config: ClientConfig = { transport: defaultTransport, baseUrl: defaultBaseUrl(), timeoutMs: REQUEST_TIMEOUT_MS };

/** Tests point the client elsewhere (another transport, base URL or time-out). */
export function configureClient(next: Partial<ClientConfig>): void {
  Object.assign(config, next);
}

export interface RequestOptions<T extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * The response's schema, picked from the lazily loaded contract (`(c) => c.movieResponseSchema`),
   * or null when the response has no body (204).
   */
  schema: ((contract: Contract) => T) | T | null;
  signal?: AbortSignal;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request was not understood.',
  403: 'You are not allowed to do that.',
  404: 'That could not be found.',
  409: 'That conflicts with something already saved.',
  413: 'That is too large to send.',
  422: 'Some fields need attention.',
  429: 'Too many requests; wait a moment and try again.',
  500: 'The server had a problem. Try again in a moment.',
  502: 'The server could not be reached. Try again in a moment.',
  503: 'The service is briefly unavailable. Try again in a moment.',
  504: 'The server took too long to answer. Try again in a moment.',
};

/** Typed fetch: builds the Request, parses the JSON with the contract, and turns every failure into one ApiError. */
export async function apiRequest<T extends z.ZodType>(path: string, opts: RequestOptions<T>): Promise<z.output<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const request = new Request(`${config.baseUrl}${path}`, {
    method: opts.method ?? 'GET',
    headers,
    body,
    signal,
    credentials: requestCredentials,
  });

  let response: Response;
  try {
    response = await raceAbort(
      Promise.resolve().then(() => config.transport(request)),
      signal,
    );
  } catch (e) {
    if (timeout.aborted) {
      throw new ApiError(
        'timeout',
        `No answer after ${Math.round(config.timeoutMs / 1000)} seconds. Check your connection and try again.`,
      );
    }
    if (opts.signal?.aborted) throw e;
    throw new ApiError('network', 'Could not reach the server. Check your connection and try again.');
  }

  if (!response.ok) {
    let parsedError = null;
    try {
      const body: unknown = await response.json();
      parsedError = (await loadContract()).apiErrorBodySchema.safeParse(body);
    } catch {
      /* not JSON: fall back to the status text */
    }
    const fallback = STATUS_TEXT[response.status] ?? `The server answered ${response.status}.`;
    if (parsedError?.success) {
      const { message, fields, code } = parsedError.data.error;
      throw new ApiError('http', response.status >= 500 ? fallback : message, response.status, fields ?? {}, code);
    }
    throw new ApiError('http', fallback, response.status);
  }

  if (opts.schema === null) {
    // The contract promises no body here (204): an answer with one is not the one we asked for.
    if ((await response.text().catch(() => '')).trim() !== '') {
      throw new ApiError(
        'contract',
        'The server sent data in an unexpected shape. Try again in a moment.',
        response.status,
      );
    }
    return undefined as z.output<T>;
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(
      'contract',
      'The server sent an answer we could not read. Try again in a moment.',
      response.status,
    );
  }
  const schema = typeof opts.schema === 'function' ? opts.schema(await loadContract()) : opts.schema;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      'contract',
      'The server sent data in an unexpected shape. Try again in a moment.',
      response.status,
    );
  }
  return parsed.data;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
