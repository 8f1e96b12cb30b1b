// A reader's own rating, beyond the flow every engine runs (e2e/flows.spec.ts rates 10 with a review and
// reloads): the form's messages, and editing and deleting one's review.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MOVIE, rateForm, users, userScore } from './page';

async function rate(page: Page, score: number, author = 'E2E Reader') {
  const form = rateForm(page);
  await form.getByRole('radio', { name: new RegExp(`^${score},`) }).check({ force: true });
  await form.getByLabel('Nickname').fill(author);
  await form.getByRole('button', { name: 'Submit rating' }).click();
}

test('the rating form shows messages beside the fields for an empty or too-short review', async ({ page, errors }) => {
  await page.goto(MOVIE);
  const form = rateForm(page);
  await form.getByRole('button', { name: 'Submit rating' }).click();
  await expect(form.getByText('Choose a rating from 0 to 10')).toHaveCount(1);
  await expect(form.getByText('Nickname needs at least 2 characters')).toHaveCount(1);
  const text = form.getByLabel(/Your review/);
  await text.fill('Too short.');
  await form.getByRole('button', { name: 'Submit rating' }).click();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await text.getAttribute('aria-describedby')) ?? '';
  const description = await page.evaluate(
    (ids) =>
      ids
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    describedBy,
  );
  expect(description).toMatch(/A review needs at least 75 characters/);
  await expect(form.getByText('10 / 5,000 characters (65 more needed)')).toHaveCount(1);
  await expect(users(page).getByRole('article')).toHaveCount(10);
  expect(errors).toEqual([]);
});

test('the reader edits and deletes their own review; the score follows', async ({ page, errors }) => {
  await page.goto(MOVIE);
  await rate(page, 0);
  await expect(userScore(page)).toContainText('based on 15 ratings');
  await expect(userScore(page)).toContainText('6.0');
  await page.getByRole('button', { name: 'Edit your review' }).click();
  const edit = page.getByRole('form', { name: 'Edit your review' });
  await edit.getByRole('radio', { name: /^10,/ }).check({ force: true });
  await edit.getByLabel(/Title/).fill('Changed my mind');
  await edit.getByRole('button', { name: 'Update your review' }).click();
  await expect(userScore(page)).toContainText('6.6');
  await expect(users(page).getByRole('article').filter({ hasText: 'Changed my mind' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete your review' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(userScore(page)).toContainText('based on 14 ratings');
  await expect(userScore(page)).toContainText('6.4');
  await page.reload();
  await expect(users(page).getByRole('heading', { name: /^Reviews \(/ })).toContainText('(13)');
  await expect(page.getByRole('form', { name: 'Rate this movie' })).toHaveCount(1);
  expect(errors).toEqual([]);
});
