import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UserReview } from '@/domain/schemas';
import userEvent from '@testing-library/user-event';
import { layout } from '@/testing/layout';
import { renderApp } from '@/testing/render-app';
import { OwnReviewPanel } from './own-review-panel';
import { UserReviewCard } from './user-review-card';
import { newUserReview } from '@/domain/new-review';

/** A right-to-left override with no end: outside an isolate it reverses the rest of its line. */
const AUTHOR = '\u202eevil';
const TITLE = '\u202eflipped title';
const review: UserReview = newUserReview(
  'r-bidi',
  'wont-back-down',
  { author: AUTHOR, score: 7, title: TITLE, text: 'שלום, a review that starts in Hebrew.', spoiler: false },
  '2024-05-01',
);

/** The element holding exactly this reader text is a direction isolate (`<bdi>`, or `dir="auto"` on its own block). */
const isolated = (text: string) => {
  const el = screen.getByText((_, node) => node?.textContent === text && node.children.length === 0);
  return el.tagName === 'BDI' || el.getAttribute('dir') === 'auto';
};

describe('reader text inside a sentence is isolated from it (issue 15, item 9)', () => {
  it('on a review card: the name beside the date, the title and the text', () => {
    renderApp(<UserReviewCard movieId="wont-back-down" review={review} own />);
    expect(isolated(AUTHOR)).toBe(true);
    expect(isolated(TITLE)).toBe(true);
    expect(isolated(review.text)).toBe(true);
  });

  it('in "You rated this movie …, as NAME."', () => {
    renderApp(
      <OwnReviewPanel
        movieId="wont-back-down"
        review={review}
        onEdit={() => {}}
        onDelete={() => {}}
        deleting={false}
      />,
    );
    const sentence = screen.getByText(/^You rated this movie/);
    expect(sentence.querySelector('bdi')?.textContent).toBe(AUTHOR);
  });
});

describe('a long user review (issue 13, item 8)', () => {
  it('is collapsed to six lines behind Read more, the whole text kept', async () => {
    layout({ lines: 40 });
    const text = 'A long review. '.repeat(340).trim(); // ~5,000 characters
    renderApp(<UserReviewCard movieId="wont-back-down" review={{ ...review, text }} />);
    const body = screen.getByText(text);
    expect(body).toHaveClass('js:line-clamp-6');
    await userEvent.click(screen.getByRole('button', { name: 'Read more' }));
    expect(body).not.toHaveClass('js:line-clamp-6');
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-controls', body.id);
  });
});
