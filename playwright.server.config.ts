import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server (`npm start`: the client build, SSR, the API on PGlite in a fresh data
 * directory). Self-contained: its own server and Chromium (CHROMIUM_PATH or Debian's /usr/bin/chromium).
 * Run: npx playwright test -c playwright.server.config.ts
 */
const PORT = Number(process.env.SERVER_E2E_PORT ?? 4319);
const dataDir = process.env.SERVER_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'verdict-e2e-server-'));

export default defineConfig({
  testDir: 'e2e/server',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${PORT}/api/ready`,
    // a first start builds the client and the server and initialises PGlite (initdb in WASM: ~20 s)
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_REQUESTS: '0' },
  },
});
