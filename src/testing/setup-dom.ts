import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetReaderStore } from '@/stores/reader-store';

// findBy*/waitFor wait up to 5 s: the suite runs on 2 shared cores in CI.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts from an empty page, empty storage and a fresh reader.
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  resetReaderStore();
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
