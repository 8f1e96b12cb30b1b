import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FamilyReviewCard } from './family-review-card';

const AUTHOR = '\u202eevil';
const TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = TZ;
});

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

  it('dates a review on the reader’s own calendar day (issue 15, item 9)', () => {
    process.env.TZ = 'America/Los_Angeles';
    render(
      <FamilyReviewCard
        pending={false}
        review={{
          id: 'f-late',
          movieId: 'wont-back-down',
          role: 'kid',
          author: null,
          age: 9,
          stars: 4,
          text: 'Written at half past nine in the evening.',
          createdAt: '2024-05-02T04:30:00.000Z',
        }}
      />,
    );
    expect(screen.getByText('May 1, 2024')).toHaveAttribute('dateTime', '2024-05-02T04:30:00.000Z');
  });
});
