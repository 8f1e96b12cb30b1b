import { afterEach, beforeEach, vi } from 'vitest';
import { clearStorageEvents } from '@/lib/set-aside';

// A console.error in a test is a bug: fail the test (epic-stack's habit).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error in test: ${args.map(String).join(' ')}`);
  });
});

// What storage set aside or dropped is reported once per tab: each test starts with nothing reported.
afterEach(() => clearStorageEvents());
