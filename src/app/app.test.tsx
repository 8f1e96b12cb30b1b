import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { renderApp } from '@/testing/render-app';

/** The parents guide's age verdict (the verdict strip above says it too). */
const ageVerdict = () =>
  within(screen.getByRole('region', { name: 'Parents guide' })).findByRole('heading', { name: 'OK for kids 9+' });

describe('the movie page', () => {
  it('shows the movie, the three sections, and the first page of critic reviews as articles', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: /Won't Back Down/ })).toBeInTheDocument();
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    const articles = await within(critics).findAllByRole('article');
    // the first 20 scored critic reviews, plus the unscored featured one shown apart
    expect(articles.filter((a) => a.textContent?.includes('out of 100'))).toHaveLength(20);
    expect(articles).toHaveLength(21);
    expect(screen.getByRole('region', { name: 'User reviews' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Parents guide' })).toBeInTheDocument();
    expect(await ageVerdict()).toBeInTheDocument();
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

  it('shows an error with a working retry when a list fails, and keeps its section’s score and the rest of the page', async () => {
    const { api } = renderApp();
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
    expect(await ageVerdict()).toBeInTheDocument();
    failCritics = false;
    within(alert).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(within(critics).getAllByRole('article')).toHaveLength(21));
  });
});
