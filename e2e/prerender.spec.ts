import { expect, test } from './fixtures';
import { CRITIC_REVIEWS, MOVIE } from './page';

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
  // hydrated: React attached its handlers, so a filter control works
  await page
    .getByRole('button', { name: /^Positive/ })
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
