import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UserReviewFilterBar } from './user-review-filter-bar';

const props = {
  counts: { positive: 1, mixed: 2, negative: 0 },
  total: 13,
  band: null,
  sort: 'newest' as const,
  onBand: () => {},
  onSort: () => {},
};

describe('UserReviewFilterBar', () => {
  it('"Show all scores" goes with the score filter and hands focus to "All", not to the page', async () => {
    const user = userEvent.setup();
    const onScore = vi.fn();
    const { rerender } = render(<UserReviewFilterBar {...props} score={5} onScore={onScore} />);
    await user.click(screen.getByRole('button', { name: 'Show all scores' }));
    expect(onScore).toHaveBeenCalledWith(null);
    rerender(<UserReviewFilterBar {...props} score={null} onScore={onScore} />);
    expect(screen.queryByRole('button', { name: 'Show all scores' })).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('button', { name: /^All 13$/ })).toHaveFocus();
  });
});
