import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * The server stage (`npm run test:server`): the built server as a process, on PGlite and on PostgreSQL. The global
 * setup builds it, prepares a PGlite template and gets a PostgreSQL (scripts/lib/postgres.mjs).
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'server',
      environment: 'node',
      include: ['server/**/*.int.test.ts'],
      globalSetup: ['./server/testing/global-setup.ts'],
      setupFiles: ['./src/testing/setup.ts'],
      // the files mostly wait on their server processes: PGlite's and PostgreSQL's run side by side
      maxWorkers: 3,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
