import { expect, type Locator, type Page } from '@playwright/test';

// The user score and the rating form, as the server browser tests read and use them.
export const users = (page: Page) => page.getByRole('region', { name: 'User reviews' });
// the score headline: "6.4 … based on 14 ratings" (seed: 6.4 from 14 published ratings)
const userScore = (page: Page) => users(page).getByTestId('user-score');

/** `who` names the reader in a failure: the same check runs for both. */
export async function expectScore(page: Page, who: string, score: string, count: number) {
  await expect(userScore(page), `${who}'s ratings count`).toContainText(`based on ${count} ratings`);
  // the badge reads e.g. "6.6 out of 10"
  await expect(userScore(page), `${who}'s user score`).toContainText(`${score} out of 10`);
}

/** Chooses a score as a pointer does: the radio is visually hidden, its label is the box the reader clicks. */
export async function choose(form: Locator, score: number) {
  const radio = form.getByRole('radio', { name: new RegExp(`^${score},`) });
  await radio.locator('xpath=ancestor::label[1]').click();
  await expect(radio).toBeChecked();
}
