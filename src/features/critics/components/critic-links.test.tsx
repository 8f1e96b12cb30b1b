import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CriticReview } from '@/domain/schemas';
import { CriticCard } from './critic-card';
import { FeaturedReview } from './featured-review';

const review = (url: string | null, featured = false): CriticReview => ({
  id: 'c-1',
  critic: 'Roger Ebert',
  publication: 'Chicago Sun-Times',
  date: '2012-09-26',
  score: featured ? null : 50,
  headline: featured ? 'Union Thug Life' : null,
  excerpt: 'A short excerpt.',
  url,
  featured,
  sources: ['seed-003'],
});

// The contract refuses such URLs already; the cards must not rely on it (defence in depth).
const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'not a url',
];

describe('"Read full review" links', () => {
  for (const [name, Card] of [
    ['CriticCard', (url: string | null) => <CriticCard review={review(url)} />],
    ['FeaturedReview', (url: string | null) => <FeaturedReview review={review(url, true)} />],
  ] as const) {
    it(`${name} links only to an http(s) address`, () => {
      for (const url of ['https://www.rogerebert.com/reviews/wont-back-down-2012', 'http://example.com/review']) {
        const { unmount } = render(Card(url));
        expect(screen.getByRole('link', { name: /Read full review/ })).toHaveAttribute('href', url);
        unmount();
      }
      for (const url of UNSAFE) {
        const { container, unmount } = render(Card(url));
        expect(screen.queryByRole('link'), url).toBeNull();
        expect(container.querySelector('[href]'), url).toBeNull();
        expect(container).toHaveTextContent('A short excerpt.');
        unmount();
      }
    });
  }
});
