import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CriticReview } from '@/domain/schemas';
import { CLAMP_CHARS, CriticCard } from './critic-card';
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
const LINE = 24;

/**
 * jsdom has no layout: the excerpt's height (`lines` tall, three of them shown when clamped) and a ResizeObserver
 * whose `resize(lines)` says the text now wraps to that many lines, as a wider or narrower card would.
 */
function layout({ lines }: { lines: number }) {
  let now = lines;
  const observers: { cb: ResizeObserverCallback; els: Element[] }[] = [];
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(() => now * LINE);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return (this.classList.contains('js:line-clamp-3') ? Math.min(3, now) : now) * LINE;
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      private entry: { cb: ResizeObserverCallback; els: Element[] };
      constructor(cb: ResizeObserverCallback) {
        this.entry = { cb, els: [] };
        observers.push(this.entry);
      }
      observe(el: Element) {
        this.entry.els.push(el);
      }
      unobserve() {}
      disconnect() {
        observers.splice(observers.indexOf(this.entry), 1);
      }
    },
  );
  return {
    observed: () => observers.flatMap((o) => o.els),
    resize: (lines: number) => {
      now = lines;
      act(() => {
        for (const o of [...observers]) o.cb([], {} as ResizeObserver);
      });
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

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

  it('clamps a long excerpt with a Read more toggle, keeping the whole text', async () => {
    const page = layout({ lines: 5 });
    render(<CriticCard review={review({ excerpt: LONG })} />);
    const toggle = screen.getByRole('button', { name: 'Read more' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const text = screen.getByText(LONG);
    expect(text).toHaveClass('js:line-clamp-3');
    expect(page.observed()).toContain(text);
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect(text).not.toHaveClass('js:line-clamp-3');
  });

  it('offers no Read more for a long excerpt that fits in three lines, measured before the toggle is shown', () => {
    layout({ lines: 3 });
    render(<CriticCard review={review({ excerpt: LONG })} />);
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
    expect(screen.getByText(LONG)).toHaveTextContent(LONG);
  });

  it('hands focus to the text when a wider card no longer needs the focused Read more (issue 13, item 4)', () => {
    const page = layout({ lines: 5 });
    render(<CriticCard review={review({ excerpt: LONG })} />);
    screen.getByRole('button', { name: 'Read more' }).focus();
    page.resize(3);
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByText(LONG)).toHaveFocus();
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
