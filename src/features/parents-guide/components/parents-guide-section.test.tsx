import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import type { FamilyReview } from '@/domain/schemas';
import { emptyAdditions, memoryStorage } from '@/mock-api/storage';
import { seed } from '@/mock-api/seed';
import { resetReaderStore } from '@/stores/reader-store';
import { renderApp } from '@/testing/render-app';
import { ParentsGuideSection } from './parents-guide-section';

const guide = seed.movies[0]!.parentGuide;
const review = (id: string, role: 'parent' | 'kid', age: number, day: number): FamilyReview => ({
  id,
  movieId: 'wont-back-down',
  role,
  author: role === 'kid' ? 'Sam <b>' : null,
  age,
  stars: 3,
  text: `Review ${id} says what age it suits best.`,
  createdAt: `2026-02-${String(day).padStart(2, '0')}T12:00:00.000Z`,
});
const withFamily = () =>
  memoryStorage({
    ...emptyAdditions(),
    family: [review('p1', 'parent', 10, 1), review('k1', 'kid', 8, 2), review('p2', 'parent', 13, 3)],
  });

beforeEach(() => resetReaderStore());

describe('ParentsGuideSection', () => {
  it('shows everything the seed’s guide says, exactly, with the MPAA rating beside the verdict', async () => {
    renderApp(<ParentsGuideSection movieId="wont-back-down" view="list" />);
    const section = screen.getByRole('region', { name: 'Parents guide' });
    expect(await within(section).findByRole('heading', { level: 3, name: 'OK for kids 9+' })).toBeInTheDocument();
    expect(within(section).getByText('Age').parentElement).toHaveTextContent('Age 9+');
    expect(within(section).getByText(guide.summary)).toBeInTheDocument();
    expect(within(section).getByText(guide.parentsNeedToKnow)).toBeInTheDocument();
    const talk = within(section).getByRole('heading', { name: 'Families can talk about' }).nextElementSibling!;
    expect(
      within(talk as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(guide.talkAbout);
    for (const c of guide.content) {
      const item = within(section).getByRole('heading', { level: 5, name: c.label }).closest('li')!;
      expect(item.querySelector('p')!.textContent).toBe(c.explanation);
      expect(item).toHaveTextContent(`${c.rating} out of 5`);
    }
    expect(await within(section).findByText('for thematic elements and language')).toBeInTheDocument();
    expect(within(section).getByText('PG')).toBeInTheDocument();
    expect(await within(section).findByText('No reviews yet.', { exact: false })).toBeInTheDocument();
  });

  it('filters the reviews by role through the URL, and Back undoes it', async () => {
    const user = userEvent.setup();
    renderApp(<ParentsGuideSection movieId="wont-back-down" view="list" />, { api: { storage: withFamily() } });
    const section = screen.getByRole('region', { name: 'Parents guide' });
    expect(await within(section).findByRole('heading', { name: 'Parents say: age 12+ (2 reviews)' })).toBeVisible();
    expect(within(section).getByRole('heading', { name: 'Kids say: age 8+ (1 review)' })).toBeVisible();
    expect(within(section).getAllByRole('article')).toHaveLength(3);
    // newest first; what a reader typed renders as text
    expect(within(section).getAllByRole('article')[1]).toHaveTextContent('Sam <b> (Kid)');

    await user.click(within(section).getByRole('button', { name: 'Kids (1)' }));
    expect(window.location.search).toBe('?role=kid');
    expect(within(section).getByRole('button', { name: 'Kids (1)' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(section).getAllByRole('article')).toHaveLength(1);
    expect(within(section).getByText('1 of 3 reviews from parents and kids: kids.')).toHaveAttribute(
      'aria-live',
      'polite',
    );

    await user.click(within(section).getByRole('button', { name: 'Parents (2)' }));
    expect(
      within(section)
        .getAllByRole('article')
        .map((a) => a.textContent),
    ).toEqual([expect.stringContaining('Review p2'), expect.stringContaining('Review p1')]);
    window.history.back();
    await within(section).findByText(/Review k1/);
    expect(within(section).getAllByRole('article')).toHaveLength(1);
  });

  it('treats an unknown role in the URL as all reviews', async () => {
    renderApp(<ParentsGuideSection movieId="wont-back-down" view="list" />, {
      url: '/movies/wont-back-down?role=teacher',
      api: { storage: withFamily() },
    });
    const section = screen.getByRole('region', { name: 'Parents guide' });
    await within(section).findByRole('heading', { name: 'Parents say: age 12+ (2 reviews)' });
    expect(within(section).getAllByRole('article')).toHaveLength(3);
    expect(within(section).getByRole('button', { name: 'All (3)' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so, with a retry that works, when the family reviews cannot be loaded', async () => {
    const user = userEvent.setup();
    const { api } = renderApp(<ParentsGuideSection movieId="wont-back-down" view="list" />);
    let fail = true;
    configureClient({
      transport: (req) =>
        fail && new URL(req.url).pathname.endsWith('/family-summary')
          ? new Response('down', { status: 503 })
          : api.fetch(req),
    });
    const alert = await screen.findByText('What parents and kids say could not be loaded.');
    fail = false;
    await user.click(within(alert.parentElement!).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Parents say' })).toBeInTheDocument();
  });

  it('says so when the list of their reviews cannot be loaded, while the ages stay; its retry works', async () => {
    const user = userEvent.setup();
    const { api } = renderApp(<ParentsGuideSection movieId="wont-back-down" view="list" />, {
      api: { storage: withFamily() },
    });
    let fail = true;
    configureClient({
      transport: (req) =>
        fail && new URL(req.url).pathname.endsWith('/family-reviews')
          ? new Response('down', { status: 503 })
          : api.fetch(req),
    });
    const alert = await screen.findByText('Reviews from parents and kids could not be loaded.');
    expect(screen.getByRole('heading', { name: 'Parents say: age 12+ (2 reviews)' })).toBeInTheDocument();
    fail = false;
    await user.click(within(alert.parentElement!).getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'Parents guide' })).getAllByRole('article')).toHaveLength(3),
    );
  });
});
