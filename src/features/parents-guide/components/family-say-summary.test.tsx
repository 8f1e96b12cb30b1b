import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { familySummary } from '@/domain/aggregates';
import type { FamilyReview } from '@/domain/schemas';
import { FamilySaySummary } from './family-say-summary';

let n = 0;
const review = (role: 'parent' | 'kid', age: number): FamilyReview => ({
  id: `f${n++}`,
  movieId: 'wont-back-down',
  role,
  author: null,
  age,
  stars: 4,
  text: 'A fine film for the family to see.',
  createdAt: '2026-01-01T00:00:00.000Z',
});

const card = (name: RegExp) => screen.getByRole('heading', { level: 4, name }).parentElement!;

describe('FamilySaySummary', () => {
  it('invites the first review when a group has none', () => {
    render(<FamilySaySummary movieId="wont-back-down" summary={familySummary([])} />);
    for (const [title, one] of [
      ['Parents say', 'parent'],
      ['Kids say', 'kid'],
    ] as const) {
      const c = card(new RegExp(`^${title}$`));
      expect(within(c).getByText(`No ${one} reviews yet. Be the first to say what age it suits.`)).toBeInTheDocument();
      expect(within(c).getByRole('link', { name: `Add a ${one} review` })).toHaveAttribute(
        'href',
        '/movies/wont-back-down/parents-guide#family-review-form',
      );
    }
  });

  it('one review: its age, "(1 review)", and the spread in words', () => {
    render(<FamilySaySummary movieId="wont-back-down" summary={familySummary([review('parent', 12)])} />);
    const c = card(/^Parents say:/);
    expect(within(c).getByRole('heading')).toHaveTextContent('Parents say: age 12+ (1 review)');
    expect(within(c).getByText('Ages parents chose: age 12 (1 review)')).toBeInTheDocument();
    expect(card(/^Kids say$/)).toHaveTextContent('No kid reviews yet.');
  });

  it('the median of an odd count, counted per role', () => {
    render(
      <FamilySaySummary
        movieId="wont-back-down"
        summary={familySummary([
          review('kid', 8),
          review('kid', 14),
          review('kid', 10),
          review('parent', 16),
          review('kid', 10),
        ])}
      />,
    );
    expect(card(/^Kids say:/).querySelector('h4')).toHaveTextContent('Kids say: age 10+ (4 reviews)');
    expect(
      within(card(/^Kids say:/)).getByText('Ages kids chose: age 8 (1 review), age 10 (2 reviews), age 14 (1 review)'),
    );
    expect(card(/^Parents say:/).querySelector('h4')).toHaveTextContent('Parents say: age 16+ (1 review)');
  });

  it('a tie between the middle pair rounds up, towards the older age', () => {
    render(
      <FamilySaySummary
        movieId="wont-back-down"
        summary={familySummary([review('parent', 9), review('parent', 12)])}
      />,
    );
    expect(card(/^Parents say:/).querySelector('h4')).toHaveTextContent('Parents say: age 11+ (2 reviews)');
  });
});
