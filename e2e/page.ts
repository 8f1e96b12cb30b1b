// What the specs share about the movie page: its sections and forms (by role and name, as a reader finds them),
// and the mock API's own storage keys and fault plan, which the specs set and read.
import { expect, type Page } from '@playwright/test';

/** The movie's overview: its verdicts, each section's summary and a few chosen reviews, and the rating form. */
export const MOVIE = '/movies/wont-back-down';
/** Its full lists, where the filters, sort, search and paging live (the rating form is on USER_REVIEWS too). */
export const CRITIC_REVIEWS = `${MOVIE}/critic-reviews`;
export const USER_REVIEWS = `${MOVIE}/user-reviews`;
export const PARENTS_GUIDE = `${MOVIE}/parents-guide`;

export const critics = (page: Page) => page.getByRole('region', { name: 'Critic reviews' });
export const users = (page: Page) => page.getByRole('region', { name: 'User reviews' });
export const guide = (page: Page) => page.getByRole('region', { name: 'Parents guide' });
/** The user score headline ("6.4 … based on 14 ratings"). */
export const userScore = (page: Page) => page.getByTestId('user-score');
export const rateForm = (page: Page) => page.getByRole('form', { name: 'Rate this movie' });
export const editForm = (page: Page) => page.getByRole('form', { name: 'Edit your review' });
export const familyForm = (page: Page) => page.getByRole('form', { name: 'Add a parent or kid review' });
/** What the family form says beside its fields when it is sent with a short review and nothing else. */
export const FAMILY_FORM_ERRORS = [
  'Choose whether you are a parent or a kid',
  'Choose an age from 2 to 18',
  'Choose 1 to 5 stars',
  'Your review needs at least 20 characters',
];

/** Fills the family form as a parent: the age chosen, 4 stars, and `text` (at least 20 characters). Not sent. */
export async function fillFamilyForm(page: Page, age: number, text: string) {
  const f = familyForm(page);
  await f.getByRole('radio', { name: 'Parent' }).check();
  await f.getByRole('combobox', { name: 'Youngest age it suits' }).selectOption({ label: `Age ${age}+` });
  await f.locator('label').filter({ hasText: '4 stars' }).click();
  await expect(f.getByRole('radio', { name: '4 stars' })).toBeChecked();
  await f.getByRole('textbox', { name: 'Your review' }).fill(text);
}

/** Where the in-process mock API keeps what readers add, in localStorage. */
export { STORAGE_KEY as DB_KEY } from '../src/mock-api/storage-key';

/** The fault plan the mock API reads on every request, in sessionStorage (FAULTS_SESSION_KEY, src/mock-api/browser.ts). */
export const FAULTS_KEY = 'verdict:faults';
export const setFaultPlan = (page: Page, plan: string) =>
  page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [FAULTS_KEY, plan] as const);
export const clearFaultPlan = (page: Page) => page.evaluate((key) => sessionStorage.removeItem(key), FAULTS_KEY);

/** The time-out the e2e build was made with (VITE_REQUEST_TIMEOUT_MS, set by playwright.config.ts); 10 s otherwise. */
export const REQUEST_TIMEOUT_MS =
  Number(process.env.VITE_REQUEST_TIMEOUT_MS) > 0 ? Number(process.env.VITE_REQUEST_TIMEOUT_MS) : 10_000;
/** A latency that outlasts the client's time-out (the mock API allows at most 10 s). */
export const FAULT_LATENCY_MS = Math.min(REQUEST_TIMEOUT_MS + 1000, 10_000);
/**
 * The fault kinds the browser matrices inject: one of each kind the client handles differently. How the client
 * turns every kind into an ApiError (http500 and network retried like http503, contract refused like
 * malformed-json) is proven in src/api/client.test.ts; past the client, a section sees only "it failed, retryable
 * or not", so the browser runs one of each: a retried 5xx, a refused body, a time-out.
 */
export const FAULT_KINDS = ['http503', 'malformed-json', `latency=${FAULT_LATENCY_MS}`] as const;
