import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seed } from '@/mock-api/seed';
import { renderApp } from '@/testing/render-app';
import type { CriticReview } from '@/domain/schemas';
import { criticSummary } from '@/domain/aggregates';
import { CriticHeadline } from './critic-headline';
import { CriticsSection } from './critics-section';

/**
 * The section is looked up by its role and name once, when it is rendered (it stays while the test runs): a role
 * query by name computes the name of every element of that role, and jsdom works out the styles that reads again
 * after each change to the page.
 */
let section: HTMLElement;
const renderSection = (url?: string) => {
  const rendered = renderApp(<CriticsSection movieId="wont-back-down" view="list" />, url ? { url } : {});
  section = screen.getByRole('region', { name: 'Critic reviews' });
  return rendered;
};

const region = () => section;
const list = async () => within(region()).findByRole('list', { name: 'Critic reviews list' });
const cards = async () => within(await list()).getAllByRole('article');
const scoresShown = async () =>
  (await cards()).map((a) => Number(a.querySelector('.sr-only')?.textContent?.match(/^(\d+) out of 100/)?.[1]));
const search = () => new URLSearchParams(window.location.search);

describe('critic reviews section', () => {
  it('shows the published 42 with its label and count, and the computed plain mean 48', async () => {
    renderSection();
    const published = await within(region()).findByTestId('published-score');
    expect(published).toHaveTextContent('42 out of 100, mixed');
    expect(published).toHaveTextContent('Mixed or average');
    expect(published).toHaveTextContent('based on 34 critic reviews');
    const computed = within(region()).getByTestId('computed-score');
    expect(computed).toHaveTextContent(/Plain mean \(computed here\)/);
    expect(computed).toHaveTextContent('48 · Mixed or average');
    expect(region()).toHaveTextContent(/weighted/);
  });

  it('shows the distribution 8 / 18 / 8 and the featured review apart, unscored', async () => {
    renderSection();
    await list();
    // figures only on the list page (the filter bar holds the same choice): each band's words, as read
    const bands = () =>
      within(within(region()).getByRole('list', { name: 'Score distribution' }))
        .getAllByRole('listitem')
        .map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(bands()).toContainEqual(expect.stringMatching(/^Positive\s*8\s*reviews,\s*24%\s*scores\s*61–100$/));
    expect(bands()).toContainEqual(expect.stringMatching(/^Mixed\s*18\s*reviews,\s*53%\s*scores\s*40–60$/));
    expect(bands()).toContainEqual(expect.stringMatching(/^Negative\s*8\s*reviews,\s*24%\s*scores\s*0–39$/));
    const featured = within(region()).getByRole('article', { name: 'Featured review' });
    expect(featured).toHaveTextContent('Union Thug Life');
    expect(featured).toHaveTextContent('Dave White');
    expect(featured).not.toHaveTextContent('out of 100');
    expect(within(await list()).queryByText('Dave White')).toBeNull();
  });

  it('filters by band, keeps the choice in the URL, counts of the whole set, and Back undoes it', async () => {
    renderSection();
    expect(await cards()).toHaveLength(20);
    const filter = within(region()).getByRole('group', { name: 'Filter critic reviews by score band' });
    await userEvent.click(within(filter).getByRole('button', { name: 'Positive 8' }));
    expect(await cards()).toHaveLength(8);
    expect(search().get('band')).toBe('positive');
    expect(within(filter).getByRole('button', { name: 'Positive 8' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(filter).getByRole('button', { name: 'All 34' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(within(filter).getByRole('button', { name: 'Mixed 18' }));
    expect(await cards()).toHaveLength(18);
    await userEvent.click(within(filter).getByRole('button', { name: 'Negative 8' }));
    expect(await cards()).toHaveLength(8);
    expect((await scoresShown()).every((s) => s <= 39)).toBe(true);
    act(() => window.history.back());
    await waitFor(async () => expect(await cards()).toHaveLength(18));
    expect(search().get('band')).toBe('mixed');
  });

  it('a histogram bar filters to its bin and band; clicking it again clears', async () => {
    renderSection();
    await list();
    const chart = within(region()).getByRole('group', { name: 'Critic scores, 0–100' });
    const bar = within(chart).getByRole('link', { name: '50–59: 10 reviews, mixed' });
    await userEvent.click(bar);
    expect(await scoresShown()).toEqual([58, 50, 50, 50, 50, 50, 50, 50, 50, 50]);
    expect(search().get('bin')).toBe('5');
    expect(bar).toHaveAttribute('aria-current', 'true');
    const filter = within(region()).getByRole('group', { name: 'Filter critic reviews by score band' });
    expect(within(filter).getByRole('button', { name: 'Mixed 18' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(region()).getByText(/10 of 34 critic reviews: scores 50–59 \(mixed\)/)).toBeInTheDocument();
    await userEvent.click(bar);
    expect(await cards()).toHaveLength(20);
    expect(search().get('bin')).toBeNull();
  });

  it('the 60–69 bar (60 is mixed, 61–69 positive) shows all five and presses no single band', async () => {
    renderSection();
    await list();
    const chart = within(region()).getByRole('group', { name: 'Critic scores, 0–100' });
    await userEvent.click(within(chart).getByRole('link', { name: '60–69: 5 reviews, 1 mixed, 4 positive' }));
    expect(await scoresShown()).toEqual([67, 63, 63, 63, 60]);
    const filter = within(region()).getByRole('group', { name: 'Filter critic reviews by score band' });
    for (const b of within(filter).getAllByRole('button')) expect(b).toHaveAttribute('aria-pressed', 'false');
  });

  it('sorts by score, date and publication, in the URL (default omitted)', async () => {
    renderSection();
    expect((await scoresShown())[0]).toBe(83);
    const sort = within(region()).getByRole('combobox', { name: 'Sort' });
    await userEvent.selectOptions(sort, 'score-asc');
    expect((await scoresShown()).slice(0, 3)).toEqual([20, 20, 25]);
    expect(search().get('sort')).toBe('score-asc');
    await userEvent.selectOptions(sort, 'oldest');
    expect(within((await cards())[0]!).getByRole('heading')).toHaveTextContent('Rex Reed');
    await userEvent.selectOptions(sort, 'newest');
    expect(within((await cards())[0]!).getByRole('heading')).toHaveTextContent('Ken McIntyre');
    await userEvent.selectOptions(sort, 'publication');
    expect(within((await cards())[0]!).getByRole('heading')).toHaveTextContent('Arizona Republic');
    // the count line names a sort other than the default, so a change of order is announced too
    expect(within(region()).getByText('All 34 critic reviews, publication A–Z.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    await userEvent.selectOptions(sort, 'score-desc');
    expect(search().has('sort')).toBe(false);
    expect(await within(region()).findByText('All 34 critic reviews.')).toHaveAttribute('aria-live', 'polite');
  });

  it('searches critic, publication and text after a pause, highlights as text, and says when nothing matches', async () => {
    renderSection();
    await list();
    const box = within(region()).getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'superman lottery');
    await waitFor(() => expect(search().get('q')).toBe('superman lottery'));
    const found = await cards();
    expect(found).toHaveLength(2);
    const marks = [...found[0]!.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(marks).toEqual(expect.arrayContaining(['superman', 'lottery']));
    await userEvent.clear(box);
    await userEvent.type(box, '<b>zzz</b>');
    expect(await within(region()).findByText('No critic reviews match these filters.')).toBeInTheDocument();
    await userEvent.click(within(region()).getByRole('button', { name: 'Clear filters' }));
    expect(await cards()).toHaveLength(20);
    // the button went with the empty state: focus is on "All", now pressed, not on the page
    expect(within(region()).getByRole('button', { name: 'All 34' })).toHaveFocus();
    expect(box).toHaveValue('');
    expect(search().has('q')).toBe(false);
  });

  it('reads its state from the URL, and ignores invalid values', async () => {
    renderSection('/movies/wont-back-down?band=negative&sort=score-asc');
    expect((await scoresShown()).slice(0, 2)).toEqual([20, 20]);
    expect(await cards()).toHaveLength(8);
  });

  it('falls back to defaults for nonsense in the URL', async () => {
    renderSection('/movies/wont-back-down?band=great&bin=42&sort=random');
    expect(await cards()).toHaveLength(20);
    expect((await scoresShown())[0]).toBe(83);
  });

  it('says "Not enough reviews yet" below four scored reviews', () => {
    const three = seed.movies[0]!.critics.filter((r) => r.score !== null).slice(0, 3) as CriticReview[];
    render(<CriticHeadline agg={criticSummary(three, null)} />);
    expect(screen.getByText('Not enough reviews yet')).toBeInTheDocument();
  });
});
