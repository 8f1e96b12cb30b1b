import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultCount } from './result-count';

describe('ResultCount', () => {
  it('is a polite live region that speaks only once the new results are on screen', () => {
    const { rerender } = render(<ResultCount text="All 34 critic reviews." updating={false} />);
    const line = screen.getByText('All 34 critic reviews.');
    expect(line).toHaveAttribute('aria-live', 'polite');
    // the filter's URL has changed, its results are loading: the line still describes the list on screen
    rerender(<ResultCount text="34 of 34 critic reviews: negative." updating />);
    expect(line).toHaveTextContent(/^All 34 critic reviews\.$/);
    rerender(<ResultCount text="8 of 34 critic reviews: negative." updating={false} />);
    expect(line).toHaveTextContent(/^8 of 34 critic reviews: negative\.$/);
  });
});
