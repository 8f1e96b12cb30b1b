import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * Readers see each other: two separate browser profiles (contexts: their own cookies, so their own reader
 * identity, and their own storage) against one server. A rating submitted in one shows in the other after a
 * reload, with the user score moved for both.
 */
const MOVIE = '/movies/wont-back-down';

async function profile(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const userScore = (page: Page) => page.getByTestId('user-score');

test('a rating submitted in one profile shows in the other after a reload, the user score moved for both', async ({
  browser,
}) => {
  const ann = await profile(browser);
  const bob = await profile(browser);
  await ann.goto(MOVIE);
  await bob.goto(MOVIE);
  await expect(userScore(ann)).toContainText('6.4');
  await expect(userScore(ann)).toContainText('based on 14 ratings');
  await expect(userScore(bob)).toContainText('based on 14 ratings');

  // Ann rates the movie 10 (a rating alone is enough)
  const form = ann.getByRole('form', { name: 'Rate this movie' });
  await form.getByRole('radio', { name: /^10,/ }).check();
  await form.getByRole('textbox', { name: 'Nickname' }).fill('Ann from profile one');
  await form.getByRole('button', { name: 'Submit rating' }).click();
  await expect(userScore(ann)).toContainText('based on 15 ratings');
  await expect(userScore(ann)).toContainText('6.6');

  // Bob, another browser with another cookie, sees it after a reload: the server keeps it, not Ann's browser
  await bob.reload();
  await expect(userScore(bob)).toContainText('6.6');
  await expect(userScore(bob)).toContainText('based on 15 ratings');
  await expect(bob.getByRole('article').filter({ hasText: 'Ann from profile one' })).toBeVisible();
  // it is Ann's review, not Bob's: Bob can still rate, and has nothing of his own to edit
  await expect(bob.getByRole('form', { name: 'Rate this movie' })).toBeVisible();

  await ann.reload();
  await expect(userScore(ann)).toContainText('6.6');
  await expect(userScore(ann)).toContainText('based on 15 ratings');
});
