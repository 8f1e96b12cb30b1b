// Two tabs of one browser profile (one context: the same localStorage). An addition in one tab shows in the
// other without a reload (the `storage` event, src/app/cross-tab-sync.ts), and neither overwrites the other's.
// The reader's words survive two tabs (issue 15, items 1, 3 and 4): a draft is one for both tabs, a second
// review is refused with the words kept, and a write against a review the other tab changed or deleted is refused
// and explained. A race is held open without timing: one tab hears of the other's writes late (its storage events
// held back, then delivered), and a slow write comes from the mock API's fault plan (per tab, in sessionStorage).
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  DB_KEY,
  editForm,
  guide,
  MOVIE,
  PARENTS_GUIDE,
  rateForm,
  setFaultPlan,
  USER_REVIEWS,
  users,
  userScore,
} from './page';

const USER_TEXT =
  'Tab A says: a sincere drama with two strong leads, even if it simplifies the politics of school reform.';
const PARENT_TEXT = 'Tab B says: fine for twelve and up, a good start for a talk about fairness.';
const WAIT = { timeout: 20_000 };

const userArticle = (page: Page) => users(page).getByRole('article').filter({ hasText: USER_TEXT });
const parentArticle = (page: Page) => guide(page).getByRole('article').filter({ hasText: PARENT_TEXT });

/** On the overview: both additions moved its figures (the user score, what parents say). */
async function expectBothCounted(page: Page) {
  await expect(userScore(page)).toContainText('based on 15 ratings', WAIT);
  await guide(page).getByRole('heading', { level: 4, name: 'Parents say: age 12+ (1 review)' }).waitFor(WAIT);
}

/** On the list pages: both additions listed. */
async function expectBothListed(page: Page) {
  await page.goto(USER_REVIEWS);
  await expect(userArticle(page)).toHaveCount(1, WAIT);
  await page.goto(PARENTS_GUIDE);
  await expect(parentArticle(page)).toHaveCount(1, WAIT);
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
  // …moves the score in tab B, not reloaded.
  await expect(userScore(b)).toContainText('based on 15 ratings', WAIT);

  // Tab B: a parent review, on the guide's page (a link followed in the app, not a reload).
  await guide(b).getByRole('link', { name: 'Add a parent review' }).click();
  const family = b.getByRole('form', { name: 'Add a parent or kid review' });
  await family.getByRole('radio', { name: 'Parent' }).check();
  await family.getByRole('combobox', { name: 'Youngest age it suits' }).selectOption({ label: 'Age 12+' });
  await family.locator('label').filter({ hasText: '5 stars' }).click();
  await family.getByRole('textbox', { name: 'Your review' }).fill(PARENT_TEXT);
  await family.getByRole('button', { name: 'Add review' }).click();
  await family.getByText('Thank you: your parent review (age 12+) was added.').waitFor(WAIT);
  await expect(parentArticle(b)).toHaveCount(1, WAIT);

  // Tab A counts both, still without a reload; B's Back returns to an overview that counts both too.
  await expectBothCounted(a);
  await b.goBack();
  await expectBothCounted(b);
  expect(reloads).toBe(0);
  const db = await a.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as unknown, DB_KEY);
  expect(db).toMatchObject({ users: [{ text: USER_TEXT }], family: [{ text: PARENT_TEXT }] });

  // And after a reload of each, both are still there, counted and listed.
  for (const p of [a, b]) {
    await p.reload();
    await expectBothCounted(p);
    await expectBothListed(p);
  }
  expect(errors).toEqual([]);
});

/* ---------- issue 15: a reader's words are never lost across tabs ---------- */

const TEXT_A =
  'Tab A wrote at length: a sincere drama with two strong leads, which simplifies the politics of school reform ' +
  'but earns its ending through the performances of Viola Davis and Maggie Gyllenhaal.';
const TEXT_B = 'Tab B wrote other words: earnest and well acted, but it argues its case the way a pamphlet does.';
/** A slow write (short of the e2e build's 4 s time-out, playwright.config.ts): the tab shows "Saving…" meanwhile. */
const slowWrites = (page: Page) => setFaultPlan(page, 'user-review-write:latency=2000');

/**
 * In every tab, before the app's own listener (listeners on one target run in the order they were added): a
 * `storage` listener that, once asked to, holds back the events this tab gets from the other one, as a busy or
 * frozen tab gets them late, until they are delivered. What the other tab does meanwhile, this tab has not heard of.
 */
function installStorageHold() {
  const held: StorageEvent[] = [];
  let holding = false;
  window.addEventListener('storage', (e) => {
    if (!holding) return;
    e.stopImmediatePropagation();
    held.push(e);
  });
  Object.assign(window, {
    holdStorageEvents: () => (holding = true),
    deliverStorageEvents: () => {
      holding = false;
      for (const { key, oldValue, newValue, url, storageArea } of held.splice(0))
        window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, url, storageArea }));
    },
  });
}
interface StorageHold {
  holdStorageEvents: () => void;
  deliverStorageEvents: () => void;
}

/** From now on `page` hears of the other tab's writes only when `deliver` is called. */
async function hearLate(page: Page) {
  await page.evaluate(() => (window as unknown as StorageHold).holdStorageEvents());
  return { deliver: () => page.evaluate(() => (window as unknown as StorageHold).deliverStorageEvents()) };
}

async function openTabs(context: BrowserContext, errors: string[]) {
  await context.addInitScript(installStorageHold);
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(MOVIE);
    await expect(rateForm(page).getByRole('button', { name: 'Submit rating' })).toBeVisible(WAIT);
    return page;
  };
  return [await open(), await open()] as const;
}

/** The reader's reviews as the mock API stores them in localStorage. */
const storedReviews = (page: Page) =>
  page.evaluate((key) => {
    const db = JSON.parse(localStorage.getItem(key) ?? '{}') as { users?: { score: number; text: string }[] };
    return db.users ?? [];
  }, DB_KEY);

/** The alert that says why a write was refused, found by how it starts. */
const refusal = (page: Page, start: string) => users(page).getByRole('alert').filter({ hasText: start });

const ownRating = (page: Page, score: number) =>
  users(page).getByRole('heading', { name: `Your rating: ${score} out of 10` });

async function rateIn(page: Page, score: number, text = TEXT_A) {
  const form = rateForm(page);
  await form.getByRole('radio', { name: new RegExp(`^${score},`) }).check({ force: true });
  await form.getByLabel('Nickname').fill('Two-tab reader');
  await form.getByLabel(/Your review/).fill(text);
  await form.getByRole('button', { name: 'Submit rating' }).click();
  await expect(users(page).getByText(`Thank you. Your rating of ${score} out of 10 was added.`)).toBeVisible(WAIT);
}

test('an idle older tab takes up the draft another tab wrote; a rating clicked there keeps it (issue 15, item 1)', async ({
  context,
}) => {
  const errors: string[] = [];
  const [a, b] = await openTabs(context, errors);
  // Tab A writes a long review (autosaved) while tab B is idle; then tab A is closed.
  await rateForm(a).getByLabel('Nickname').fill('Tab A reader');
  await rateForm(a)
    .getByLabel(/Your review/)
    .fill(TEXT_A);
  await expect(rateForm(b).getByLabel(/Your review/)).toHaveValue(TEXT_A, WAIT);
  await a.close();
  // In tab B a rating is clicked: it goes over tab A's words, not over an empty form.
  await rateForm(b).getByRole('radio', { name: /^6,/ }).check({ force: true });
  await b.reload();
  const form = rateForm(b);
  await expect(form.getByLabel(/Your review/)).toHaveValue(TEXT_A, WAIT);
  await expect(form.getByLabel('Nickname')).toHaveValue('Tab A reader');
  await expect(form.getByRole('radio', { name: /^6,/ })).toBeChecked();
  expect(errors).toEqual([]);
});

test('two tabs submitting at once: the second is told a review exists, and keeps its words (issue 15, item 3)', async ({
  context,
}) => {
  const errors: string[] = [];
  const [a, b] = await openTabs(context, errors);
  await slowWrites(a);
  const formA = rateForm(a);
  await formA.getByRole('radio', { name: /^8,/ }).check({ force: true });
  await formA.getByLabel('Nickname').fill('Two-tab reader');
  await formA.getByLabel(/Your review/).fill(TEXT_A);
  await formA.getByRole('button', { name: 'Submit rating' }).click();
  await expect(formA.getByRole('button', { name: 'Saving…' })).toBeVisible();
  // Tab B has the draft tab A is sending (with its key); what follows it hears only later, so from its side
  // the two ratings are sent at once.
  const bLate = await hearLate(b);
  await expect(users(a).getByText('Thank you. Your rating of 8 out of 10 was added.')).toBeVisible(WAIT);
  const formB = rateForm(b);
  await formB.getByLabel(/Your review/).fill(TEXT_B);
  await formB.getByRole('radio', { name: /^3,/ }).check({ force: true });
  await formB.getByLabel('Nickname').fill('Two-tab reader');
  await formB.getByRole('button', { name: 'Submit rating' }).click();

  await expect(refusal(b, 'You already have a review of this movie')).toContainText(
    'Your words are kept in the form below',
    WAIT,
  );
  await expect(users(b).getByText(/was added/)).toHaveCount(0);
  // Tab B's words: in its form (the editor of the review that exists), and in the draft after a reload.
  await expect(editForm(b).getByLabel(/Your review/)).toHaveValue(TEXT_B, WAIT);
  await expect(editForm(b).getByRole('radio', { name: /^3,/ })).toBeChecked();
  expect((await storedReviews(a)).map((r) => [r.score, r.text])).toEqual([[8, TEXT_A]]);
  await bLate.deliver();
  await b.reload();
  await expect(editForm(b).getByLabel(/Your review/)).toHaveValue(TEXT_B, WAIT);
  expect(errors).toEqual([]);
});

test('a delete that lands after an edit in the other tab is refused, said so, and the review shown as it is (issue 15, item 4)', async ({
  context,
}) => {
  const errors: string[] = [];
  const [a, b] = await openTabs(context, errors);
  await rateIn(a, 8);
  await expect(ownRating(b, 8)).toBeVisible(WAIT);
  // Tab A edits the review; tab B, which has not heard of the edit yet, deletes it: the delete lands after it.
  const bLate = await hearLate(b);
  await a.getByRole('button', { name: 'Edit your review' }).click();
  await editForm(a).getByRole('radio', { name: /^10,/ }).check({ force: true });
  await editForm(a).getByRole('button', { name: 'Update your review' }).click();
  await expect(users(a).getByText('Your review was updated: 10 out of 10.')).toBeVisible(WAIT);
  await b.getByRole('button', { name: 'Delete your review' }).click();
  await b.getByRole('button', { name: 'Yes, delete it' }).click();

  await expect(refusal(b, 'This review changed in another tab or window')).toContainText('so it was not deleted', WAIT);
  await expect(ownRating(b, 10)).toBeVisible(WAIT);
  expect((await storedReviews(a)).map((r) => [r.score, r.text])).toEqual([[10, TEXT_A]]);
  await bLate.deliver();
  await expect(ownRating(a, 10)).toBeVisible();
  await expect(ownRating(b, 10)).toBeVisible();
  expect(errors).toEqual([]);
});

test('an edit that lands after a delete in the other tab is refused, said so, and its words kept (issue 15, item 4)', async ({
  context,
}) => {
  const errors: string[] = [];
  const [a, b] = await openTabs(context, errors);
  await rateIn(a, 8);
  await expect(ownRating(b, 8)).toBeVisible(WAIT);
  // Tab B deletes the review; tab A, which has not heard of it yet, edits it: the edit lands after the delete.
  const aLate = await hearLate(a);
  await b.getByRole('button', { name: 'Delete your review' }).click();
  await b.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(users(b).getByText('Your review was deleted.')).toBeVisible(WAIT);
  await a.getByRole('button', { name: 'Edit your review' }).click();
  await editForm(a).getByLabel(/Title/).fill('Edited in tab A');
  await editForm(a).getByRole('button', { name: 'Update your review' }).click();

  await expect(refusal(a, 'This review was deleted in another tab or window')).toContainText(
    'Your words are kept in the form below',
    WAIT,
  );
  // The page offers to rate again, with the words the edit had.
  const form = rateForm(a);
  await expect(form.getByLabel(/Title/)).toHaveValue('Edited in tab A', WAIT);
  await expect(form.getByLabel(/Your review/)).toHaveValue(TEXT_A);
  expect(await storedReviews(a)).toEqual([]);
  await aLate.deliver();
  await a.reload();
  await expect(rateForm(a).getByLabel(/Title/)).toHaveValue('Edited in tab A', WAIT);
  expect(errors).toEqual([]);
});
