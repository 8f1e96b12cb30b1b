// Two tabs of one browser profile (one context: the same localStorage). An addition in one tab shows in the
// other without a reload (the `storage` event, src/app/cross-tab-sync.ts), and neither overwrites the other's.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DB_KEY, guide, MOVIE, users, userScore } from './page';

const USER_TEXT =
  'Tab A says: a sincere drama with two strong leads, even if it simplifies the politics of school reform.';
const PARENT_TEXT = 'Tab B says: fine for twelve and up, a good start for a talk about fairness.';
const WAIT = { timeout: 20_000 };

const userArticle = (page: Page) => users(page).getByRole('article').filter({ hasText: USER_TEXT });
const parentArticle = (page: Page) => guide(page).getByRole('article').filter({ hasText: PARENT_TEXT });

async function expectBothAdditions(page: Page) {
  await expect(userArticle(page)).toHaveCount(1, WAIT);
  await expect(userScore(page)).toContainText('based on 15 ratings', WAIT);
  await expect(parentArticle(page)).toHaveCount(1, WAIT);
  await guide(page).getByRole('heading', { level: 4, name: 'Parents say: age 12+ (1 review)' }).waitFor(WAIT);
}

test('an addition in one tab shows in the other without a reload; neither overwrites the other', async ({
  context,
}) => {
  const errors: string[] = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(MOVIE);
    await expect(userScore(page)).toContainText('based on 14 ratings', WAIT);
    return page;
  };
  const a = await open();
  const b = await open();
  let reloads = 0;
  for (const p of [a, b]) p.on('load', () => (reloads += 1));

  // Tab A: a user review.
  const rate = a.getByRole('form', { name: 'Rate this movie' });
  await rate.getByRole('radio', { name: /^8,/ }).check({ force: true });
  await rate.getByLabel('Nickname').fill('Tab A reader');
  await rate.getByLabel(/Your review/).fill(USER_TEXT);
  await rate.getByRole('button', { name: 'Submit rating' }).click();
  await users(a).getByText('Thank you. Your rating of 8 out of 10 was added.').waitFor(WAIT);
  // …shows in tab B, not reloaded.
  await expect(userArticle(b)).toHaveCount(1, WAIT);
  await expect(userScore(b)).toContainText('based on 15 ratings', WAIT);

  // Tab B: a parent review.
  const family = b.getByRole('form', { name: 'Add a parent or kid review' });
  await family.getByRole('radio', { name: 'Parent' }).check();
  await family.getByRole('combobox', { name: 'Youngest age it suits' }).selectOption({ label: 'Age 12+' });
  await family.locator('label').filter({ hasText: '5 stars' }).click();
  await family.getByRole('textbox', { name: 'Your review' }).fill(PARENT_TEXT);
  await family.getByRole('button', { name: 'Add review' }).click();
  await family.getByText('Thank you: your parent review (age 12+) was added.').waitFor(WAIT);

  // Both tabs show both additions, still without a reload.
  await expectBothAdditions(a);
  await expectBothAdditions(b);
  expect(reloads).toBe(0);
  const db = await a.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as unknown, DB_KEY);
  expect(db).toMatchObject({ users: [{ text: USER_TEXT }], family: [{ text: PARENT_TEXT }] });

  // And after a reload of each, both are still there.
  await a.reload();
  await b.reload();
  await expectBothAdditions(a);
  await expectBothAdditions(b);
  expect(errors).toEqual([]);
});
