import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FamilyReviewCard } from './family-review-card';

const AUTHOR = '\u202eevil';

describe('a family review card (issue 15, item 9)', () => {
  it('isolates the reader’s name from “(Parent)” after it, and the text from the page', () => {
    const text = 'שלום, fine for nine-year-olds.';
    render(
      <FamilyReviewCard
        pending={false}
        review={{
          id: 'f-bidi',
          movieId: 'wont-back-down',
          role: 'parent',
          author: AUTHOR,
          age: 9,
          stars: 4,
          text,
          createdAt: '2024-05-01T12:00:00.000Z',
        }}
      />,
    );
    const name = screen.getByText((_, node) => node?.textContent === AUTHOR && node.children.length === 0);
    expect(name.tagName).toBe('BDI');
    expect(screen.getByText(text)).toHaveAttribute('dir', 'auto');
  });
});
