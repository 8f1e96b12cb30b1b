import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { emptyAdditions, memoryStorage } from '@/mock-api/storage';
import { readerSnapshot, resetReaderStore } from '@/stores/reader-store';
import { fillRating, openRateForm } from '@/testing/rate-form';
import { renderApp } from '@/testing/render-app';
import { UserReviewsSection } from './user-reviews-section';

const MOVIE = 'wont-back-down';
const LONG = 'A moving drama about parents and teachers who fight to turn around a failing school in Pittsburgh.';

/**
 * The overview's section (the score, its charts, the rating form and the most helpful reviews), and its element. A
 * role query by name computes the name of every element of that role in its container, and jsdom works out the
 * styles that reads again after each change to the page: each test looks the section up once and queries within it
 * (or within a smaller part of it), not over the whole page again and again.
 */
function renderSection(url = `/movies/${MOVIE}`, api = {}) {
  const rendered = renderApp(<UserReviewsSection movieId={MOVIE} view="overview" />, { url, api });
  return { ...rendered, region: screen.getByRole('region', { name: 'User reviews' }) };
}

/** The list page's section (every review, with the filters and sort). */
function renderList(search = '', api = {}) {
  const rendered = renderApp(<UserReviewsSection movieId={MOVIE} view="list" />, {
    url: `/movies/${MOVIE}/user-reviews${search}`,
    api,
  });
  return { ...rendered, region: screen.getByRole('region', { name: 'User reviews' }) };
}

const headline = () => screen.getByTestId('user-score');
const articles = (region: HTMLElement) => within(region).queryAllByRole('article');
/** The overview's part for the reader: the rating form, or their own review with Edit and Delete. */
const rating = (region: HTMLElement) => within(within(region).getByRole('region', { name: 'Rate this movie' }));
/** The chart's bars: links to the list on their score (on the list page a click filters in place). */
const histogram = (region: HTMLElement) => within(within(region).getByRole('group', { name: 'User scores, 0–10' }));

/** The rating form, filled (10, "Tester" and a long review unless told otherwise), not sent. */
async function fillForm(user: ReturnType<typeof userEvent.setup>, values: { score?: number; text?: string } = {}) {
  const opened = await openRateForm();
  await fillRating(user, opened, { score: 10, author: 'Tester', text: LONG, ...values });
  return opened.form;
}

// The contract and the form load on demand; on a busy machine their first import takes seconds: once, here.
beforeAll(() => Promise.all([import('@/domain/schemas'), import('./user-review-form')]), 60_000);
beforeEach(() => resetReaderStore());

describe('user reviews section', () => {
  it('shows the user score 6.4 from 14 ratings, the published distribution and every seed review, ten a page', async () => {
    const user = userEvent.setup();
    const { region } = renderList();
    const users = within(region);
    expect(await users.findAllByRole('article')).toHaveLength(10);
    // "Show more" comes with the list: wait for its words, then find it by its role and name once
    await users.findByText('Show more user reviews');
    await user.click(users.getByRole('button', { name: 'Show more user reviews' }));
    await waitFor(() => expect(articles(region)).toHaveLength(13));
    expect(users.queryByRole('button', { name: 'Show more user reviews' })).toBeNull();
    expect(headline()).toHaveTextContent('6.4');
    expect(headline()).toHaveTextContent('Generally favorable');
    expect(headline()).toHaveTextContent('based on 14 ratings');
    expect(region).toHaveTextContent('Positive: 2 out of 6, Negative: 1 out of 6');
    expect(users.getAllByText('Excerpt').length).toBeGreaterThanOrEqual(10);
    expect(users.getAllByText('Anonymous').length).toBe(4);
    expect(users.getByText('A rating without a written review.')).toBeInTheDocument();
    // the three scored reviews: 5, 9, 5
    const bands = within(screen.getByRole('list', { name: 'Score distribution' }))
      .getAllByRole('listitem')
      .map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(bands).toContainEqual(expect.stringMatching(/^Positive 1 ?review,/));
    expect(bands).toContainEqual(expect.stringMatching(/^Mixed 2 ?reviews,/));
  });

  it('filters by band and by histogram bar through the URL, and Back undoes it', async () => {
    const user = userEvent.setup();
    const { region } = renderList();
    const users = within(region);
    await users.findAllByRole('article');
    expect(users.getByText('All 13 user reviews.')).toHaveAttribute('aria-live', 'polite');
    const bands = within(users.getByRole('group', { name: 'Filter user reviews by score band' }));
    await user.click(bands.getByRole('button', { name: /^Mixed 2$/ }));
    expect(window.location.search).toBe('?uband=mixed');
    expect(articles(region)).toHaveLength(2);
    expect(users.getByText('2 of 13 user reviews: mixed.')).toHaveAttribute('aria-live', 'polite');
    const nine = histogram(region).getByRole('link', { name: /^9: 1 review/ });
    expect(nine).toHaveAttribute('href', '/movies/wont-back-down/user-reviews?uscore=9');
    await user.click(nine);
    expect(window.location.search).toBe('?uscore=9');
    expect(articles(region)).toHaveLength(1);
    expect(users.getByText('1 of 13 user reviews: scored 9.')).toBeInTheDocument();
    act(() => window.history.back());
    await waitFor(() => expect(articles(region)).toHaveLength(2));
  });

  it('an empty filter offers all reviews; focus then moves to "All", not to the page', async () => {
    const user = userEvent.setup();
    const { region } = renderList('?uband=negative');
    const users = within(region);
    expect(await users.findByText('0 of 13 user reviews: negative.')).toBeInTheDocument();
    await user.click(users.getByRole('button', { name: 'Show all user reviews' }));
    expect(window.location.search).toBe('');
    const bands = within(users.getByRole('group', { name: 'Filter user reviews by score band' }));
    expect(bands.getByRole('button', { name: /^All 13$/ })).toHaveFocus();
    expect(await users.findAllByRole('article')).toHaveLength(10);
  });

  it('falls back to defaults for invalid URL values and sorts by score', async () => {
    const { region } = renderList('?uband=great&uscore=99&usort=random');
    const users = within(region);
    expect(await users.findAllByRole('article')).toHaveLength(10);
    // no filter: the count line says all of them
    expect(users.getByText(/^All 13 user reviews/)).toBeInTheDocument();
    expect(users.getByRole('combobox', { name: 'Sort user reviews' })).toHaveValue('newest');
  });

  it('ranks "most helpful" by the Wilson lower bound, not by the raw ratio', async () => {
    const additions = emptyAdditions();
    additions.votes['u-000-01'] = { 'reader-a-000001': 'up', 'reader-b-000001': 'up' };
    const many: Record<string, 'up' | 'down'> = {};
    for (let i = 0; i < 100; i++) many[`reader-x-${String(i).padStart(6, '0')}`] = i < 95 ? 'up' : 'down';
    additions.votes['u-000-02'] = many;
    const { region } = renderList('?usort=helpful', { storage: memoryStorage(additions) });
    const list = await within(region).findAllByRole('article');
    expect(list[0]).toHaveAccessibleName('Review by punamk');
    expect(list[1]).toHaveAccessibleName('Review by sherrij421');
    expect(within(list[0]!).getByRole('button', { name: 'Helpful (95)' })).toBeInTheDocument();
  });

  it('submits a rating with text: it shows at once, the score becomes 6.6 from 15, and it is announced', async () => {
    const user = userEvent.setup();
    const { api, region } = renderSection();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    configureClient({
      transport: async (req) => {
        if (req.method === 'POST') await gate;
        return api.fetch(req);
      },
    });
    const form = await fillForm(user);
    await user.click(form.getByRole('button', { name: 'Submit rating' }));
    // optimistic: before the API has answered
    expect(await within(region).findByText(LONG)).toBeInTheDocument();
    expect(headline()).toHaveTextContent('6.6');
    expect(headline()).toHaveTextContent('based on 15 ratings');
    expect(histogram(region).getByRole('link', { name: /^10: 1 review/ })).toBeInTheDocument();
    release();
    await waitFor(() =>
      expect(
        within(region)
          .getAllByRole('status')
          .map((s) => s.textContent),
      ).toContain('Thank you. Your rating of 10 out of 10 was added.'),
    );
    expect(rating(region).getByRole('heading', { name: 'Your rating: 10 out of 10' })).toBeInTheDocument();
    expect(readerSnapshot().nickname).toBe('Tester');
    expect(readerSnapshot().userDrafts[MOVIE]).toBeUndefined();
    expect(headline()).toHaveTextContent('based on 15 ratings');
  });

  it('rolls everything back on failure, says why, and keeps the draft', async () => {
    const user = userEvent.setup();
    const { api, region } = renderSection();
    configureClient({
      transport: (req) => (req.method === 'POST' ? new Response('down', { status: 503 }) : api.fetch(req)),
    });
    const form = await fillForm(user);
    await user.click(form.getByRole('button', { name: 'Submit rating' }));
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent(/Your rating was not saved\. The service is briefly unavailable/);
    expect(within(region).queryByText(LONG)).toBeNull();
    expect(headline()).toHaveTextContent('6.4');
    expect(headline()).toHaveTextContent('based on 14 ratings');
    expect(form.getByRole('textbox', { name: /Your review/ })).toHaveValue(LONG);
    expect(form.getByRole('radio', { name: /^10,/ })).toBeChecked();
    expect(readerSnapshot().userDrafts[MOVIE]).toMatchObject({ score: 10, text: LONG });
  });

  it('reuses one idempotency key across a retry and a double click, so only one review is created', async () => {
    const user = userEvent.setup();
    const { api, region } = renderSection();
    const keys: string[] = [];
    let fail = true;
    configureClient({
      transport: async (req) => {
        if (req.method === 'POST') {
          keys.push(req.headers.get('idempotency-key') ?? '');
          expect(req.headers.get('x-reader-id')).toBe(readerSnapshot().readerId);
          if (fail) {
            // the review is created but the answer is lost
            await api.fetch(req);
            return new Response('gateway', { status: 502 });
          }
        }
        return api.fetch(req);
      },
    });
    const form = await fillForm(user);
    await user.dblClick(form.getByRole('button', { name: 'Submit rating' }));
    await within(region).findByRole('alert');
    fail = false;
    await user.click(form.getByRole('button', { name: 'Submit rating' }));
    await waitFor(() => expect(region).toHaveTextContent('was added'));
    expect(keys.length).toBe(2);
    expect(new Set(keys).size).toBe(1);
    const list = await (await api.request(`/api/movies/${MOVIE}/user-reviews`)).json();
    expect((list as { total: number }).total).toBe(14);
    expect(articles(region).filter((a) => within(a).queryByText(LONG))).toHaveLength(1);
  });

  it('a rating alone is valid; then the reader can edit it and delete it (with confirmation)', async () => {
    const user = userEvent.setup();
    const { region } = renderSection();
    const form = await fillForm(user, { score: 0, text: '' });
    await user.click(form.getByRole('button', { name: 'Submit rating' }));
    await waitFor(() => expect(headline()).toHaveTextContent('based on 15 ratings'));
    expect(headline()).toHaveTextContent('6.0');
    const mine = rating(region);
    await user.click(await mine.findByRole('button', { name: 'Edit your review' }));
    const edit = within(mine.getByRole('form', { name: 'Edit your review' }));
    expect(edit.getByRole('radio', { name: /^0,/ })).toBeChecked();
    expect(edit.getByRole('textbox', { name: 'Nickname' })).toHaveValue('Tester');
    await user.click(edit.getByRole('radio', { name: /^10,/ }));
    await user.click(edit.getByRole('button', { name: 'Update your review' }));
    await waitFor(() => expect(headline()).toHaveTextContent('6.6'));
    expect(region).toHaveTextContent('Your review was updated');
    await user.click(mine.getByRole('button', { name: 'Delete your review' }));
    expect(mine.getByText(/Delete your review\?/)).toBeInTheDocument();
    await user.click(mine.getByRole('button', { name: 'Cancel' }));
    await user.click(mine.getByRole('button', { name: 'Delete your review' }));
    await user.click(mine.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(headline()).toHaveTextContent('based on 14 ratings'));
    expect(headline()).toHaveTextContent('6.4');
    expect(await mine.findByRole('button', { name: 'Submit rating' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Your review was deleted.');
    // the link's words change with the count: wait for them, then find the link by its role and name once
    await within(region).findByText('All 13 user reviews');
    expect(within(region).getByRole('link', { name: 'All 13 user reviews' })).toBeInTheDocument();
  });

  it('casts, switches and withdraws a helpful vote, one per reader, persisted by the API', async () => {
    const user = userEvent.setup();
    const { api, region } = renderList();
    await within(region).findByText('Show more user reviews');
    await user.click(within(region).getByRole('button', { name: 'Show more user reviews' }));
    const card = await within(region).findByRole('article', { name: 'Review by sherrij421' });
    await user.click(within(card).getByRole('button', { name: 'Helpful (0)' }));
    expect(within(card).getByRole('button', { name: 'Helpful (1)' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(card).getByRole('button', { name: 'Not helpful (0)' }));
    expect(within(card).getByRole('button', { name: 'Not helpful (1)' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(card).getByRole('button', { name: 'Helpful (0)' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(async () => {
      const body = (await (await api.request(`/api/movies/${MOVIE}/user-reviews/u-000-01`)).json()) as {
        review: { helpful: { up: number; down: number } };
      };
      expect(body.review.helpful).toEqual({ up: 0, down: 1 });
    });
    await user.click(within(card).getByRole('button', { name: 'Not helpful (1)' }));
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Not helpful (0)' })).toBeInTheDocument());
    expect(readerSnapshot().votes['u-000-01']).toBeUndefined();
  });

  it('hides a spoiler until asked, and renders markup as text', async () => {
    const user = userEvent.setup();
    const { container, region } = renderSection();
    const xss = `<img src=x onerror=alert(1)> ${LONG}`;
    const form = await fillForm(user, { text: xss });
    await user.click(form.getByRole('checkbox', { name: /Contains spoilers/ }));
    await user.click(form.getByRole('button', { name: 'Submit rating' }));
    const show = await within(region).findByRole('button', { name: 'Show spoiler' });
    expect(within(region).getByText(xss)).not.toBeVisible();
    await user.click(show);
    expect(within(region).getByText(xss)).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(within(region).getByRole('button', { name: 'Hide spoiler' })).toHaveAttribute('aria-expanded', 'true');
  });
});
