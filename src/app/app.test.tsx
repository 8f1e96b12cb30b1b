import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { renderApp } from '@/testing/render-app';

/** The parents guide's age verdict (the verdict strip above says it too). */
const ageVerdict = () =>
  within(screen.getByRole('region', { name: 'Parents guide' })).findByRole('heading', { name: 'OK for kids 9+' });

describe('the movie page', () => {
  it('is an overview: each section’s summary and a few chosen reviews, with a link to all of them', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: /Won't Back Down/ })).toBeInTheDocument();
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    // the featured review, then the highest and the lowest scored of the seed's 33 scored reviews: 83 and 20
    const picks = within(await within(critics).findByRole('region', { name: 'Highest and lowest scored' }));
    const [highest, lowest] = picks.getAllByRole('article');
    expect(highest).toHaveTextContent(/83 out of 100/);
    expect(lowest).toHaveTextContent(/20 out of 100/);
    expect(within(critics).getAllByRole('article')).toHaveLength(3);
    expect(within(critics).getByRole('link', { name: 'All 34 critic reviews' })).toHaveAttribute(
      'href',
      '/movies/wont-back-down/critic-reviews',
    );
    const users = screen.getByRole('region', { name: 'User reviews' });
    const helpful = await within(users).findByRole('region', { name: 'Most helpful reviews' });
    expect(within(helpful).getAllByRole('article')).toHaveLength(3);
    expect(within(users).getByRole('link', { name: 'All 13 user reviews' })).toHaveAttribute(
      'href',
      '/movies/wont-back-down/user-reviews',
    );
    const parents = screen.getByRole('region', { name: 'Parents guide' });
    expect(await ageVerdict()).toBeInTheDocument();
    expect(within(parents).getByRole('link', { name: /^The whole guide/ })).toHaveAttribute(
      'href',
      '/movies/wont-back-down/parents-guide',
    );
    // the three verdicts come right after the title, before the sections they link to
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(screen.getByRole('heading', { level: 1 }).compareDocumentPosition(glance)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(glance.compareDocumentPosition(critics)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('speaks only reader words: sources named as readers know them, no "seed", "demo" or "mock"', async () => {
    renderApp();
    expect(await ageVerdict()).toBeInTheDocument();
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    await within(critics).findAllByRole('article');
    await within(screen.getByRole('region', { name: 'User reviews' })).findAllByRole('article');
    expect(within(critics).getByTestId('published-score')).toHaveTextContent('Metascore, published by Metacritic');
    expect(screen.getByTestId('user-score')).toHaveTextContent('User score published by Metacritic');
    expect(screen.getByRole('region', { name: 'Parents guide' })).toHaveTextContent('Common Sense Media');
    const attributes = [...document.querySelectorAll('[aria-label],[title],[alt],[placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    for (const text of [document.body.textContent ?? '', ...attributes])
      expect(text).not.toMatch(/\b(seed|demo|mock)/i);
    // the reset action is not in the header; it sits in the footer in reader words
    expect(within(screen.getAllByRole('banner')[0]!).queryByRole('button', { name: /reset|clear/i })).toBeNull();
    expect(
      within(screen.getByRole('contentinfo')).getByRole('button', { name: 'Clear what you added on this device' }),
    ).toBeInTheDocument();
  });

  it('asks before clearing what the reader added, in the page, and keeps focus on the action', async () => {
    const user = userEvent.setup();
    renderApp();
    const footer = screen.getByRole('contentinfo');
    await user.click(within(footer).getByRole('button', { name: 'Clear what you added on this device' }));
    const confirm = within(footer).getByRole('group', { name: 'Confirm clearing' });
    expect(within(confirm).getByRole('button', { name: 'Yes, clear them' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(footer).getByRole('button', { name: 'Clear what you added on this device' })).toHaveFocus();
    await user.click(within(footer).getByRole('button', { name: 'Clear what you added on this device' }));
    await user.click(within(footer).getByRole('button', { name: 'Yes, clear them' }));
    expect(await screen.findByText('Everything you added on this device was cleared.')).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown movie', async () => {
    renderApp(undefined, { url: '/movies/no-such-movie' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/No movie called “no-such-movie”/)).toBeInTheDocument();
  });

  it('opens a full list from the overview, at its top with focus on its heading; Back returns to the overview', async () => {
    const user = userEvent.setup();
    renderApp();
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    await user.click(await within(critics).findByRole('link', { name: 'All 34 critic reviews' }));
    const heading = await screen.findByRole('heading', { level: 1, name: "Won't Back Down (2012): critic reviews" });
    expect(window.location.pathname).toBe('/movies/wont-back-down/critic-reviews');
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Won’t Back Down (2012): all critic reviews · Verdict'.replace('’', "'"));
    // the first 20 scored critic reviews, plus the unscored featured one shown apart
    const articles = await within(screen.getByRole('region', { name: 'Critic reviews' })).findAllByRole('article');
    expect(articles.filter((a) => a.textContent?.includes('out of 100'))).toHaveLength(20);
    expect(articles).toHaveLength(21);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent("Won't Back Down (2012)");
    window.history.back();
    expect(await screen.findByRole('region', { name: 'At a glance' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/movies/wont-back-down');
  });

  it('a bar clicked on the overview opens the list of that range; bars and bands are links, even without JavaScript', async () => {
    const user = userEvent.setup();
    renderApp();
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    const bar = await within(critics).findByRole('link', { name: /^50–59: 10 reviews/ });
    expect(bar).toHaveAttribute('href', '/movies/wont-back-down/critic-reviews?bin=5');
    expect(within(critics).getByRole('link', { name: /^Positive 8 ?reviews/ })).toHaveAttribute(
      'href',
      '/movies/wont-back-down/critic-reviews?band=positive',
    );
    await user.click(bar);
    await screen.findByRole('heading', { level: 1, name: "Won't Back Down (2012): critic reviews" });
    expect(window.location.pathname + window.location.search).toBe('/movies/wont-back-down/critic-reviews?bin=5');
    expect(await screen.findByText('10 of 34 critic reviews: scores 50–59 (mixed).')).toBeInTheDocument();
  });

  it('shows an error with a working retry when a list fails, and keeps its section’s score and the rest of the page', async () => {
    const { api } = renderApp(undefined, { url: '/movies/wont-back-down/critic-reviews' });
    let failCritics = true;
    configureClient({
      transport: async (req) => {
        if (failCritics && new URL(req.url).pathname.endsWith('/critic-reviews'))
          return new Response('down', { status: 503 });
        return api.fetch(req);
      },
    });
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    const alert = await within(critics).findByRole('alert');
    expect(alert).toHaveTextContent(/briefly unavailable/);
    expect(within(critics).getByTestId('published-score')).toHaveTextContent('42 out of 100');
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
    failCritics = false;
    within(alert).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(within(critics).getAllByRole('article')).toHaveLength(21));
  });
});
