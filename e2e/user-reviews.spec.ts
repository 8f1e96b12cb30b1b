import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, sharedBrowser } from './browser';
import { rateForm, users, userScore } from './page';

const browser = sharedBrowser();

const TEXT =
  'A moving, well acted drama about two mothers who take on a failing school and the union that runs it. Worth it.';

async function rate(
  page: Page,
  { score, author = 'E2E Reader', text = '' }: { score: number; author?: string; text?: string },
) {
  const form = rateForm(page);
  await form.getByRole('radio', { name: new RegExp(`^${score},`) }).check({ force: true });
  await form.getByLabel('Nickname').fill(author);
  if (text) await form.getByLabel(/Your review/).fill(text);
  await form.getByRole('button', { name: 'Submit rating' }).click();
}

describe('user ratings in Chromium', () => {
  it('submits a 10 with text: it shows with 6.6 from 15, and is still there after a reload', async () => {
    const { page, context, errors } = await openPage(browser());
    await expect.poll(() => userScore(page).textContent()).toContain('based on 14 ratings');
    expect(await userScore(page).textContent()).toContain('6.4');
    await rate(page, { score: 10, text: TEXT });
    await expect.poll(() => users(page).getByRole('article').filter({ hasText: TEXT }).count()).toBe(1);
    await expect.poll(() => userScore(page).textContent()).toContain('based on 15 ratings');
    expect(await userScore(page).textContent()).toContain('6.6');
    await expect
      .poll(() => users(page).getByRole('status').allTextContents())
      .toContain('Thank you. Your rating of 10 out of 10 was added.');
    await page.reload();
    await expect.poll(() => users(page).getByRole('article').filter({ hasText: TEXT }).count()).toBe(1);
    expect(await userScore(page).textContent()).toContain('6.6');
    expect(await userScore(page).textContent()).toContain('based on 15 ratings');
    expect(await page.getByRole('heading', { name: 'Your rating: 10 out of 10' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows messages beside the fields for an empty or too-short review, with no axe violations', async () => {
    const { page, context, errors } = await openPage(browser());
    const form = rateForm(page);
    await form.getByRole('button', { name: 'Submit rating' }).click();
    await expect.poll(() => form.getByText('Choose a rating from 0 to 10').count()).toBe(1);
    expect(await form.getByText('Nickname needs at least 2 characters').count()).toBe(1);
    await form.getByLabel(/Your review/).fill('Too short.');
    await form.getByRole('button', { name: 'Submit rating' }).click();
    await expect.poll(() => form.getByLabel(/Your review/).getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await form.getByLabel(/Your review/).getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(description).toMatch(/A review needs at least 75 characters/);
    expect(await form.getByText('10 / 5,000 characters (65 more needed)').count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(await users(page).getByRole('article').count()).toBe(13);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows markup in a review as text and runs nothing', async () => {
    const { page, context, errors } = await openPage(browser());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const xss = `<img src=x onerror=alert(1)> ${TEXT}`;
    await rate(page, { score: 3, author: '<b>Bold</b>', text: xss });
    const card = users(page).getByRole('article').filter({ hasText: xss });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('img, b, script').count()).toBe(0);
    expect(await card.getByText('<b>Bold</b>', { exact: true }).count()).toBe(1);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits and deletes the reader’s own review; the score follows', async () => {
    const { page, context, errors } = await openPage(browser());
    await rate(page, { score: 0 });
    await expect.poll(() => userScore(page).textContent()).toContain('based on 15 ratings');
    expect(await userScore(page).textContent()).toContain('6.0');
    await page.getByRole('button', { name: 'Edit your review' }).click();
    const edit = page.getByRole('form', { name: 'Edit your review' });
    await edit.getByRole('radio', { name: /^10,/ }).check({ force: true });
    await edit.getByLabel(/Title/).fill('Changed my mind');
    await edit.getByRole('button', { name: 'Update your review' }).click();
    await expect.poll(() => userScore(page).textContent()).toContain('6.6');
    await expect.poll(() => users(page).getByRole('article').filter({ hasText: 'Changed my mind' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete your review' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => userScore(page).textContent()).toContain('based on 14 ratings');
    expect(await userScore(page).textContent()).toContain('6.4');
    await page.reload();
    await expect.poll(() => users(page).getByRole('article').count()).toBe(13);
    await expect.poll(() => page.getByRole('form', { name: 'Rate this movie' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
