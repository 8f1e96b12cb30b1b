import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, webStorage } from '@/mock-api/storage';
import {
  READER_STORE_KEY,
  readerClaims,
  readerSnapshot,
  rehydrateReaderStore,
  resetReaderStore,
} from '@/stores/reader-store';
import { otherTabSavesReader } from '@/testing/other-tab';
import { fillRating, openRateForm, rateFields, rateForm, renderRateMovie } from '@/testing/rate-form';
import type { renderApp } from '@/testing/render-app';

const MOVIE = 'wont-back-down';
const READER = 'reader-proto-000001';
/** A review as the v0 prototype stored it: no helpful counts, no `updatedAt`, no `source`. */
const v0Review = (ownerId: string | undefined) => ({
  id: 'r-proto',
  movieId: MOVIE,
  author: 'Prototyper',
  date: '2024-05-01',
  score: 8,
  title: null,
  text: '',
  isExcerpt: false,
  spoiler: false,
  ...(ownerId ? { ownerId } : {}),
});

// The contract and the form load on demand; on a busy machine their first import takes seconds: once, here.
beforeAll(() => Promise.all([import('@/domain/schemas'), import('./user-review-form')]), 60_000);
beforeEach(() => resetReaderStore());

describe('a reader of the v0 format who had reviewed (issue 15, item 6)', () => {
  for (const [label, ownerId] of [
    ['stored with their id', READER],
    ['stored without an owner', undefined],
  ] as const) {
    it(`gets "Your rating" with Edit and Delete, and can edit, for a review ${label}`, async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ reviews: [v0Review(ownerId)] }));
      localStorage.setItem(
        READER_STORE_KEY,
        JSON.stringify({ version: 0, state: { readerId: READER, nickname: 'Prototyper', drafts: {} } }),
      );
      await rehydrateReaderStore();
      const user = userEvent.setup();
      renderRateMovie(MOVIE, { api: { storage: webStorage(localStorage, STORAGE_KEY, { claims: readerClaims }) } });
      expect(await screen.findByRole('heading', { name: 'Your rating: 8 out of 10' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Delete your review' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Edit your review' }));
      await user.click(await screen.findByRole('radio', { name: /^9,/ }));
      await user.click(screen.getByRole('button', { name: 'Update your review' }));
      await waitFor(() =>
        expect(screen.getByRole('heading', { name: 'Your rating: 9 out of 10' })).toBeInTheDocument(),
      );
    }, 30_000); // the lazy form and two API round trips: slow on 2 busy cores
  }
});

describe('keyboard focus as the rating form and the own-review panel replace each other (issue 13, item 4)', () => {
  /** Rates 7 through the form; the panel that replaces it takes focus on its heading (after a save). */
  async function rated() {
    const user = userEvent.setup();
    renderRateMovie(MOVIE);
    const opened = await openRateForm();
    await fillRating(user, opened, { score: 7, author: 'Focus Tester' });
    await user.click(opened.submit);
    const heading = await screen.findByRole('heading', { name: 'Your rating: 7 out of 10' });
    await waitFor(() => expect(heading).toHaveFocus());
    return user;
  }
  const notOnBody = () => expect(document.activeElement).not.toBe(document.body);

  it('"Edit your review" focuses the edit form\'s heading; its Cancel focuses "Edit your review" again', async () => {
    const user = await rated();
    await user.click(screen.getByRole('button', { name: 'Edit your review' }));
    notOnBody();
    const heading = await screen.findByRole('heading', { name: 'Edit your review' });
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    notOnBody();
    expect(screen.getByRole('button', { name: 'Edit your review' })).toHaveFocus();
  }, 30_000);

  it('"Yes, delete it" keeps focus while deleting, then focuses the message that says the review was deleted', async () => {
    const user = await rated();
    await user.click(screen.getByRole('button', { name: 'Delete your review' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    notOnBody();
    const status = await screen.findByText('Your review was deleted.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(status).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { name: /^Your rating/ })).toBeNull();
  }, 30_000);
});

/* ---------- two tabs of one reader: the other tab's writes reach the API before this tab hears of them ---------- */

const PATH = `/api/movies/${MOVIE}/user-reviews`;
const TEXT_A = 'Tab A wrote this: a sincere drama with two strong leads that simplifies the politics of reform.';
const TEXT_B = 'Tab B wrote this instead: earnest and well acted, but it argues its case like a pamphlet does.';

/** What the other tab sends, as this reader (same reader id), straight to the API. */
function otherTab(api: ReturnType<typeof renderApp>['api']) {
  const headers = (extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    'x-reader-id': readerSnapshot().readerId,
    ...extra,
  });
  return {
    create: async (body: object, key: string) => {
      const res = await api.request(PATH, {
        method: 'POST',
        headers: headers({ 'idempotency-key': key }),
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { review: { id: string; version: number } }).review;
    },
    update: async (id: string, version: number, body: object) =>
      expect(
        (
          await api.request(`${PATH}/${id}`, {
            method: 'PUT',
            headers: headers({ 'if-match': `"${version}"` }),
            body: JSON.stringify(body),
          })
        ).status,
      ).toBe(200),
    remove: async (id: string, version: number) =>
      expect(
        (await api.request(`${PATH}/${id}`, { method: 'DELETE', headers: headers({ 'if-match': `"${version}"` }) }))
          .status,
      ).toBe(200),
  };
}

const mine = { score: 8, author: 'Tab A', title: '', text: TEXT_A, spoiler: false };

/** The reader's own review, made before the page is shown (as after a reload). */
async function withOwnReview() {
  const user = userEvent.setup();
  const rendered = renderRateMovie(MOVIE);
  const tab = otherTab(rendered.api);
  const review = await tab.create(mine, 'key-earlier');
  readerSnapshot().actions.ownReviewSaved(MOVIE, review.id);
  expect(await screen.findByRole('heading', { name: 'Your rating: 8 out of 10' })).toBeInTheDocument();
  return { user, tab, review, ...rendered };
}

describe('two tabs of one reader submitting at once (issue 15, item 3)', () => {
  it('the tab that loses is told a review already exists, and keeps its words in its form and draft', async () => {
    const user = userEvent.setup();
    const { api, container } = renderRateMovie(MOVIE);
    const form = await rateForm();
    const three = form.getByRole('radio', { name: /^3,/ });
    const { nick: nickname, text, submit } = rateFields(form);
    // Tab A sends its words: its idempotency key goes into the shared draft, and its review is stored.
    otherTabSavesReader((saved) => ({
      ...saved,
      userDrafts: { [MOVIE]: { ...mine, idempotencyKey: 'key-of-tab-a' } },
    }));
    const stored = await otherTab(api).create(mine, 'key-of-tab-a');
    // Here, at once, the reader sends other words.
    await user.click(three);
    await user.clear(nickname);
    await user.type(nickname, 'Tab B');
    await user.clear(text);
    await user.click(text);
    await user.paste(TEXT_B);
    await user.click(submit);
    const alert = await within(container).findByRole('alert');
    expect(alert).toHaveTextContent(/You already have a review of this movie.*Your words are kept/);
    expect(within(container).queryByText(/was added/)).toBeNull();
    expect(form.getByRole('textbox', { name: /Your review/ })).toHaveValue(TEXT_B);
    expect(readerSnapshot().userDrafts[MOVIE]).toMatchObject({ score: 3, author: 'Tab B', text: TEXT_B });
    // Tab A's success reaches this tab: the reader's review is there to update, with these words in its form.
    otherTabSavesReader((saved) => ({ ...saved, ownReviews: { [MOVIE]: stored.id } }));
    const edit = await screen.findByRole('form', { name: 'Edit your review' });
    expect(within(edit).getByRole('textbox', { name: /Your review/ })).toHaveValue(TEXT_B);
    expect(within(container).getByRole('alert')).toHaveTextContent(/You already have a review of this movie/);
    const list = (await (await api.request(`${PATH}?limit=100`)).json()) as { items: { text: string }[] };
    expect(list.items.filter((r) => r.text === TEXT_A || r.text === TEXT_B).map((r) => r.text)).toEqual([TEXT_A]);
  }, 30_000);
});

describe('a write against a review another tab changed or deleted (issue 15, item 4)', () => {
  it('an edit refused because the review was deleted says so, keeps the words, and offers to rate again', async () => {
    const { user, tab, review, container } = await withOwnReview();
    await user.click(screen.getByRole('button', { name: 'Edit your review' }));
    const edit = await screen.findByRole('form', { name: 'Edit your review' });
    await user.type(within(edit).getByRole('textbox', { name: /Title/ }), 'Edited here');
    await tab.remove(review.id, review.version);
    await user.click(within(edit).getByRole('button', { name: 'Update your review' }));
    expect(await within(container).findByRole('alert')).toHaveTextContent(
      /This review was deleted in another tab or window.*Your words are kept/,
    );
    const rate = await rateForm();
    expect(rate.getByRole('textbox', { name: /Title/ })).toHaveValue('Edited here');
    expect(rate.getByRole('textbox', { name: /Your review/ })).toHaveValue(TEXT_A);
    expect(readerSnapshot().userDrafts[MOVIE]).toMatchObject({ title: 'Edited here', text: TEXT_A });
  }, 30_000);

  it('an edit refused because the review changed says so, keeps the words, and the next try replaces it', async () => {
    const { user, tab, review, api, container } = await withOwnReview();
    await user.click(screen.getByRole('button', { name: 'Edit your review' }));
    const edit = await screen.findByRole('form', { name: 'Edit your review' });
    await user.type(within(edit).getByRole('textbox', { name: /Title/ }), 'Mine');
    await tab.update(review.id, review.version, { ...mine, score: 3, title: 'Theirs' });
    await user.click(within(edit).getByRole('button', { name: 'Update your review' }));
    expect(await within(container).findByRole('alert')).toHaveTextContent(
      /This review changed in another tab or window.*your words are kept/,
    );
    // the page shows the review as it is now; the form still holds what was typed here
    expect(await within(container).findByRole('heading', { name: 'Theirs' })).toBeInTheDocument();
    expect(within(edit).getByRole('textbox', { name: /Title/ })).toHaveValue('Mine');
    await user.click(within(edit).getByRole('button', { name: 'Update your review' }));
    expect(await screen.findByText(/Your review was updated: 8 out of 10/)).toBeInTheDocument();
    const now = (await (await api.request(`${PATH}/${review.id}`)).json()) as { review: { title: string } };
    expect(now.review.title).toBe('Mine');
  }, 30_000);

  it('a delete refused because the review changed says so and shows the review as it is now', async () => {
    const { user, tab, review, api, container } = await withOwnReview();
    await tab.update(review.id, review.version, { ...mine, score: 3 });
    await user.click(screen.getByRole('button', { name: 'Delete your review' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(container).findByRole('alert')).toHaveTextContent(
      /This review changed in another tab or window.*not deleted/,
    );
    expect(await screen.findByRole('heading', { name: 'Your rating: 3 out of 10' })).toBeInTheDocument();
    expect((await api.request(`${PATH}/${review.id}`)).status).toBe(200);
  }, 30_000);
});
