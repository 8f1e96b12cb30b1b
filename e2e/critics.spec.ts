import type { Page } from '@playwright/test';
import { expect, FAST, test } from './fixtures';
import { critics, CRITIC_REVIEWS } from './page';

const cards = (page: Page) => critics(page).getByRole('list', { name: 'Critic reviews list' }).getByRole('article');
const bandButton = (page: Page, name: string) =>
  critics(page).getByRole('group', { name: 'Filter critic reviews by score band' }).getByRole('button', { name });
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

test('pages 20 then 14 with "Show more"; filters by band: Positive 8, Mixed 18, Negative 8; Back restores the previous state; a reload keeps it', async ({
  page,
  errors,
}) => {
  await page.goto(CRITIC_REVIEWS);
  // a page at a time: the first 20, then the other 14
  await expect(cards(page)).toHaveCount(20);
  const more = critics(page).getByRole('button', { name: 'Show more critic reviews' });
  await more.click();
  await expect(cards(page)).toHaveCount(34);
  await expect(more).toHaveCount(0);
  await bandButton(page, 'Positive 8').click();
  await expect(cards(page)).toHaveCount(8);
  expect(param(page, 'band')).toBe('positive');
  await bandButton(page, 'Mixed 18').click();
  await expect(cards(page)).toHaveCount(18);
  await bandButton(page, 'Negative 8').click();
  await expect(cards(page)).toHaveCount(8);

  await page.goBack();
  await expect(cards(page)).toHaveCount(18);
  expect(param(page, 'band')).toBe('mixed');
  await expect(bandButton(page, 'Mixed 18')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(cards(page)).toHaveCount(8);
  expect(param(page, 'band')).toBe('positive');

  await page.reload();
  await expect(cards(page)).toHaveCount(8);
  await expect(bandButton(page, 'Positive 8')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('a histogram click filters to that bar, by mouse and by keyboard, and clicking again clears', async ({
  page,
  errors,
}) => {
  await page.goto(CRITIC_REVIEWS);
  await expect(cards(page)).toHaveCount(20);
  const chart = critics(page).getByRole('group', { name: 'Critic scores, 0–100' });
  const bar = chart.getByRole('link', { name: '50–59: 10 reviews, mixed' });
  await bar.click();
  await expect(cards(page)).toHaveCount(10);
  expect(param(page, 'bin')).toBe('5');
  await expect(bar).toHaveAttribute('aria-current', 'true');
  await expect(bandButton(page, 'Mixed 18')).toHaveAttribute('aria-pressed', 'true');
  await bar.click();
  await expect(cards(page)).toHaveCount(20);

  const low = chart.getByRole('link', { name: '20–29: 3 reviews, negative' });
  await low.focus();
  await page.keyboard.press('Enter');
  await expect(cards(page)).toHaveCount(3);
  await page.goBack();
  await expect(cards(page)).toHaveCount(20);
  expect(errors).toEqual([]);
});

test('sorts and searches through the URL, with highlighted words and an empty state that clears', async ({
  page,
  errors,
}) => {
  await page.goto(`${CRITIC_REVIEWS}?sort=score-asc`);
  await expect(cards(page)).toHaveCount(20);
  await expect(cards(page).first()).toContainText('20 out of 100');
  await critics(page).getByRole('searchbox', { name: 'Search' }).fill('lottery');
  await expect.poll(() => param(page, 'q'), FAST).toBe('lottery');
  await expect.poll(() => cards(page).count(), FAST).toBeLessThan(20);
  await expect(cards(page).first().locator('mark').first()).toHaveText(/lottery/i);
  // a search is a history entry: Back returns to the results before it, and Forward to the search
  await page.goBack();
  await expect(cards(page)).toHaveCount(20);
  await expect(critics(page).getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  expect([param(page, 'q'), param(page, 'sort')]).toEqual([null, 'score-asc']);
  await page.goForward();
  await expect.poll(() => param(page, 'q'), FAST).toBe('lottery');
  await expect(critics(page).getByRole('searchbox', { name: 'Search' })).toHaveValue('lottery');
  await critics(page).getByRole('searchbox', { name: 'Search' }).fill('nothing-like-this');
  await critics(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards(page)).toHaveCount(20);
  expect(param(page, 'sort')).toBe('score-asc');
  expect(errors).toEqual([]);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the system setting, then the toggle, then a reload keep the filtered page dark', async ({ page, errors }) => {
    const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
    await page.goto(`${CRITIC_REVIEWS}?band=mixed`);
    await expect(cards(page)).toHaveCount(18);
    expect(await dark()).toBe(true);

    await page.getByText('Light', { exact: true }).click();
    expect(await dark()).toBe(false);
    await page.getByText('Dark', { exact: true }).click();
    expect(await dark()).toBe(true);
    await page.reload();
    await expect(cards(page)).toHaveCount(18);
    expect(await dark()).toBe(true);
    await critics(page)
      .getByRole('group', { name: 'Critic scores, 0–100' })
      .getByRole('link', { name: /^40–49/ })
      .click();
    await expect(cards(page)).toHaveCount(7);
    expect(errors).toEqual([]);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the filtered list does not scroll sideways, and the dark choice holds in a light system', async ({
    page,
    errors,
  }) => {
    await page.goto(`${CRITIC_REVIEWS}?band=negative`);
    await expect(cards(page)).toHaveCount(8);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByText('Dark', { exact: true }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(errors).toEqual([]);
  });
});
