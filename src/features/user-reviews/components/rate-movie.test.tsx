import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY, webStorage } from '@/mock-api/storage';
import { READER_STORE_KEY, readerClaims, rehydrateReaderStore, resetReaderStore } from '@/stores/reader-store';
import { renderApp } from '@/testing/render-app';
import { RateMovie } from './rate-movie';
import { UserReviewsSection } from './user-reviews-section';

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
      renderApp(<UserReviewsSection movieId={MOVIE} />, {
        api: { storage: webStorage(localStorage, STORAGE_KEY, { claims: readerClaims }) },
      });
      expect(await screen.findByRole('heading', { name: 'Your rating: 8 out of 10' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Delete your review' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Edit your review' }));
      await user.click(await screen.findByRole('radio', { name: /^9,/ }));
      await user.click(screen.getByRole('button', { name: 'Update your review' }));
      await waitFor(() =>
        expect(screen.getByRole('heading', { name: 'Your rating: 9 out of 10' })).toBeInTheDocument(),
      );
    }, 30_000); // a whole section, the lazy form and two API round trips: slow on 2 busy cores
  }
});

describe('keyboard focus as the rating form and the own-review panel replace each other (issue 13, item 4)', () => {
  /** Rates 7 through the form; the panel that replaces it takes focus on its heading (after a save). */
  async function rated() {
    const user = userEvent.setup();
    renderApp(<RateMovie movieId={MOVIE} />);
    await user.click(await screen.findByRole('radio', { name: /^7,/ }));
    await user.type(screen.getByRole('textbox', { name: 'Nickname' }), 'Focus Tester');
    await user.click(screen.getByRole('button', { name: 'Submit rating' }));
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
