export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'contract';

/** The one error type the app sees from the API, whatever went wrong. `message` is for people. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly fields: Record<string, string[]> = {},
    readonly code: string | null = null,
  ) {
    super(message);
  }

  /** Worth trying again by itself: the network, a time-out, or a 5xx. Never a 4xx. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
