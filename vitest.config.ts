import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Two projects: pure code (domain, lib, API client, mock API, scripts) runs in plain Node, which starts in a
 * fraction of jsdom's time; components, stores and the app shell run in jsdom. A test file's folder and
 * extension decide where it runs, so a new test lands in the right one without a list to keep.
 *
 * Test files share their worker's environment and module cache (isolate: false): a fresh jsdom and a fresh import
 * of React, the mock API and the seed per file cost more than the tests themselves (measured on 2 cores: 160 s with
 * isolation, 46–68 s without). The setup files reset everything a test can leave behind (storage, stores, URL,
 * toasts), so no file depends on the one before. One worker per core: each imports everything again, but on 2
 * cores two workers beat one in five of five back-to-back pairs of whole runs once the slow component tests were
 * made cheaper (36 s against 66 s, 47/53, 51/57, 76/92, 104/106; an earlier suite measured the other way, 88/82).
 */
const NODE_TESTS = [
  'src/domain/**/*.test.ts',
  'src/lib/**/*.test.ts',
  'src/api/**/*.test.ts',
  'src/mock-api/**/*.test.ts',
  'src/features/*/hooks/**/*.test.ts',
  'scripts/**/*.test.ts',
  'src/contract/**/*.test.ts',
  'server/**/*.test.ts',
];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      restoreMocks: true,
      unstubGlobals: true,
      unstubEnvs: true,
      isolate: false,
      maxWorkers: Math.max(1, availableParallelism()),
      testTimeout: 15_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: NODE_TESTS,
            // the server stage (npm run test:server, vitest.server.config.ts) runs the built server as a process
            exclude: [...configDefaults.exclude, 'server/**/*.int.test.ts'],
            setupFiles: ['./src/testing/setup.ts', './src/testing/setup-node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: NODE_TESTS,
            setupFiles: ['./src/testing/setup.ts', './src/testing/setup-dom.ts'],
          },
        },
      ],
    },
  }),
);
