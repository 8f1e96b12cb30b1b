import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CriticReview } from '@/domain/schemas';
import { CLAMP_CHARS } from '@/components/clamped-text';
import { layout } from '@/testing/layout';
import { CriticCard } from './critic-card';
import { FeaturedReview } from './featured-review';

const review = (over: Partial<CriticReview> = {}): CriticReview => ({
  id: 'c-1',
  critic: 'Roger Ebert',
  publication: 'Chicago Sun-Times',
  date: '2012-09-26',
  score: 50,
  headline: null,
  excerpt: 'A short excerpt.',
  url: null,
  featured: false,
  sources: ['seed-003'],
  ...over,
});

const LONG = 'word '.repeat(CLAMP_CHARS / 4).trim();

describe('CriticCard', () => {
  it('shows score (with its band in words), critic, publication, date and the excerpt', () => {
    render(<CriticCard review={review()} />);
    const card = screen.getByRole('article', { name: 'Roger Ebert, Chicago Sun-Times' });
    expect(card).toHaveTextContent('50 out of 100, mixed');
    expect(card).toHaveTextContent('Sep 26, 2012');
    expect(card).toHaveTextContent('A short excerpt.');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
  });

  it('links to the full review only when there is a URL, as a safe external link', () => {
    render(<CriticCard review={review({ url: 'https://example.com/review' })} />);
    const link = screen.getByRole('link', { name: /Read full review/ });
    expect(link).toHaveAttribute('href', 'https://example.com/review');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName(/opens in a new tab/);
  });

  it('clamps a long excerpt behind Read more, but not while searching (every highlighted word in view)', () => {
    layout({ lines: 5 });
    const { rerender } = render(<CriticCard review={review({ excerpt: LONG })} />);
    expect(screen.getByRole('button', { name: 'Read more' })).toHaveAttribute('aria-expanded', 'false');
    rerender(<CriticCard review={review({ excerpt: LONG })} terms={['word']} />);
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
  });

  it('leaves out an unknown publication and highlights search words', () => {
    const { container } = render(<CriticCard review={review({ publication: null })} terms={['ebert', 'short']} />);
    expect(screen.getByRole('article', { name: 'Roger Ebert' })).toBeInTheDocument();
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Ebert', 'short']);
  });
});

describe('FeaturedReview', () => {
  it('stands apart under its heading, with no score', () => {
    render(
      <FeaturedReview
        review={review({
          critic: 'Dave White',
          publication: 'Movies.com',
          score: null,
          headline: 'Union Thug Life',
          excerpt: '',
          featured: true,
          date: null,
        })}
      />,
    );
    const card = screen.getByRole('article', { name: 'Featured review' });
    expect(card).toHaveTextContent('“Union Thug Life”');
    expect(card).toHaveTextContent('Dave White, Movies.com');
    expect(card).not.toHaveTextContent('out of 100');
  });
});
