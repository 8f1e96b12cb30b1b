import { expect, test, type Browser, type Page } from '@playwright/test';
import { choose, expectScore, users } from './user-score';

/**
 * Readers see each other: two separate browser profiles (contexts: their own cookies, so their own reader
 * identity, and their own storage) against one server. A rating submitted in one shows in the other after a
 * reload, with the user score moved for both.
 */
const MOVIE = '/movies/wont-back-down';
const USER_REVIEWS = `${MOVIE}/user-reviews`;
const NICKNAME = 'Ann from profile one';
const REVIEW = 'Two mothers take on a failing school and win me over. Seen from another browser, it should say so.';

async function profile(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const annsReview = (page: Page) => users(page).getByRole('article', { name: `Review by ${NICKNAME}` });

test('a rating submitted in one profile shows in the other after a reload, the user score moved for both', async ({
  browser,
}) => {
  const ann = await profile(browser);
  const bob = await profile(browser);
  await ann.goto(MOVIE);
  await bob.goto(MOVIE);
  await expectScore(ann, 'Ann', '6.4', 14);
  await expectScore(bob, 'Bob', '6.4', 14);

  // Ann rates the movie 10, with a review
  const form = users(ann).getByRole('form', { name: 'Rate this movie' });
  await choose(form, 10);
  await form.getByRole('textbox', { name: 'Nickname' }).fill(NICKNAME);
  await form.getByRole('textbox', { name: /^Your review/ }).fill(REVIEW);
  await form.getByRole('button', { name: 'Submit rating' }).click();
  await expect(users(ann).getByText('Thank you. Your rating of 10 out of 10 was added.')).toBeVisible();
  await expectScore(ann, 'Ann', '6.6', 15);

  // Bob, another browser with another cookie, sees it after a reload: the server keeps it, not Ann's browser
  await bob.reload();
  await expectScore(bob, 'Bob', '6.6', 15);
  // it is Ann's review, not Bob's: Bob can still rate, with nothing of his own to edit, …
  await expect(users(bob).getByRole('form', { name: 'Rate this movie' })).toBeVisible();
  await expect(users(bob).getByRole('button', { name: 'Edit your review' })).toHaveCount(0);
  // … and the list of every user review has it, not marked as his
  await bob.goto(USER_REVIEWS);
  await expect(annsReview(bob), "Bob sees Ann's review").toContainText(REVIEW);
  await expect(annsReview(bob), 'not marked as his').not.toContainText('Your review');

  // Ann, after a reload, still sees the moved score and her review as hers
  await ann.reload();
  await expectScore(ann, 'Ann', '6.6', 15);
  await expect(annsReview(ann), 'Ann sees her review').toContainText(REVIEW);
  await expect(annsReview(ann), 'marked as hers').toContainText('Your review');
  await expect(users(ann).getByRole('button', { name: 'Edit your review' })).toBeVisible();
});
