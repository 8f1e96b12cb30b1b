import { afterEach } from 'vitest';
import { MemoryStorage } from './memory-storage';

// Node has no Web Storage; code under test that is handed one gets an in-memory one, emptied after each test.
const g = globalThis as { localStorage?: Storage; sessionStorage?: Storage };
g.localStorage ??= new MemoryStorage();
g.sessionStorage ??= new MemoryStorage();
afterEach(() => {
  g.localStorage?.clear();
  g.sessionStorage?.clear();
});
