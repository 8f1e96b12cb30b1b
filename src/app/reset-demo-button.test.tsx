import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserReviewsSection } from '@/features/user-reviews/components/user-reviews-section';
import { createApi } from '@/mock-api/app';
import { emptyAdditions, STORAGE_KEY, webStorage } from '@/mock-api/storage';
import { READER_STORE_KEY, readerClaims, readerSnapshot, resetReaderStore } from '@/stores/reader-store';
import { renderApp } from '@/testing/render-app';
import { newUserReview } from '@/domain/new-review';

const MOVIE = 'wont-back-down';
const WORDS = ' and a second thought, typed in this tab and never sent.';

// The contract and the form load on demand; on a busy machine their first import takes seconds: once, here.
beforeAll(
  () => Promise.all([import('@/domain/schemas'), import('@/features/user-reviews/components/user-review-form')]),
  60_000,
);
beforeEach(() => resetReaderStore());

describe('"Reset demo data" in another tab (issue 15, item 9)', () => {
  // The browser may tell this tab of the two keys the other tab wrote in either order.
  for (const order of [
    [STORAGE_KEY, READER_STORE_KEY],
    [READER_STORE_KEY, STORAGE_KEY],
  ]) {
    it(`keeps the words this tab was editing and had not sent (${order.join(', then ')})`, async () => {
      // This tab: the reader's own review, open in the editor, with words added but not sent.
      const { readerId } = readerSnapshot();
      const additions = emptyAdditions();
      additions.users.push({
        ...newUserReview(
          'r-mine',
          MOVIE,
          { author: 'Editor', score: 7, title: '', text: '', spoiler: false },
          '2024-05-01',
        ),
        ownerId: readerId,
      });
      localStorage.setItem(STORAGE_KEY, JSON.stringify(additions));
      readerSnapshot().actions.ownReviewSaved(MOVIE, 'r-mine');
      const user = userEvent.setup();
      renderApp(<UserReviewsSection movieId={MOVIE} view="overview" />, {
        api: { storage: webStorage(localStorage, STORAGE_KEY, { claims: readerClaims }) },
      });
      await user.click(await screen.findByRole('button', { name: 'Edit your review' }));
      await user.click(await screen.findByRole('textbox', { name: /Your review/ }));
      await user.paste(WORDS);
      expect(readerSnapshot().userDrafts[MOVIE]?.text).toBe(WORDS);

      // The other tab: its own copy of the reader store and of the API over the same storage, and its Reset.
      vi.resetModules();
      const otherTab = await import('@/stores/reader-store');
      await createApi({ storage: webStorage(localStorage) }).request('/api/reset', { method: 'POST' });
      otherTab.readerSnapshot().actions.demoDataReset();
      for (const key of order) {
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }));
      }

      // Here: the review is gone, the words are not (in the form, and in the saved draft for a reload).
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Update your review' })).not.toBeInTheDocument());
      expect(await screen.findByRole('textbox', { name: /Your review/ })).toHaveValue(WORDS);
      expect(readerSnapshot().userDrafts[MOVIE]?.text).toBe(WORDS);
    }, 30_000); // a whole section, the lazy form and two API round trips: slow on 2 busy cores
  }
});
