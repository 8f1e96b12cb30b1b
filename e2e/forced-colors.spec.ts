// Issue 13, item 5: with forced colours (Windows high contrast), the histogram bars, the distribution bar, the
// legend swatches, the filled segments of the content meters and every selected state stay visible. The browser
// paints every background as Canvas there; these are kept in system colours (src/components/band-colors.ts).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { critics, CRITIC_REVIEWS, guide, PARENTS_GUIDE } from './page';

test.use({ forcedColors: 'active' });

/** The system colours as this browser paints them: Canvas (the page), CanvasText and Highlight. */
const systemColours = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const read = (c: string) => {
      probe.style.backgroundColor = c;
      return getComputedStyle(probe).backgroundColor;
    };
    const out = { canvas: read('Canvas'), canvasText: read('CanvasText'), highlight: read('Highlight') };
    probe.remove();
    return out;
  });
/** The fills of the drawn elements (an empty bin's bar has no height: nothing to see, nothing to check). */
const fills = (l: Locator) =>
  l.evaluateAll((els) =>
    els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => getComputedStyle(e).backgroundColor),
  );

test('bars, the distribution, swatches and the current bar keep system colours under forced colours', async ({
  page,
  errors,
}) => {
  await page.goto(CRITIC_REVIEWS);
  const c = await systemColours(page);
  expect(c.canvasText).not.toBe(c.canvas);
  const section = critics(page);
  // the bars with reviews (their stacked parts too), the distribution's segments and the legend's swatches
  const bars = await fills(section.locator('[data-testid^="critic-bar-"]'));
  expect(bars.length).toBe(7); // the seven bins with reviews, 20–29 to 80–89
  for (const fill of bars) expect(fill).toBe(c.canvasText);
  const segments = section.locator('[data-band]').filter({ hasNot: page.locator('[data-band]') });
  for (const fill of await fills(segments)) expect(fill).not.toBe(c.canvas);
  // the legend's squares and the dots beside each band's name (the distribution's and the filter's)
  const swatches = section.locator('span[aria-hidden="true"].inline-block');
  expect(await swatches.count()).toBeGreaterThan(0);
  for (const fill of await fills(swatches)) expect(fill).not.toBe(c.canvas);

  // the current bar is drawn in Highlight, the others stay CanvasText
  const bar = section.getByRole('group', { name: 'Critic scores, 0–100' }).getByRole('link', { name: /^50–59:/ });
  await bar.click();
  await expect(bar).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await fills(section.getByTestId('critic-bar-5')))[0]).toBe(c.highlight);
  expect((await fills(section.getByTestId('critic-bar-4')))[0]).toBe(c.canvasText);

  // the pressed band button differs from the others, not only in its colours' names
  const band = section.getByRole('group', { name: 'Filter critic reviews by score band' });
  await band.getByRole('button', { name: /^Negative/ }).click();
  const look = (l: Locator) =>
    l.evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.backgroundColor, s.color, s.borderColor, s.outlineStyle, s.outlineWidth].join(' ');
    });
  const pressed = band.getByRole('button', { name: /^Negative/ });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  expect(await look(pressed)).not.toBe(await look(band.getByRole('button', { name: /^Mixed/ })));
  expect(errors).toEqual([]);
});

test('the content meters keep their filled segments under forced colours', async ({ page, errors }) => {
  await page.goto(PARENTS_GUIDE);
  const c = await systemColours(page);
  const meters = guide(page).getByTestId('meter-segments');
  expect(await meters.count()).toBe(7);
  const filled = guide(page).locator('[data-testid="meter-segments"] [data-filled="true"]');
  const empty = guide(page).locator('[data-testid="meter-segments"] [data-filled="false"]');
  expect(await filled.count()).toBeGreaterThan(0);
  for (const fill of await fills(filled)) expect(fill).toBe(c.canvasText);
  for (const fill of await fills(empty)) expect(fill).not.toBe(c.canvasText);
  expect(errors).toEqual([]);
});
