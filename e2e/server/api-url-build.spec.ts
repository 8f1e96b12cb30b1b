import { expect, test, type Page } from '@playwright/test';
import { userSummarySchema } from '../../src/domain/schemas';
import { choose, expectScore, users } from './user-score';

/**
 * A static build pointed at a real API (VITE_API_URL) really uses that API: a second server with other data
 * than the seed (playwright.server.config.ts starts it; e2e/server/api-url-pages.mjs adds a rating of 2 to it,
 * then builds with VITE_API_URL and serves the build on another origin). Seed: 6.4 from 14 ratings, 89.6 in all.
 */
const MOVIE = '/movies/wont-back-down';
const API = `http://127.0.0.1:${process.env.SECOND_SERVER_E2E_PORT}`;
const PAGES = `http://127.0.0.1:${process.env.API_URL_PAGES_E2E_PORT}`;
const REVIEW = 'Rated from a static page on another origin; the second server keeps it, and the page says so.';

/** Console errors and uncaught errors, a CSP violation among them (Chromium reports those on the console). */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('a build pointed at a second server shows that server’s figures, asks it on load and writes to it', async ({
  browser,
  request,
}) => {
  // 1. The static HTML, read with JavaScript off: prerendered from the second server (89.6 + 2 over 15 = 6.1)
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noScript.newPage();
  await staticPage.goto(`${PAGES}${MOVIE}`);
  await expectScore(staticPage, 'the prerendered page', '6.1', 15);
  await noScript.close();

  // 2. The server's data moves after the build (another reader rates 8: 99.6 over 16 = 6.2); the page, once it
  //    has loaded, shows the server's figures as they are now, not the build's
  const rated = await request.post(`${API}/api/movies/wont-back-down/user-reviews`, {
    data: { score: 8, author: 'Another reader' },
  });
  expect(rated.status()).toBe(201);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${PAGES}${MOVIE}`);
  await expectScore(page, 'the loaded page', '6.2', 16);

  // 3. The reader rates 1 with a review, from the pages' origin to the API's (99.6 + 1 over 17 = 5.9)
  const form = users(page).getByRole('form', { name: 'Rate this movie' });
  await choose(form, 1);
  await form.getByRole('textbox', { name: 'Nickname' }).fill('Cross-origin reader');
  await form.getByRole('textbox', { name: /^Your review/ }).fill(REVIEW);
  await form.getByRole('button', { name: 'Submit rating' }).click();
  await expect(users(page).getByText('Thank you. Your rating of 1 out of 10 was added.')).toBeVisible();
  await expectScore(page, 'the reader', '5.9', 17);
  // the second server has it, with the figures the page shows
  const summary = userSummarySchema.parse(
    await (await request.get(`${API}/api/movies/wont-back-down/user-summary`)).json(),
  );
  expect(summary.count).toBe(17);
  expect(summary.score?.toFixed(1)).toBe('5.9');

  // 4. After a reload it is still the reader's, and deleting it works: the server knows the reader by the cookie
  //    it issued to this browser, sent along to the API's origin (a delete by anyone else is refused, 403)
  await page.reload();
  await expectScore(page, 'the reader after a reload', '5.9', 17);
  await users(page).getByRole('button', { name: 'Delete your review' }).click();
  await users(page).getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(users(page).getByText('Your review was deleted.')).toBeVisible();
  await expectScore(page, 'the reader after deleting', '6.2', 16);
  expect(errors, 'console errors, uncaught errors and CSP violations').toEqual([]);
  await context.close();
});
