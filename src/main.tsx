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
const queryClient = createQueryClient({ onError: (m) => toast(m) });

function renderClient() {
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

/**
 * Prerendered page: start react-query from the same data the HTML was rendered with (a preloaded sidecar
 * JSON file), marked fresh so nothing is fetched again, then hydrate the HTML at the URL it was rendered for.
 */
function hydrateFrom(state: { url: string; queries: DehydratedState }) {
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
}

const stateUrl = document.querySelector<HTMLMetaElement>('meta[name="verdict-state"]')?.content;
if (stateUrl && container.firstElementChild) {
  fetch(stateUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`state ${r.status}`);
      return r.json() as Promise<{ url: string; queries: DehydratedState }>;
    })
    // without its state the page is rendered afresh from the API: still correct, just not hydrated
    .then(hydrateFrom, renderClient);
} else {
  renderClient();
}
