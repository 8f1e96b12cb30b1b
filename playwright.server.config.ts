import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, ensureBrowsers } from './e2e/browsers.mjs';
import { freePort } from './scripts/lib/preview.mjs';

/**
 * Browser tests against the real server (`npm start`: the client build, SSR, the API on PGlite). Self-contained:
 * its own server on a free port (SERVER_E2E_PORT), on a fresh copy of the seeded PGlite template the server stage
 * keeps (server/testing/pglite-template.ts: made once in ~10 s, then copied in well under a second), and Chromium,
 * found or installed as for the other browser tests (e2e/browsers.mjs: CHROMIUM_PATH, else Debian's headless shell).
 * Run: npm run test:e2e:server (a stage of `npm test`)
 */

// Chosen once in the runner; the worker, which loads this file again, inherits them through the environment.
process.env.SERVER_E2E_PORT ??= String(await freePort());
// a second server, with other data, and a static build pointed at it (VITE_API_URL): e2e/server/api-url-build.spec.ts
process.env.SECOND_SERVER_E2E_PORT ??= String(await freePort());
process.env.API_URL_PAGES_E2E_PORT ??= String(await freePort());
// SERVER_E2E_DATA_DIR set by hand: that directory, as it is (and SECOND_SERVER_E2E_DATA_DIR)
if (!process.env.SERVER_E2E_DATA_DIR || !process.env.SECOND_SERVER_E2E_DATA_DIR) {
  // through Vite, as the server stage loads it (the seed's JSON imports, the @/ alias)
  const { module } = await runnerImport<typeof import('./server/testing/pglite-template-loaded')>(
    '/server/testing/pglite-template-loaded.ts',
    { configFile: false, logLevel: 'warn', resolve: { alias: { '@': resolve('src') } } },
  );
  for (const [name, dir] of [
    ['SERVER_E2E_DATA_DIR', 'node_modules/.cache/verdict-e2e-server'],
    ['SECOND_SERVER_E2E_DATA_DIR', 'node_modules/.cache/verdict-e2e-second-server'],
  ] as const) {
    if (process.env[name]) continue;
    rmSync(resolve(dir), { recursive: true, force: true }); // the last run's copy
    cpSync(module.template, resolve(dir), { recursive: true });
    process.env[name] = resolve(dir);
  }
}
const origin = `http://127.0.0.1:${process.env.SERVER_E2E_PORT}`;
const secondOrigin = `http://127.0.0.1:${process.env.SECOND_SERVER_E2E_PORT}`;
const pagesOrigin = `http://127.0.0.1:${process.env.API_URL_PAGES_E2E_PORT}`;

/** `npm start` on a port and a database of its own; it builds the client and the server first where they are stale. */
const server = (port: string, dataDir: string, env: Record<string, string> = {}) => ({
  command: 'node scripts/start.mjs',
  url: `http://127.0.0.1:${port}/api/ready`,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: { PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_REQUESTS: '0', ...env },
});

export default defineConfig({
  testDir: 'e2e/server',
  timeout: 60_000,
  workers: 1,
  // no retries: a retry would meet the first attempt's ratings in the same database
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // its own folder: npm test runs this beside the other browser tests, and each run empties its folder as it starts
  outputDir: 'test-results-server',
  use: {
    baseURL: origin,
    launchOptions: { executablePath: ensureBrowsers(['chromium']).chromium ?? undefined, args: CHROMIUM_ARGS },
  },
  // started in this order, each once the one before answers
  webServer: [
    // the first builds what is stale (a few seconds)
    { ...server(process.env.SERVER_E2E_PORT!, process.env.SERVER_E2E_DATA_DIR!), timeout: 120_000 },
    // the second server: its own database, and the static pages' origin allowed to call it
    {
      ...server(process.env.SECOND_SERVER_E2E_PORT!, process.env.SECOND_SERVER_E2E_DATA_DIR!, {
        CORS_ORIGINS: pagesOrigin,
      }),
      timeout: 60_000,
    },
    {
      // gives the second server other data, builds with VITE_API_URL pointed at it, serves the build (e2e/serve.mjs)
      command: 'node e2e/server/api-url-pages.mjs',
      url: `${pagesOrigin}/movies/wont-back-down`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        VITE_API_URL: secondOrigin,
        VERDICT_E2E_PORT: process.env.API_URL_PAGES_E2E_PORT!,
        E2E_OUT_DIR: 'dist-e2e-api-url',
      },
    },
  ],
});
