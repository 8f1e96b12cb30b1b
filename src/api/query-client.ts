import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * Statuses the page explains beside the form itself (a write refused because another tab wrote first, with
       * what to do next): no global toast repeats the API's own words for them.
       */
      explains?: readonly number[];
    };
  }
}

/** Retry the network, time-outs and 5xx (up to 2 more times), never a 4xx or a contract error. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return isApiError(error) ? error.retryable : false;
}

export function createQueryClient(opts: { onError?: (message: string) => void; retry?: boolean } = {}): QueryClient {
  const report = (error: unknown) => opts.onError?.(isApiError(error) ? error.message : 'Something went wrong.');
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => query.state.data !== undefined && report(error) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        const explained = isApiError(error) && error.status !== null && mutation.meta?.explains?.includes(error.status);
        if (!explained) report(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: opts.retry === false ? false : shouldRetry,
        retryDelay: (n) => Math.min(500 * 2 ** n, 4_000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
