// The read routes × every fault kind, in Chromium, on a build made with VITE_ENABLE_FAULTS=true (and, so the
// latency case is quick, a short VITE_REQUEST_TIMEOUT_MS). Each case loads the page with `?faults=route:kind`,
// checks that the affected section says what went wrong with a "Try again" button while the others render,
// then clears the fault (sessionStorage `verdict:faults`, which the mock API reads on every request) and retries.
// One test per fault kind runs its five routes side by side (e2e/side-by-side.ts), each a step of its own.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clearFaultPlan, FAULT_KINDS } from './page';
import { sideBySide } from './side-by-side';

const REGIONS = ['Critic reviews', 'User reviews', 'Parents guide'] as const;
type Region = (typeof REGIONS)[number];

/**
 * Which sections a failing route takes down (the movie feeds the header and both score sections), and on which page:
 * the overview reads every route but the family list, which the parents' guide page reads (reached by its link, so
 * through the fault: the overview is fetched afresh, see below, and a page reached in the app fetches its own data).
 */
const ROUTES: Record<string, { affected: Region[]; header: boolean; guidePage?: true }> = {
  movie: { affected: ['Critic reviews', 'User reviews'], header: true },
  'critic-reviews': { affected: ['Critic reviews'], header: false },
  'user-reviews': { affected: ['User reviews'], header: false },
  'parent-guide': { affected: ['Parents guide'], header: false },
  'family-reviews': { affected: ['Parents guide'], header: false, guidePage: true },
};

const retryAlerts = (page: Page, scope: ReturnType<Page['locator']>) =>
  scope.getByRole('alert').filter({ has: page.getByRole('button', { name: /try again/i }) });

/** A section that has loaded: no skeleton, no error, some content. */
async function expectRendered(page: Page, name: Region) {
  const region = page.getByRole('region', { name });
  await expect(region.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, { timeout: 30_000 });
  expect(await region.getByRole('alert').count(), `${name} shows an error`).toBe(0);
  expect(((await region.textContent()) ?? '').length, `${name} is empty`).toBeGreaterThan(200);
}

async function readCase(page: Page, route: string, kind: string) {
  const { affected, header, guidePage } = ROUTES[route]!;
  const regions = guidePage ? (['Parents guide'] as const) : REGIONS;
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // The root is not prerendered, so the page fetches everything itself (through the faults).
  await page.goto(`/?faults=${encodeURIComponent(`${route}:${kind}`)}`);
  await page.waitForURL('**/movies/wont-back-down?faults=*');
  if (guidePage) await page.getByRole('link', { name: /^The whole guide/ }).click();
  const main = page.locator('main');
  // The failure is shown where it happened, with a retry, within the time-out and the automatic retries.
  const scopes = header ? [main] : affected.map((name) => page.getByRole('region', { name }));
  for (const scope of scopes) {
    await expect(retryAlerts(page, scope).first()).toBeAttached({ timeout: 45_000 });
  }
  for (const name of regions.filter((r) => !affected.includes(r))) await expectRendered(page, name);
  if (!header && !guidePage) await expect(page.getByRole('heading', { level: 1 })).toContainText("Won't Back Down");

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
    await expect(page.getByRole('button', { name: /trying again/i })).toHaveCount(0, { timeout: 15_000 });
  }
  await expect(retryAlerts(page, main)).toHaveCount(0, { timeout: 15_000 });
  for (const name of regions) await expectRendered(page, name);
  if (guidePage) await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText("Won't Back Down");
  else await expect(page.getByRole('heading', { level: 1 })).toContainText("Won't Back Down");
  expect(pageErrors).toEqual([]);
}

// up to 45 s for a fault to show (the time-out and two automatic retries), then the retry
test.describe.configure({ timeout: 120_000 });

for (const kind of FAULT_KINDS) {
  test(`${kind} on every read route leaves the page usable`, async ({ browser }) => {
    await sideBySide(
      browser,
      Object.keys(ROUTES).map((route) => ({ name: `${route} × ${kind}`, run: (page) => readCase(page, route, kind) })),
    );
  });
}
