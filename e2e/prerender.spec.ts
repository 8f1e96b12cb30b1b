// Without JavaScript (issue 13, item 7) a reader reads every text whole from the prerendered pages: no dead button,
// forms that say they need JavaScript, and charts that still lead to the list. src/theme-script.js marks <html
// class="js">; without it nothing is clamped, what a button would reveal is shown, and the button is not
// (src/index.css).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { critics as criticsRegion, CRITIC_REVIEWS, guide, MOVIE, PARENTS_GUIDE } from './page';

/** How many of these elements cut their text short (a clamp, or `hidden`). */
const clipped = (l: Locator) =>
  l.evaluateAll(
    (els) => els.filter((e) => e.getBoundingClientRect().height === 0 || e.scrollHeight > e.clientHeight + 1).length,
  );
/** The buttons and fields a reader sees. */
const visibleControls = (page: Page) =>
  page
    .locator('button, input, select, textarea')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)));
const readMore = (page: Page) => page.getByRole('button', { name: /read more|show spoiler/i });
const excerpts = (page: Page) => criticsRegion(page).getByRole('article').locator('p[id$="-text"]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader still sees the headline scores, the critic cards and the parent verdict', async ({ page }) => {
    await page.goto(MOVIE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText("Won't Back Down");
    const critics = page.getByRole('region', { name: 'Critic reviews' });
    expect(await critics.getByText('42', { exact: true }).count()).toBeGreaterThan(0);
    // the overview's chosen critic reviews: the highest and the lowest scored
    await expect(critics.locator('article .sr-only', { hasText: 'out of 100' })).toHaveCount(2);
    const users = page.getByRole('region', { name: 'User reviews' });
    expect(await users.getByText('6.4', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('OK for kids 9+').count()).toBeGreaterThan(0);
  });

  test('the page follows the system’s dark or light theme, as it does with JavaScript on “System”', async ({
    browser,
  }) => {
    for (const colorScheme of ['dark', 'light'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
      const page = await context.newPage();
      await page.goto(MOVIE);
      const [lightness, scheme] = await page.evaluate(() => {
        // the body's background as sRGB (computed colours may be lab() or oklch()): drawn on a canvas and read back
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
        return [r! + g! + b!, getComputedStyle(document.documentElement).colorScheme];
      });
      // stone-950 is near 0, stone-50 near 3 × 250
      if (colorScheme === 'dark') expect(lightness).toBeLessThan(150);
      else expect(lightness).toBeGreaterThan(600);
      expect(scheme).toBe(colorScheme);
      await context.close();
    }
  });

  test('each full list is its own prerendered page, found by a plain link', async ({ page }) => {
    await page.goto(MOVIE);
    await page.getByRole('link', { name: 'All 34 critic reviews' }).click();
    await expect(page).toHaveURL(CRITIC_REVIEWS);
    await expect(page.getByRole('heading', { level: 1, name: "Won't Back Down (2012): critic reviews" })).toHaveCount(
      1,
    );
    const critics = page.getByRole('region', { name: 'Critic reviews' });
    await expect(critics.locator('article .sr-only', { hasText: 'out of 100' })).toHaveCount(20);
    expect(await page.title()).toBe("Won't Back Down (2012): all critic reviews · Verdict");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/movies\/wont-back-down\/critic-reviews$/,
    );
  });

  test('every critic excerpt and content explanation is whole, with no dead "Read more"', async ({ page }) => {
    await page.goto(CRITIC_REVIEWS);
    expect(await excerpts(page).count()).toBe(20);
    expect(await clipped(excerpts(page))).toBe(0);
    await expect(readMore(page)).toHaveCount(0);

    // the overview's content grid (the guide's own page shows every explanation whole, script or not)
    await page.goto(MOVIE);
    const explanations = guide(page).getByRole('listitem').locator('p span[data-no-js-shown]');
    expect(await explanations.count()).toBeGreaterThan(0);
    expect(await clipped(explanations)).toBe(0);
    await expect(readMore(page)).toHaveCount(0);
  });

  test('no dead control: no page shows a button or a field', async ({ page }) => {
    for (const path of [MOVIE, PARENTS_GUIDE, CRITIC_REVIEWS, `${MOVIE}/user-reviews`]) {
      await page.goto(path);
      expect(await visibleControls(page), path).toEqual([]);
    }
  });

  test('the forms say they need JavaScript', async ({ page }) => {
    await page.goto(MOVIE);
    await expect(page.getByText(/^Rating this movie needs JavaScript/)).toBeVisible();
    await page.goto(PARENTS_GUIDE);
    await expect(page.getByText(/^Adding a review as a parent or kid needs JavaScript/)).toBeVisible();
  });

  test("the overview's bands and bars, and the list pages' bars, are links to the list on them", async ({ page }) => {
    await page.goto(MOVIE);
    await criticsRegion(page)
      .getByRole('list', { name: 'Score distribution' })
      .getByRole('link', { name: /^Negative/ })
      .click();
    await expect(page).toHaveURL(`${CRITIC_REVIEWS}?band=negative`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Won't Back Down (2012): critic reviews");
    // a static host serves the list's one prerendered page whatever the query; the server renders the range
    const bars = criticsRegion(page).getByRole('group', { name: 'Critic scores, 0–100' }).getByRole('link');
    await expect(bars).toHaveCount(10);
    await bars.nth(2).click();
    await expect(page).toHaveURL(`${CRITIC_REVIEWS}?bin=2`);
    await page.goto(`${MOVIE}/user-reviews`);
    const scores = page.getByRole('region', { name: 'User reviews' }).getByRole('group', { name: 'User scores, 0–10' });
    await expect(scores.getByRole('link', { name: /^8:/ })).toHaveAttribute('href', `${MOVIE}/user-reviews?uscore=8`);
  });
});

test('with JavaScript the same excerpts are clamped behind "Read more", and the forms load', async ({
  page,
  errors,
}) => {
  await page.goto(CRITIC_REVIEWS);
  await expect(readMore(page).first()).toBeVisible();
  expect(await clipped(excerpts(page))).toBeGreaterThan(0);
  await page.goto(MOVIE);
  await expect(page.getByRole('form', { name: 'Rate this movie' })).toBeVisible();
  await expect(page.getByText(/needs JavaScript/)).toBeHidden();
  expect(errors).toEqual([]);
});

test('printed, the reviews are whole, without forms and buttons', async ({ page, errors }) => {
  for (const path of [MOVIE, CRITIC_REVIEWS, PARENTS_GUIDE]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page), path).toEqual([]);
    expect(await clipped(excerpts(page)), path).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(errors).toEqual([]);
});

test('the page hydrates without warnings, and a filter then answers from the API', async ({ page }) => {
  const requested: string[] = [];
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(MOVIE);
  await page.waitForLoadState('networkidle');
  // hydrated: React attached its handlers, so a band's link opens the list in the page (no new document: one
  // state file, below), where without them it would load the list page's own
  await page
    .getByRole('link', { name: /^Positive/ })
    .first()
    .click();
  await page.waitForURL(/band=positive/);
  await expect(
    page.getByRole('region', { name: 'Critic reviews' }).getByText('8 of 34 critic reviews: positive.'),
  ).toHaveCount(1);
  expect(messages).toEqual([]);
  // the first screen came with the HTML: its state file, not one request per list
  expect(requested.filter((p) => p.endsWith('.state.json'))).toHaveLength(1);
});

test('the page carries the tags search engines and link previews read', async ({ page }) => {
  await page.goto(MOVIE);
  const head = page.locator('head');
  expect(await page.title()).toBe("Won't Back Down (2012): critic, user and parent reviews · Verdict");
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /Critics: 42\/100 from 34 reviews/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/movies\/wont-back-down$/);
  for (const p of ['og:title', 'og:type', 'og:url', 'og:image', 'og:description']) {
    await expect(head.locator(`meta[property="${p}"]`)).toHaveCount(1);
  }
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  const ld = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({
    '@type': 'Movie',
    name: "Won't Back Down",
    aggregateRating: { ratingValue: 42, ratingCount: 34, bestRating: 100, worstRating: 0 },
  });
  expect(ld.review.length).toBeGreaterThan(0);
  for (const f of ['/robots.txt', '/favicon.svg', '/og-image.png']) {
    expect((await page.request.get(f)).status()).toBe(200);
  }
});
