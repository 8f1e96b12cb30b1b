import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createQueryClient } from '@/api/query-client';
import { usesServerApi } from '@/api/transport';
import { ServerUrlContext } from '@/lib/router';
import { beginHydration } from '@/lib/use-hydrated';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { toast } from './app/toaster';
import { STORAGE_KEY } from './mock-api/storage-key';
import './index.css';

/**
 * Whether the prerendered data may be older than what the API would say now: always for a build pointed at
 * a real API (VITE_API_URL: the build rendered that API's data as it was then), and when this browser holds
 * reader additions for the embedded API. Never for a page the server has just rendered from its database.
 */
function prerenderMayBeStale(): boolean {
  if (import.meta.env.VITE_API_URL) return true;
  if (usesServerApi()) return false;
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
function hydrateFrom(state: PageState) {
  const now = Date.now();
  for (const q of state.queries.queries) q.state.dataUpdatedAt = now;
  hydrate(queryClient, state.queries);
  // The HTML may hold other data than the API now has: ask the API right away.
  if (prerenderMayBeStale()) void queryClient.invalidateQueries();
  // In a transition React hydrates in slices that yield to the browser; outside one, the whole page is a single
  // task (the largest after the first paint, and what Lighthouse's Total Blocking Time counts).
  beginHydration();
  startTransition(() => {
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
  });
}

type PageState = { url: string; queries: DehydratedState };
const inlineState = document.getElementById('verdict-state')?.textContent;
const stateUrl = document.querySelector<HTMLMetaElement>('meta[name="verdict-state"]')?.content;
if (inlineState && container.firstElementChild) {
  // rendered per request by the server, the state inline in a JSON data block
  let state: PageState | null = null;
  try {
    state = JSON.parse(inlineState) as PageState;
  } catch {
    /* unreadable: render afresh */
  }
  if (state) hydrateFrom(state);
  else renderClient();
} else if (stateUrl && container.firstElementChild) {
  fetch(stateUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`state ${r.status}`);
      return r.json() as Promise<PageState>;
    })
    // without its state the page is rendered afresh from the API: still correct, just not hydrated
    .then(hydrateFrom, renderClient);
} else {
  renderClient();
}
