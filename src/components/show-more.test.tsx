import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShowMore } from './show-more';

const props = { what: 'critic reviews', total: 34, loading: false, onMore: () => {} };

describe('ShowMore', () => {
  it('when a press shows the last page, the "shown" line takes the focus the vanished button had', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ShowMore {...props} shown={20} hasMore />);
    await user.click(screen.getByRole('button', { name: 'Show more critic reviews' }));
    rerender(<ShowMore {...props} shown={34} hasMore={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByText('34 of 34 shown')).toHaveFocus();
  });

  it('shows nothing for a list that fits on one page', () => {
    const { container } = render(<ShowMore {...props} shown={8} total={8} hasMore={false} />);
    expect(container).toBeEmptyDOMElement();
  });
});
