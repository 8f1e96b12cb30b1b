// The write routes × every fault kind, in Chromium, on a build made with VITE_ENABLE_FAULTS=true and a short
// VITE_REQUEST_TIMEOUT_MS (see playwright.config.ts). Each case loads the page without faults, switches one on through
// sessionStorage (`verdict:faults`, read by the mock API on every request), submits, and checks: an error is
// shown, the draft (every field) is still in the form, nothing was stored (the refetched list and the stored
// data); then it clears the fault, sends again, and checks that exactly one review was created.
//
// The "reached the server" cases make the request get through and be stored while the client still sees an
// error (its time-out fires first, or the answer is garbled on the way back), which the fault middleware alone
// never does (it answers instead of the handler). The retry must then return the same review, through the
// draft's Idempotency-Key, not create a second one.
//
// One test per fault kind runs its writes side by side (e2e/side-by-side.ts), each a step of its own: a user
// review created; a vote, an update and a delete; a family review created. One test per stored-but-failed answer
// runs the user and the family create.
import type { Page } from '@playwright/test';
import { expect, FAST, test } from './fixtures';
import { sideBySide, type Case } from './side-by-side';
import {
  clearFaultPlan,
  DB_KEY,
  editForm,
  familyForm,
  FAULT_KINDS,
  FAULT_LATENCY_MS,
  guide,
  MOVIE,
  PARENTS_GUIDE,
  rateForm,
  REQUEST_TIMEOUT_MS,
  setFaultPlan,
  users,
  userScore,
  fillFamilyForm,
} from './page';

// several writes, each waiting out a fault (up to the time-out) before its retry
test.describe.configure({ timeout: 120_000 });

/** How the answer to a write that was stored goes wrong on its way back to the client. */
// the write reached the API and the client saw a failure: its time-out, or a body it refuses (contract errors
// take the same path: src/api/client.test.ts)
const REACHED = ['time-out', 'malformed-json'] as const;
type Reached = (typeof REACHED)[number];

const WAIT = { timeout: REQUEST_TIMEOUT_MS + 20_000 };
const TEXT =
  'Two mothers take on a failing school in this earnest drama; the cast is strong even when the script is not.';
const FAMILY_TEXT = 'Good for talking about school, unions and fairness with older kids.';

interface StoredDb {
  users: { id: string; author: string; title: string | null; score: number }[];
  family: { id: string; author: string | null; text: string }[];
  votes: Record<string, Record<string, string>>;
}

const stored = (page: Page) =>
  page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? 'null') ?? { users: [], family: [], votes: {} }) as StoredDb,
    DB_KEY,
  );

/**
 * Installed before the app's scripts: in `time-out` mode a request no longer carries the client's abort signal
 * to the in-process API, so the API finishes (and stores) after the client has given up; in `malformed-json` the
 * next 201 answer is replaced by a cut-off body after the API has stored the review.
 */
async function breakAnswers(page: Page, mode: Reached) {
  await page.addInitScript((m: string) => {
    const w = window as unknown as { __garbleNext?: string | null };
    if (m === 'time-out') {
      const Original = window.Request;
      window.Request = class extends Original {
        constructor(input: RequestInfo | URL, init?: RequestInit) {
          super(input, { ...init, signal: undefined });
        }
      };
      return;
    }
    w.__garbleNext = m;
    const Original = window.Response;
    window.Response = class extends Original {
      constructor(body?: BodyInit | null, init?: ResponseInit) {
        if (w.__garbleNext && init?.status === 201) {
          body = '{"id":"r-1","author":"Trunc';
          w.__garbleNext = null;
        }
        super(body, init);
      }
    };
  }, mode);
}

const radio = (score: number) => new RegExp(`^${score},`);

/** The page is hydrated with its form: the overview's rating form, or the guide page's family form. */
async function ready(page: Page, path: string) {
  if (path === PARENTS_GUIDE) {
    await familyForm(page).waitFor(WAIT);
    return;
  }
  await expect(userScore(page)).toContainText('based on 14 ratings', WAIT);
  await rateForm(page).getByLabel('Nickname').waitFor(WAIT);
}

async function fillUserReview(page: Page, r: { score: number; author: string; title: string }) {
  const f = rateForm(page);
  await f.getByRole('radio', { name: radio(r.score) }).check({ force: true });
  await f.getByLabel('Nickname').fill(r.author);
  await f.getByLabel(/^Title/).fill(r.title);
  await f.getByLabel(/Your review/).fill(TEXT);
  await f.getByLabel(/Contains spoilers/).check();
}

async function expectUserDraft(page: Page, r: { score: number; author: string; title: string }) {
  const f = rateForm(page);
  expect(await f.getByRole('radio', { name: radio(r.score) }).isChecked()).toBe(true);
  expect(await f.getByLabel('Nickname').inputValue()).toBe(r.author);
  expect(await f.getByLabel(/^Title/).inputValue()).toBe(r.title);
  expect(await f.getByLabel(/Your review/).inputValue()).toBe(TEXT);
  expect(await f.getByLabel(/Contains spoilers/).isChecked()).toBe(true);
}

/** The reader's own review as the overview shows it (its panel, "Your rating: 7 out of 10"), or 0 without one. */
/** The reader's own-review panel is shown `n` times (0 or 1), waiting for it as a reader would. */
const expectOwnShown = (page: Page, n: number) =>
  expect(users(page).getByRole('heading', { name: /^Your rating: / })).toHaveCount(n, WAIT);

/** The user-review list and headline as the API has them: `n` reader additions on top of the seed. */
async function expectUserCounts(page: Page, added: number) {
  await expect(userScore(page)).toContainText(`based on ${14 + added} ratings`, WAIT);
  // the list's count, from the API, on the overview's link to the list page
  await expect(users(page).getByRole('link', { name: `All ${13 + added} user reviews` })).toHaveCount(1, WAIT);
}

async function createOwnReview(page: Page, author: string) {
  await fillUserReview(page, { score: 4, author, title: 'First take' });
  await rateForm(page).getByRole('button', { name: 'Submit rating' }).click();
  await page.getByRole('button', { name: 'Edit your review' }).waitFor(WAIT);
  await expectUserCounts(page, 1);
}

async function fillFamily(page: Page, author: string) {
  await fillFamilyForm(page, 12, FAMILY_TEXT);
  await familyForm(page)
    .getByRole('textbox', { name: /Your name/ })
    .fill(author);
}

async function expectFamilyDraft(page: Page, author: string) {
  const f = familyForm(page);
  expect(await f.getByRole('radio', { name: 'Parent' }).isChecked()).toBe(true);
  expect(await f.getByRole('combobox', { name: 'Youngest age it suits' }).inputValue()).toBe('12');
  expect(await f.getByRole('radio', { name: '4 stars' }).isChecked()).toBe(true);
  expect(await f.getByRole('textbox', { name: 'Your review' }).inputValue()).toBe(FAMILY_TEXT);
  expect(await f.getByRole('textbox', { name: /Your name/ }).inputValue()).toBe(author);
}

/** A case: the page opened without faults (the answers broken first when the case needs it), then `body`. */
function writeCase(name: string, body: (page: Page) => Promise<void>, reached?: Reached, path: string = MOVIE): Case {
  return {
    name,
    run: async (page) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      if (reached) await breakAnswers(page, reached);
      await page.goto(path);
      await ready(page, path);
      await body(page);
      expect(pageErrors).toEqual([]);
    },
  };
}

const userCreate = (kind: string) =>
  writeCase(`user review create × ${kind}`, async (page) => {
    const review = { score: 7, author: `Create ${kind}`, title: `Title under ${kind}` };
    await setFaultPlan(page, `user-review-write:${kind}`);
    await fillUserReview(page, review);
    await rateForm(page).getByRole('button', { name: 'Submit rating' }).click();
    await rateForm(page).getByRole('alert').filter({ hasText: 'Your rating was not saved.' }).waitFor(WAIT);
    await expectUserDraft(page, review);
    await clearFaultPlan(page);
    await expectUserCounts(page, 0);
    await expectOwnShown(page, 0);
    expect((await stored(page)).users).toEqual([]);

    await rateForm(page).getByRole('button', { name: 'Submit rating' }).click();
    await users(page).getByText('Thank you. Your rating of 7 out of 10 was added.').waitFor(WAIT);
    await expectUserCounts(page, 1);
    await expectOwnShown(page, 1);
    expect((await stored(page)).users.map((r) => r.author)).toEqual([review.author]);
  });

const userCreateReached = (reached: Reached) =>
  writeCase(
    `user review create × stored, then ${reached}`,
    async (page) => {
      const review = { score: 7, author: `Reached ${reached}`, title: `Stored then ${reached}` };
      if (reached === 'time-out') await setFaultPlan(page, `user-review-write:latency=${FAULT_LATENCY_MS}`);
      await fillUserReview(page, review);
      await rateForm(page).getByRole('button', { name: 'Submit rating' }).click();
      await rateForm(page).getByRole('alert').filter({ hasText: 'Your rating was not saved.' }).waitFor(WAIT);
      await expectUserDraft(page, review);
      // The API did store it (after the client gave up, or before the answer was garbled).
      await expect.poll(async () => (await stored(page)).users.length, { ...WAIT, ...FAST }).toBe(1);
      await clearFaultPlan(page);

      await rateForm(page).getByRole('button', { name: 'Submit rating' }).click();
      await users(page).getByText('Thank you. Your rating of 7 out of 10 was added.').waitFor(WAIT);
      await expectUserCounts(page, 1);
      await expectOwnShown(page, 1);
      expect((await stored(page)).users.map((r) => r.author)).toEqual([review.author]);
    },
    reached,
  );

const voteUpdateDelete = (kind: string) =>
  writeCase(`vote, update, delete × ${kind}`, async (page) => {
    await test.step(`vote × ${kind}`, async () => {
      const card = users(page).getByRole('article').first();
      const helpful = card.getByRole('button', { name: /^Helpful \(\d+\)$/ });
      const before = Number(/\d+/.exec((await helpful.textContent()) ?? '')![0]);
      await setFaultPlan(page, `user-review-write:${kind}`);
      await helpful.click();
      await card.getByRole('alert').filter({ hasText: 'Your vote was not saved.' }).waitFor(WAIT);
      await clearFaultPlan(page);
      await expect(helpful).toHaveText(`Helpful (${before})`, WAIT);
      expect(await helpful.getAttribute('aria-pressed')).toBe('false');
      expect((await stored(page)).votes).toEqual({});

      await helpful.click();
      await expect(helpful).toHaveAttribute('aria-pressed', 'true', WAIT);
      await expect(helpful).toHaveText(`Helpful (${before + 1})`, WAIT);
      expect(await card.getByRole('alert').count()).toBe(0);
      expect(Object.values((await stored(page)).votes).map((v) => Object.values(v))).toEqual([['up']]);
    });

    const author = `Own ${kind}`;
    await createOwnReview(page, author);
    await test.step(`update × ${kind}`, async () => {
      await page.getByRole('button', { name: 'Edit your review' }).click();
      const f = editForm(page);
      await f.getByRole('radio', { name: radio(9) }).check({ force: true });
      await f.getByLabel(/^Title/).fill(`Edited under ${kind}`);
      await setFaultPlan(page, `user-review-write:${kind}`);
      await f.getByRole('button', { name: 'Update your review' }).click();
      await f.getByRole('alert').filter({ hasText: 'Your review was not updated.' }).waitFor(WAIT);
      expect(await f.getByRole('radio', { name: radio(9) }).isChecked()).toBe(true);
      expect(await f.getByLabel('Nickname').inputValue()).toBe(author);
      expect(await f.getByLabel(/^Title/).inputValue()).toBe(`Edited under ${kind}`);
      expect(await f.getByLabel(/Your review/).inputValue()).toBe(TEXT);
      expect(await f.getByLabel(/Contains spoilers/).isChecked()).toBe(true);
      await clearFaultPlan(page);
      await expectUserCounts(page, 1);
      expect((await stored(page)).users.map((r) => [r.title, r.score])).toEqual([['First take', 4]]);

      await f.getByRole('button', { name: 'Update your review' }).click();
      await users(page).getByText('Your review was updated: 9 out of 10.').waitFor(WAIT);
      await page.getByRole('heading', { name: 'Your rating: 9 out of 10' }).waitFor(WAIT);
      await expectUserCounts(page, 1);
      await expectOwnShown(page, 1);
      expect((await stored(page)).users.map((r) => [r.title, r.score])).toEqual([[`Edited under ${kind}`, 9]]);
    });

    await test.step(`delete × ${kind}`, async () => {
      await setFaultPlan(page, `user-review-write:${kind}`);
      await page.getByRole('button', { name: 'Delete your review' }).click();
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await users(page).getByRole('alert').filter({ hasText: 'Your review was not deleted.' }).waitFor(WAIT);
      await clearFaultPlan(page);
      await expectUserCounts(page, 1);
      await expectOwnShown(page, 1);
      expect((await stored(page)).users).toHaveLength(1);

      // the confirmation stays open after a failed delete: confirming again is the retry
      await page
        .getByRole('group', { name: 'Confirm deletion' })
        .getByRole('button', { name: 'Yes, delete it' })
        .click();
      await users(page).getByText('Your review was deleted.').waitFor(WAIT);
      await expectUserCounts(page, 0);
      await expectOwnShown(page, 0);
      expect((await stored(page)).users).toEqual([]);
    });
  });

const familyCreate = (kind: string | null, reached?: Reached) => {
  const name = reached ? `family review create × stored, then ${reached}` : `family review create × ${kind}`;
  // the nickname field takes at most 40 characters
  const author = `Parent create ${reached ? `stored then ${reached}` : kind}`.replace(/[^\w]+/g, ' ').trim();
  return writeCase(
    name,
    async (page) => {
      await familyForm(page).waitFor(WAIT);
      if (kind) await setFaultPlan(page, `family-review-write:${kind}`);
      await fillFamily(page, author);
      await familyForm(page).getByRole('button', { name: 'Add review' }).click();
      await familyForm(page).getByRole('alert').filter({ hasText: 'Your review was not added:' }).waitFor(WAIT);
      await expectFamilyDraft(page, author);
      if (reached) {
        await expect.poll(async () => (await stored(page)).family.length, { ...WAIT, ...FAST }).toBe(1);
      } else {
        await clearFaultPlan(page);
        await guide(page).getByText('No parent reviews yet. Be the first to say what age it suits.').waitFor(WAIT);
        expect(await guide(page).getByRole('article').count()).toBe(0);
        expect((await stored(page)).family).toEqual([]);
      }
      await clearFaultPlan(page);

      await familyForm(page).getByRole('button', { name: 'Add review' }).click();
      await familyForm(page).getByText('Thank you: your parent review (age 12+) was added.').waitFor(WAIT);
      await guide(page).getByRole('heading', { level: 4, name: 'Parents say: age 12+ (1 review)' }).waitFor(WAIT);
      await expect(guide(page).getByRole('article')).toHaveCount(1, WAIT);
      expect(await guide(page).getByRole('article').textContent()).toContain(author);
      expect((await stored(page)).family.map((r) => r.author)).toEqual([author]);
    },
    reached,
    PARENTS_GUIDE,
  );
};

for (const kind of FAULT_KINDS) {
  test(`${kind} on every write keeps the draft and stores once`, async ({ browser }) => {
    await sideBySide(browser, [userCreate(kind), voteUpdateDelete(kind), familyCreate(kind)]);
  });
}

for (const reached of REACHED) {
  test(`a create stored although the client saw ${reached} is stored once`, async ({ browser }) => {
    await sideBySide(browser, [
      userCreateReached(reached),
      familyCreate(reached === 'time-out' ? `latency=${FAULT_LATENCY_MS}` : null, reached),
    ]);
  });
}
