import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, sharedBrowser } from './browser';
import { critics } from './page';

const browser = sharedBrowser();

const cards = (page: Page) => critics(page).getByRole('list', { name: 'Critic reviews list' }).getByRole('article');
const bandButton = (page: Page, name: string) =>
  critics(page).getByRole('group', { name: 'Filter critic reviews by score band' }).getByRole('button', { name });
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('critic reviews in Chromium', () => {
  it('filters by band: Positive 8, Mixed 18, Negative 8; Back restores the previous state; no axe violations', async () => {
    const { page, context, errors } = await openPage(browser());
    await expect.poll(() => cards(page).count()).toBe(34);
    await bandButton(page, 'Positive 8').click();
    await expect.poll(() => cards(page).count()).toBe(8);
    expect(param(page, 'band')).toBe('positive');
    await bandButton(page, 'Mixed 18').click();
    await expect.poll(() => cards(page).count()).toBe(18);
    await bandButton(page, 'Negative 8').click();
    await expect.poll(() => cards(page).count()).toBe(8);
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect.poll(() => cards(page).count()).toBe(18);
    expect(param(page, 'band')).toBe('mixed');
    expect(await bandButton(page, 'Mixed 18').getAttribute('aria-pressed')).toBe('true');
    await page.goBack();
    await expect.poll(() => cards(page).count()).toBe(8);
    expect(param(page, 'band')).toBe('positive');

    await page.reload();
    await expect.poll(() => cards(page).count()).toBe(8);
    expect(await bandButton(page, 'Positive 8').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a histogram click filters to that bar, by mouse and by keyboard, and clicking again clears', async () => {
    const { page, context, errors } = await openPage(browser());
    await expect.poll(() => cards(page).count()).toBe(34);
    const chart = critics(page).getByRole('group', { name: 'Critic scores, 0–100' });
    const bar = chart.getByRole('button', { name: '50–59: 10 reviews, mixed' });
    await bar.click();
    await expect.poll(() => cards(page).count()).toBe(10);
    expect(param(page, 'bin')).toBe('5');
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    expect(await bandButton(page, 'Mixed 18').getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(page);
    await bar.click();
    await expect.poll(() => cards(page).count()).toBe(34);

    const low = chart.getByRole('button', { name: '20–29: 3 reviews, negative' });
    await low.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards(page).count()).toBe(3);
    await page.goBack();
    await expect.poll(() => cards(page).count()).toBe(34);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts and searches through the URL, with highlighted words and an empty state that clears', async () => {
    const { page, context, errors } = await openPage(browser(), '/movies/wont-back-down?sort=score-asc');
    await expect.poll(() => cards(page).count()).toBe(34);
    expect(await cards(page).first().textContent()).toContain('20 out of 100');
    await critics(page).getByRole('searchbox', { name: 'Search' }).fill('lottery');
    await expect.poll(() => param(page, 'q')).toBe('lottery');
    await expect.poll(() => cards(page).count()).toBeLessThan(34);
    expect(await cards(page).first().locator('mark').first().textContent()).toMatch(/lottery/i);
    await critics(page).getByRole('searchbox', { name: 'Search' }).fill('nothing-like-this');
    await critics(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards(page).count()).toBe(34);
    expect(param(page, 'sort')).toBe('score-asc');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in dark mode (system setting, then the toggle) the filtered page has no axe violations', async () => {
    const { page, context, errors } = await openPage(browser(), '/movies/wont-back-down?band=mixed', {
      colorScheme: 'dark',
    });
    await expect.poll(() => cards(page).count()).toBe(18);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByText('Light', { exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
    await page.getByText('Dark', { exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await page.reload();
    await expect.poll(() => cards(page).count()).toBe(18);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await critics(page)
      .getByRole('group', { name: 'Critic scores, 0–100' })
      .getByRole('button', { name: /^40–49/ })
      .click();
    await expect.poll(() => cards(page).count()).toBe(7);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('dark choice survives in a light system, at 360 px, with no axe violations', async () => {
    const { page, context, errors } = await openPage(browser(), '/movies/wont-back-down?band=negative', {
      width: 360,
      height: 800,
    });
    await expect.poll(() => cards(page).count()).toBe(8);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByText('Dark', { exact: true }).click();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
