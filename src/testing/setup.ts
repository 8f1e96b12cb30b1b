import { beforeEach, vi } from 'vitest';

// A console.error in a test is a bug: fail the test (epic-stack's habit).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error in test: ${args.map(String).join(' ')}`);
  });
});
