import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { renderApp } from '@/testing/render-app';

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
    expect(await screen.findByText('OK for kids 9+')).toBeInTheDocument();
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
    expect(await screen.findByText('OK for kids 9+')).toBeInTheDocument();
    failCritics = false;
    within(alert).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(within(critics).getAllByRole('article')).toHaveLength(21));
  });
});
