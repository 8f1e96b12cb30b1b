import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { configureClient } from '@/api/client';
import { createQueryClient } from '@/api/query-client';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { createApi, type ApiOptions } from '@/mock-api/app';

/** The app (or any element) with a fresh QueryClient (no retries) over a fresh in-memory mock API. */
export function renderApp(
  ui: ReactElement = <App />,
  { url = '/movies/wont-back-down', api: apiOptions = {} }: { url?: string; api?: ApiOptions } = {},
) {
  window.history.replaceState(null, '', url);
  const api = createApi(apiOptions);
  configureClient({ transport: (req) => api.fetch(req), baseUrl: 'http://localhost' });
  const queryClient = createQueryClient({ retry: false });
  const result = render(<AppProviders client={queryClient}>{ui}</AppProviders>);
  return { ...result, api, queryClient };
}
