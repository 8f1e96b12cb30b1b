import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { dismissAllToasts } from '@/app/toaster';
import { resetNavigationKind } from '@/lib/router';
import { resetReaderStore } from '@/stores/reader-store';

// findBy*/waitFor wait up to 5 s: the suite runs on 2 shared cores in CI.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts from an empty page at /, empty storage, a fresh reader, no toasts and no navigation: the test
// files share one window (vitest.config.ts: isolate: false), so nothing a file leaves may reach the next.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks(); // before the resets below, which write to storage a test may have made fail

  localStorage.clear();
  sessionStorage.clear();
  resetReaderStore();
  dismissAllToasts();
  window.history.pushState(null, '', '/'); // a push, unlike a replace, also drops what Back left ahead
  resetNavigationKind();
  document.title = '';
});

// jsdom has no matchMedia; the page asks it for the system colour scheme.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom lays nothing out, so it cannot scroll: a followed link's scroll to the top (src/app/app.tsx) does nothing
// here (browser tests check where the page is), instead of jsdom's "not implemented" error.
window.scrollTo = () => {};
