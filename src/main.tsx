import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createQueryClient } from '@/api/query-client';
import { ServerUrlContext } from '@/lib/router';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { toast } from './app/toaster';
import { STORAGE_KEY } from './mock-api/storage-key';
import './index.css';

function hasReaderAdditions(): boolean {
  if (import.meta.env.VITE_API_URL) return false;
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

const container = document.getElementById('root')!;
const stateEl = document.getElementById('verdict-state');
const queryClient = createQueryClient({ onError: (m) => toast(m) });

if (stateEl?.textContent && container.firstElementChild) {
  // Prerendered page: start react-query from the same data the HTML was rendered with, marked fresh so
  // nothing is fetched again, then hydrate the HTML at the URL it was rendered for.
  const state = JSON.parse(stateEl.textContent) as { url: string; queries: DehydratedState };
  const now = Date.now();
  for (const q of state.queries.queries) q.state.dataUpdatedAt = now;
  hydrate(queryClient, state.queries);
  // The HTML holds the seed; a reader who added reviews in this browser gets them fetched right away.
  if (hasReaderAdditions()) void queryClient.invalidateQueries();
  hydrateRoot(
    container,
    <StrictMode>
      <ServerUrlContext value={state.url}>
        <AppProviders client={queryClient}>
          <App />
        </AppProviders>
      </ServerUrlContext>
    </StrictMode>,
  );
} else {
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}
