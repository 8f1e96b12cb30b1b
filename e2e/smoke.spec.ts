import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('the movie page in Chromium', () => {
  it('shows the title, the three sections and the 34 scored critic reviews, with no axe violations', async () => {
    const { page, context, errors } = await openPage(browser());
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain("Won't Back Down");
    for (const name of ['Critic reviews', 'User reviews', 'Parents guide']) {
      expect(await page.getByRole('region', { name }).count()).toBe(1);
    }
    const critics = page.getByRole('region', { name: 'Critic reviews' });
    await expect.poll(() => critics.getByRole('article').count()).toBeGreaterThanOrEqual(34);
    const scored = await critics
      .getByRole('article')
      .filter({ has: page.locator('.sr-only', { hasText: 'out of 100' }) })
      .count();
    expect(scored).toBe(34);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends the root to the movie and shows a not-found page for an unknown movie', async () => {
    const { page, context } = await openPage(browser(), '/');
    await page.waitForURL('**/movies/wont-back-down');
    await page.goto('/movies/no-such-film');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectNoAxeViolations(page);
    await context.close();
  });
});
