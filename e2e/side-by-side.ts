// The fault matrices' cases mostly wait: for the client's time-out (4 s in the e2e build), for react-query's
// retries (1 s, then 2 s), for a latency the mock API adds. One case after another, that waiting added up to most
// of the browser suite's time; side by side, in one test per fault kind, it overlaps.
import type { Browser, Page } from '@playwright/test';
import { test } from './fixtures';

export interface Case {
  name: string;
  run: (page: Page) => Promise<void>;
}

/**
 * Runs the cases at the same time, each as a step of the current test in a fresh context (its own storage) of the
 * worker's browser, with the project's options (baseURL, viewport) and trace. Fails listing every case that failed,
 * each with its page's address and accessibility snapshot as it failed.
 */
export async function sideBySide(browser: Browser, cases: Case[]): Promise<void> {
  const results = await Promise.allSettled(
    cases.map((c) =>
      test.step(c.name, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        try {
          await c.run(page);
        } catch (e) {
          // the case's context is closed below, so its trace keeps nothing of the page: say what it showed
          const shown = await page
            .locator('main')
            .ariaSnapshot({ timeout: 5_000 })
            .catch(() => '(no snapshot)');
          const message = e instanceof Error ? e.message : String(e);
          throw new Error(`${message}\n\nThe page at ${page.url()} showed:\n${shown}`, { cause: e });
        } finally {
          await context.close();
        }
      }),
    ),
  );
  const failed = results.flatMap((r, i) =>
    r.status === 'rejected'
      ? [`${cases[i]!.name}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`]
      : [],
  );
  if (failed.length) throw new Error(`${failed.length} of ${cases.length} cases failed:\n\n${failed.join('\n\n')}`);
}
