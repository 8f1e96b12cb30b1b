import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { renderApp } from '@/testing/render-app';

describe('the movie page', () => {
  it('shows the movie, the three sections and every critic review as an article', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: /Won't Back Down/ })).toBeInTheDocument();
    const critics = screen.getByRole('region', { name: 'Critic reviews' });
    const articles = await within(critics).findAllByRole('article');
    // 34 scored critic reviews, plus the unscored featured one shown apart
    expect(articles.filter((a) => a.textContent?.includes('out of 100'))).toHaveLength(34);
    expect(articles).toHaveLength(35);
    expect(screen.getByRole('region', { name: 'User reviews' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Parents guide' })).toBeInTheDocument();
    expect(await screen.findByText('OK for kids 9+')).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown movie', async () => {
    renderApp(undefined, { url: '/movies/no-such-movie' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/No movie called “no-such-movie”/)).toBeInTheDocument();
  });

  it('shows an error with a working retry when the API fails, and keeps the rest of the page', async () => {
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
    expect(await screen.findByText('OK for kids 9+')).toBeInTheDocument();
    failCritics = false;
    within(alert).getByRole('button', { name: 'Try again' }).click();
    expect(await within(critics).findAllByRole('article')).toHaveLength(35);
  });
});
