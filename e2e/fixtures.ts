// The Playwright Test fixtures every spec uses.
//   errors  — console errors and uncaught page errors of the `page` fixture (Chromium specs)
//   driver  — the reader flows' driver (e2e/engines/driver.ts) for the project's engine: Playwright's Chromium,
//             Firefox through puppeteer-core over WebDriver BiDi, or WebKit through selenium and WebKitWebDriver.
//             The engine's browser (and, for WebKit, Xvfb and WebKitWebDriver) is started once per worker and
//             stopped when the worker ends; every test gets a fresh profile.
import { writeFile } from 'node:fs/promises';
import { test as base, type TestInfo } from '@playwright/test';
import { findBrowsers, type Engine } from './browsers.mjs';
import type { BaseDriver, Driver } from './engines/driver';
import { FirefoxDriver, launchFirefox } from './engines/firefox';
import { PlaywrightDriver } from './engines/playwright';
import { startWebKit, WebKitDriver } from './engines/webkit';

export { expect } from '@playwright/test';

/**
 * For expect.poll: check again soon. (Its default backs off to once a second, which added seconds to every
 * step that waits for the page; locator assertions retry quickly by themselves.)
 */
export const FAST = { intervals: [50, 100, 250] };

type AnyDriver = BaseDriver<unknown>;
interface EngineHost {
  open(baseURL: string): Promise<AnyDriver>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** which engine the project's `driver` drives */
  engine: Engine;
}

function paths(engine: Engine) {
  const found = findBrowsers([engine]);
  if (found.missing.length)
    throw new Error(
      `${engine}: missing ${found.missing.map((m) => m.what).join(', ')}; run \`node e2e/browsers.mjs --install\``,
    );
  return found;
}

async function attachScreenshot(driver: AnyDriver, testInfo: TestInfo) {
  try {
    const path = testInfo.outputPath(`${driver.engine}-screenshot.png`);
    await writeFile(path, await driver.screenshot());
    await testInfo.attach(`${driver.engine}-screenshot`, { path, contentType: 'image/png' });
  } catch {
    /* the browser is gone: nothing to show */
  }
}

export const test = base.extend<{ errors: string[]; driver: Driver }, EngineOptions & { engineHost: EngineHost }>({
  engine: ['chromium', { option: true, scope: 'worker' }],

  engineHost: [
    async ({ engine, playwright, launchOptions }, use) => {
      const found = paths(engine);
      let host: EngineHost;
      if (engine === 'firefox') {
        const browser = await launchFirefox(found.firefox!);
        host = { open: (url) => FirefoxDriver.open(browser, url), close: () => browser.close() };
      } else if (engine === 'webkit') {
        const service = await startWebKit({
          driverPath: found.webkitDriver!,
          python: found.webkitPython!,
          xvfb: found.xvfb,
        });
        host = { open: (url) => WebKitDriver.open(service, url), close: () => service.stop() };
      } else {
        // a context of the worker's own Playwright: the project's options and the trace apply to it
        const browser = await playwright.chromium.launch({ ...launchOptions, headless: true });
        host = { open: (url) => PlaywrightDriver.open(browser, url), close: () => browser.close() };
      }
      try {
        await use(host);
      } finally {
        await host.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  driver: async ({ engineHost, baseURL }, use, testInfo) => {
    const driver = await engineHost.open(baseURL!);
    try {
      await use(driver);
    } finally {
      // Chromium's failures come with a trace; the other engines' with what the window showed
      if (testInfo.status !== testInfo.expectedStatus && driver.engine !== 'chromium')
        await attachScreenshot(driver, testInfo);
      await driver.close().catch(() => {});
    }
  },

  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await use(errors);
  },
});
