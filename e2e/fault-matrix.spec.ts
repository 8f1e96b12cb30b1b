// The read routes × every fault kind, in Chromium, on a build made with VITE_ENABLE_FAULTS=true (and, so the
// latency case is quick, a short VITE_REQUEST_TIMEOUT_MS). Each case loads the page with `?faults=route:kind`,
// checks that the affected section says what went wrong with a "Try again" button while the others render,
// then clears the fault (sessionStorage `verdict:faults`, which the mock API reads on every request) and retries.
import type { Page } from 'playwright-core';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { clearFaultPlan, FAULT_KINDS } from './page';

const REGIONS = ['Critic reviews', 'User reviews', 'Parents guide'] as const;
type Region = (typeof REGIONS)[number];

/** Which sections a failing route takes down (the movie feeds the header and both score sections). */
const ROUTES: Record<string, { affected: Region[]; header: boolean }> = {
  movie: { affected: ['Critic reviews', 'User reviews'], header: true },
  'critic-reviews': { affected: ['Critic reviews'], header: false },
  'user-reviews': { affected: ['User reviews'], header: false },
  'parent-guide': { affected: ['Parents guide'], header: false },
  'family-reviews': { affected: ['Parents guide'], header: false },
};

const browser = sharedBrowser();
let ran = 0;
let passed = 0;

afterAll(async () => {
  console.log(
    `fault matrix: ${ran} cases ran, ${passed} passed (${Object.keys(ROUTES).length} read routes × ${FAULT_KINDS.length} faults)`,
  );
});

const retryAlerts = (page: Page, scope: ReturnType<Page['locator']>) =>
  scope.getByRole('alert').filter({ has: page.getByRole('button', { name: /try again/i }) });

/** A section that has loaded: no skeleton, no error, some content. */
async function expectRendered(expect: ExpectStatic, page: Page, name: Region) {
  const region = page.getByRole('region', { name });
  await expect
    .poll(
      () =>
        region
          .getByRole('status')
          .filter({ hasText: /loading/i })
          .count(),
      { timeout: 30_000 },
    )
    .toBe(0);
  expect(await region.getByRole('alert').count(), `${name} shows an error`).toBe(0);
  expect(((await region.textContent()) ?? '').length, `${name} is empty`).toBeGreaterThan(200);
}

describe.concurrent('every fault on every read route leaves the page usable', () => {
  for (const [route, { affected, header }] of Object.entries(ROUTES)) {
    for (const kind of FAULT_KINDS) {
      it(`${route} × ${kind}`, async ({ expect }) => {
        ran += 1;
        // The root is not prerendered, so the page fetches everything itself (through the faults).
        const { page, context, errors } = await openPage(
          browser(),
          `/?faults=${encodeURIComponent(`${route}:${kind}`)}`,
        );
        try {
          await page.waitForURL('**/movies/wont-back-down?faults=*');
          const main = page.locator('main');
          // The failure is shown where it happened, with a retry, within the time-out and the automatic retries.
          const scopes = header ? [main] : affected.map((name) => page.getByRole('region', { name }));
          for (const scope of scopes) {
            await expect.poll(() => retryAlerts(page, scope).count(), { timeout: 45_000 }).toBeGreaterThan(0);
          }
          for (const name of REGIONS.filter((r) => !affected.includes(r))) await expectRendered(expect, page, name);
          if (!header) expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain("Won't Back Down");

          // Clear the fault and retry: the sections come back without a reload.
          await clearFaultPlan(page);
          for (let i = 0; i < 6 && (await retryAlerts(page, main).count()) > 0; i++) {
            // an alert may go away by itself between the count and the click (another section's retry
            // can bring it back too): a missed click is retried by the loop, the end state is what counts
            await retryAlerts(page, main)
              .first()
              .getByRole('button', { name: /try again/i })
              .click({ timeout: 5_000 })
              .catch(() => {});
            await expect
              .poll(() => page.getByRole('button', { name: /trying again/i }).count(), { timeout: 15_000 })
              .toBe(0);
          }
          await expect.poll(() => retryAlerts(page, main).count(), { timeout: 15_000 }).toBe(0);
          for (const name of REGIONS) await expectRendered(expect, page, name);
          expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain("Won't Back Down");
          expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
          passed += 1;
        } finally {
          await context.close();
        }
      });
    }
  }
});
