import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { createQueryClient } from '@/api/query-client';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { UserReview } from '@/domain/schemas';
import { OwnReviewPanel } from './own-review-panel';
import { newUserReview } from '@/domain/new-review';

const review: UserReview = newUserReview(
  'r-own',
  'wont-back-down',
  { author: 'Tester', score: 7, title: '', text: '', spoiler: false },
  '2024-05-01',
);

const noop = () => {};
/** The panel holds the reader's review card, which reads the query cache (its helpful votes). */
const client = createQueryClient({ retry: false });
const inApp = (ui: ReactElement) => <QueryClientProvider client={client}>{ui}</QueryClientProvider>;

describe('OwnReviewPanel keeps keyboard focus on what replaced the button used (issue 13, item 4)', () => {
  it('after Cancel in the confirmation, on "Delete your review" again', async () => {
    const user = userEvent.setup();
    render(
      inApp(<OwnReviewPanel movieId="wont-back-down" review={review} onEdit={noop} onDelete={noop} deleting={false} />),
    );
    await user.click(screen.getByRole('button', { name: 'Delete your review' }));
    expect(screen.getByRole('button', { name: 'Yes, delete it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('button', { name: 'Delete your review' })).toHaveFocus();
  });

  it('while deleting, on "Yes, delete it": unavailable (aria-disabled, as a disabled button would lose focus)', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    const { rerender } = render(
      inApp(
        <OwnReviewPanel movieId="wont-back-down" review={review} onEdit={noop} onDelete={onDelete} deleting={false} />,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Delete your review' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
    rerender(
      inApp(<OwnReviewPanel movieId="wont-back-down" review={review} onEdit={noop} onDelete={onDelete} deleting />),
    );
    const yes = screen.getByRole('button', { name: 'Yes, delete it' });
    expect(yes).toHaveFocus();
    expect(yes).not.toBeDisabled();
    expect(yes).toHaveAttribute('aria-disabled', 'true');
    await user.click(yes);
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('on its heading or on "Edit your review" when it appears, as asked', () => {
    const { unmount } = render(
      inApp(
        <OwnReviewPanel
          movieId="wont-back-down"
          review={review}
          onEdit={noop}
          onDelete={noop}
          deleting={false}
          focusOnMount="heading"
        />,
      ),
    );
    expect(screen.getByRole('heading', { name: 'Your rating: 7 out of 10' })).toHaveFocus();
    unmount();
    render(
      inApp(
        <OwnReviewPanel
          movieId="wont-back-down"
          review={review}
          onEdit={noop}
          onDelete={noop}
          deleting={false}
          focusOnMount="edit"
        />,
      ),
    );
    expect(screen.getByRole('button', { name: 'Edit your review' })).toHaveFocus();
  });
});
