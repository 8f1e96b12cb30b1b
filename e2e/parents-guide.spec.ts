import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, sharedBrowser } from './browser';
import { familyForm, guide, FAMILY_FORM_ERRORS } from './page';

const browser = sharedBrowser();

const RATINGS = [
  'Positive messages: 3 out of 5',
  'Positive role models: 4 out of 5',
  'Violence: 0 out of 5',
  'Sex: 2 out of 5',
  'Language: 2 out of 5',
  'Consumerism: 1 out of 5',
  'Drinking, drugs and smoking: 3 out of 5',
];

describe('the parents guide in Chromium', () => {
  it('reads out the age verdict, MPAA rating and all seven ratings as text, with no axe violations', async () => {
    const { page, context, errors } = await openPage(browser(), '/movies/wont-back-down#parents');
    const section = guide(page);
    await section.getByRole('heading', { level: 3, name: 'OK for kids 9+' }).waitFor();
    expect(await section.getByText('for thematic elements and language').count()).toBe(1);
    const items = section.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 5 }) });
    await expect.poll(() => items.count()).toBe(7);
    const read = await items.evaluateAll((lis) =>
      lis.map((li) => `${li.querySelector('h5')!.textContent}: ${/\d out of 5/.exec(li.textContent ?? '')![0]}`),
    );
    expect(read).toEqual(RATINGS);
    // the text is visible, not only for screen readers
    for (const text of ['3 out of 5', '4 out of 5'])
      expect(await section.getByText(text).first().isVisible()).toBe(true);

    const toggle = section.getByRole('button', { name: /about language$/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await section.getByText(/One or two uses of "ass" and "Jesus"/).isVisible()).toBe(true);
    await familyForm(page).waitFor();
    expect(await section.getByText('No parent reviews yet. Be the first to say what age it suits.').isVisible()).toBe(
      true,
    );
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a message beside each field for invalid input, with no axe violations', async () => {
    const { page, context } = await openPage(browser(), '/movies/wont-back-down#parents');
    const f = familyForm(page);
    await f.getByRole('textbox', { name: 'Your review' }).fill('Too short');
    await f.getByRole('button', { name: 'Add review' }).click();
    for (const message of FAMILY_FORM_ERRORS) {
      await f.getByText(message).waitFor();
    }
    expect(await f.getByRole('radio', { name: 'Parent' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await f.getByRole('textbox', { name: 'Your review' }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('a parent review of age 12 makes “Parents say: age 12+ (1 review)”, and it survives a reload', async () => {
    const { page, context, errors } = await openPage(browser(), '/movies/wont-back-down#parents');
    const f = familyForm(page);
    await f.getByRole('radio', { name: 'Parent' }).check();
    await f.getByRole('combobox', { name: 'Youngest age it suits' }).selectOption({ label: 'Age 12+' });
    await f.locator('label').filter({ hasText: '4 stars' }).click();
    expect(await f.getByRole('radio', { name: '4 stars' }).isChecked()).toBe(true);
    await f.getByRole('textbox', { name: 'Your review' }).fill('Good for talking about school and fairness.');
    await f.getByRole('button', { name: 'Add review' }).click();
    const heading = guide(page).getByRole('heading', { level: 4, name: 'Parents say: age 12+ (1 review)' });
    await heading.waitFor();
    await f.getByText('Thank you: your parent review (age 12+) was added.').waitFor();
    expect(await guide(page).getByRole('article').count()).toBe(1);

    await page.reload();
    await heading.waitFor();
    expect(await guide(page).getByRole('article').textContent()).toContain(
      'Good for talking about school and fairness.',
    );
    await guide(page).getByRole('button', { name: 'Kids (0)' }).click();
    await page.waitForURL('**?role=kid#parents');
    expect(await guide(page).getByRole('article').count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
