import { expect, test } from './fixtures';
import { CRITIC_REVIEWS, MOVIE } from './page';

test('the movie page shows the title and the three sections; its critic list page, the 34 scored reviews', async ({
  page,
  errors,
}) => {
  await page.goto(MOVIE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Won't Back Down");
  for (const name of ['Critic reviews', 'User reviews', 'Parents guide']) {
    await expect(page.getByRole('region', { name })).toHaveCount(1);
  }
  await page.goto(CRITIC_REVIEWS);
  const critics = page.getByRole('region', { name: 'Critic reviews' });
  const scored = critics.getByRole('article').filter({ has: page.locator('.sr-only', { hasText: 'out of 100' }) });
  // a page at a time: the first 20, then the other 14
  await expect(scored).toHaveCount(20);
  await critics.getByRole('button', { name: 'Show more critic reviews' }).click();
  await expect(scored).toHaveCount(34);
  await expect(critics.getByRole('button', { name: 'Show more critic reviews' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the root sends to the movie, and an unknown movie shows a not-found page', async ({ page }) => {
  await page.goto('/');
  await page.waitForURL('**/movies/wont-back-down');
  await page.goto('/movies/no-such-film');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
