// Browser tests (`npm run test:e2e`, after `node e2e/browsers.mjs --install` has found or installed the engines).
//
// One build with faults enabled, served by `vite preview` (e2e/serve.mjs). Projects:
//   chromium          every spec but the state matrix, Playwright driving Debian's Chromium (CHROMIUM_PATH)
//   a11y <mode>       the axe state matrix, once per colour scheme × width (light/dark × 1280/360 px)
//   firefox, webkit   the reader flows (e2e/flows.spec.ts) through puppeteer-core (Firefox, WebDriver BiDi) and
//                     selenium-webdriver (WebKitGTK, WebKitWebDriver): see e2e/fixtures.ts
// BROWSERS=chromium,firefox,webkit (the default) chooses engines; a left-out engine's projects are not defined.
import { availableParallelism } from 'node:os';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chosenEngines, findBrowsers } from './e2e/browsers.mjs';
import type { EngineOptions } from './e2e/fixtures';
import { freePort } from './scripts/lib/preview.mjs';

const engines = chosenEngines();
const browsers = findBrowsers(engines);
if (browsers.missing.length) {
  throw new Error(
    `Missing for the browser tests: ${browsers.missing.map((m) => `${m.what} (${m.engine})`).join(', ')}.\n` +
      'Run `node e2e/browsers.mjs --install` (npm run test:e2e does), or set BROWSERS to the engines you have.',
  );
}

// Chosen once in the runner; the workers, which load this file again, inherit it through the environment.
process.env.VERDICT_E2E_PORT ??= String(await freePort());
// e2e/serve.mjs ends itself if this runner is gone without stopping it
process.env.VERDICT_E2E_RUNNER_PID ??= String(process.pid);
const baseURL = `http://127.0.0.1:${process.env.VERDICT_E2E_PORT}`;
// The e2e build injects faults when a test asks (?faults=, sessionStorage) and gives up on a request after 4 s,
// so the fault matrix's latency cases are quick; e2e/page.ts reads the same value.
process.env.VITE_ENABLE_FAULTS ??= 'true';
process.env.VITE_REQUEST_TIMEOUT_MS ??= '4000';

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: { executablePath: browsers.chromium ?? undefined, args: CHROMIUM_ARGS },
};

type Projects = NonNullable<PlaywrightTestConfig<EngineOptions>['projects']>;
const projects: Projects = [];
// The longest tests first (the state matrix, then the engines that start a browser per test), so two workers
// finish together.
if (engines.includes('chromium'))
  projects.push({ name: 'a11y', testMatch: 'a11y-states.spec.ts', use: { ...chromium, engine: 'chromium' } });
if (engines.includes('webkit'))
  projects.push({ name: 'webkit', testMatch: 'flows.spec.ts', use: { engine: 'webkit', trace: 'off' } });
if (engines.includes('firefox'))
  projects.push({ name: 'firefox', testMatch: 'flows.spec.ts', use: { engine: 'firefox', trace: 'off' } });
if (engines.includes('chromium'))
  projects.push({
    name: 'chromium',
    testIgnore: ['a11y-states.spec.ts', 'server/**'],
    use: { ...chromium, engine: 'chromium' },
  });

export default defineConfig<EngineOptions>({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // e2e/server: against the real server, with its own config (playwright.server.config.ts)
  testIgnore: 'server/**',
  fullyParallel: true,
  // One worker more than there are cores. With the full Chromium the suite kept both cores busy and a third worker
  // gained nothing; Chromium's headless shell needs less than half the CPU for a page, and the fault matrices, the
  // two-tab and the saving tests mostly wait (time-outs, retries, latency): two workers left the cores 1.5 busy on
  // average. In npm test on 2 cores: 238 s with two workers, 212 s with three.
  workers: Number(process.env.E2E_WORKERS) || availableParallelism() + 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    // As a reader who asked for less motion: the loading skeletons do not pulse. A pulse repaints its section every
    // frame, in software here (no GPU): measured, the read fault matrix took 113 CPU-seconds with it, 89 without.
    // results-in-view.spec.ts, which tests the scrolling that motion changes, asks for motion.
    reducedMotion: 'reduce',
    // Recording a trace costs every test about a fifth of its time (measured: 138 s → 108 s for 21 tests). In CI a
    // failed test runs again with a trace (retries: 1), so each failure still leaves one; locally every failure does.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
  },
  projects,
  webServer: {
    command: 'node e2e/serve.mjs',
    url: `${baseURL}/movies/wont-back-down`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      VERDICT_E2E_PORT: process.env.VERDICT_E2E_PORT,
      VERDICT_E2E_RUNNER_PID: process.env.VERDICT_E2E_RUNNER_PID,
      VITE_ENABLE_FAULTS: process.env.VITE_ENABLE_FAULTS,
      VITE_REQUEST_TIMEOUT_MS: process.env.VITE_REQUEST_TIMEOUT_MS,
    },
  },
});
