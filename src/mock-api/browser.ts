import { createApi, type MockApi } from './app';
import { seed as defaultSeed } from './seed';
import { parseFaultPlan, type FaultPlan } from './faults';
import { readerClaims } from '@/stores/reader-store';
import { sessionOnlyStorage, STORAGE_KEY, webStorage, type StorageAdapter } from './storage';

/** sessionStorage key holding the dev/e2e fault plan, in the `?faults=` syntax (see parseFaultPlan). */
export const FAULTS_SESSION_KEY = 'verdict:faults';

/** Faults can be injected in development, or in a build made with VITE_ENABLE_FAULTS=true (the e2e fault matrix). */
export const faultsEnabled = (): boolean =>
  import.meta.env.DEV || (import.meta.env.VITE_ENABLE_FAULTS as string | undefined) === 'true';

let api: Promise<MockApi> | null = null;
let adapter: StorageAdapter | null = null;

function pickStorage(): StorageAdapter {
  try {
    // Reading `localStorage` itself throws where storage is blocked; its writes may still fail later (full).
    return webStorage(window.localStorage, STORAGE_KEY, { claims: readerClaims });
  } catch {
    return sessionOnlyStorage();
  }
}

/**
 * The query string the page was loaded with. This module is loaded on the first request, and a link followed before
 * then has already changed the address (measured under load: the fault matrix's click through to the guide page
 * lost its plan in 10 of 15 tries, and the page loaded without faults).
 */
function loadedSearch(): string {
  const entry = performance.getEntriesByType?.('navigation')[0];
  return entry ? new URL(entry.name).search : window.location.search;
}

/**
 * `?faults=<plan>` on the URL the page was loaded with is copied into sessionStorage when the API starts; the plan
 * is then read from sessionStorage on every request, so a test can change or clear it without a reload.
 * `?faults=off` clears it.
 */
export function faultPlanSource(): () => FaultPlan {
  try {
    const fromUrl = new URLSearchParams(loadedSearch()).get('faults');
    if (fromUrl !== null) sessionStorage.setItem(FAULTS_SESSION_KEY, fromUrl === 'off' ? '' : fromUrl);
  } catch {
    /* no sessionStorage: no faults */
  }
  return () => {
    try {
      return parseFaultPlan(sessionStorage.getItem(FAULTS_SESSION_KEY));
    } catch {
      return {};
    }
  };
}

/**
 * The mock API served in-process in the browser, keeping reader additions in localStorage. A benchmark build
 * (VITE_BENCH=true) adds the synthetic movie; in any other build that branch and its module are dropped.
 */
export function browserApi(): Promise<MockApi> {
  api ??= (async () => {
    adapter = pickStorage();
    const seedData =
      import.meta.env.VITE_BENCH === 'true'
        ? (await import('./synthetic')).withSyntheticMovie(defaultSeed)
        : defaultSeed;
    return createApi({ storage: adapter, seed: seedData, faults: faultsEnabled() ? faultPlanSource() : undefined });
  })();
  return api;
}
