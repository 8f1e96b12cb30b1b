import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { createQueryClient } from '@/api/query-client';
import type { UserSummary } from '@/domain/schemas';
import { userSummaryQueryOptions } from '@/features/user-reviews/api/get-user-reviews';
import { createApi } from '@/mock-api/app';
import { AppProviders } from './providers';
import { VerdictStrip } from './verdict-strip';

const MOVIE = 'wont-back-down';

/** The strip alone, over the in-process mock API; `answer` may stand in for the API on some requests. */
function renderStrip(answer?: (path: string) => Promise<Response> | undefined) {
  const api = createApi();
  configureClient({
    transport: (req) => answer?.(new URL(req.url).pathname) ?? api.fetch(req),
    baseUrl: 'http://localhost',
  });
  const queryClient = createQueryClient({ retry: false });
  render(
    <AppProviders client={queryClient}>
      <VerdictStrip movieId={MOVIE} />
    </AppProviders>,
  );
  return { queryClient, strip: screen.getByRole('region', { name: 'At a glance' }) };
}

/** What a screen reader reads of an element (what is aria-hidden left out). */
const spoken = (el: HTMLElement) => {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
/** What is on screen (visually hidden text left out). */
const shown = (el: HTMLElement) => {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

describe('the verdict strip', () => {
  it('shows the three verdicts from the summaries, each a link to its section, and compares critics and audience', async () => {
    const { strip } = renderStrip();
    const list = within(strip).getByRole('list');
    const critics = await within(list).findByRole('link', {
      name: 'Critics: 42 out of 100, Mixed or average, 34 critic reviews',
    });
    expect(critics).toHaveAttribute('href', '#critics');
    for (const text of ['Critics', '42', 'Mixed or average', '34 critic reviews'])
      expect(within(critics).getByText(text)).toBeVisible();

    const users = await within(list).findByRole('link', {
      name: 'Users: 6.4 out of 10, Generally favorable, 14 ratings',
    });
    expect(users).toHaveAttribute('href', '#users');
    for (const text of ['Users', '6.4', 'Generally favorable', '14 ratings'])
      expect(within(users).getByText(text)).toBeVisible();

    const parents = await within(list).findByRole('link', {
      name: "Parents: OK for kids 9+, Inspiring tale of a mom's quest to better her kid's school.",
    });
    expect(parents).toHaveAttribute('href', '#parents');
    for (const text of [
      'Parents',
      '9+',
      'OK for kids 9+',
      "Inspiring tale of a mom's quest to better her kid's school.",
    ])
      expect(within(parents).getByText(text)).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);

    const line = await within(strip).findByTestId('critics-and-audience');
    expect(shown(line)).toBe('Audiences liked it more than critics: 6.4/10 against 42/100.');
    expect(spoken(line)).toBe('Audiences liked it more than critics: 6.4 out of 10 against 42 out of 100.');
  });

  it('reads the users section’s summary entry: when a rating changes it, the verdict and the comparison move', async () => {
    const { strip, queryClient } = renderStrip();
    await within(strip).findByRole('link', { name: /^Users: 6\.4 out of 10/ });
    const key = userSummaryQueryOptions(MOVIE).queryKey;
    const rate = (score: number, count: number) =>
      act(async () => {
        queryClient.setQueryData<UserSummary>(key, (s) => ({ ...s!, score, count }));
      });

    // what the optimistic update of a 10 writes: (6.4 × 14 + 10) / 15
    await rate((6.4 * 14 + 10) / 15, 15);
    expect(
      await within(strip).findByRole('link', { name: 'Users: 6.6 out of 10, Generally favorable, 15 ratings' }),
    ).toHaveAttribute('href', '#users');
    const line = within(strip).getByTestId('critics-and-audience');
    expect(shown(line)).toBe('Audiences liked it more than critics: 6.6/10 against 42/100.');

    for (const [score, sentence] of [
      [3.2, 'Critics liked it more than audiences: 42/100 against 3.2/10.'],
      [5.1, 'Critics and audiences rate it about the same: 42/100 and 5.1/10.'],
      [5.2, 'Audiences liked it more than critics: 5.2/10 against 42/100.'],
    ] as const) {
      await rate(score, 20);
      await waitFor(() => expect(shown(line)).toBe(sentence));
    }
  });

  it('loads and fails verdict by verdict: a skeleton while one loads, a quiet line when one fails, the others shown', async () => {
    const { strip } = renderStrip((path) => {
      if (path.endsWith('/parent-guide')) return new Promise<Response>(() => {});
      if (path.endsWith('/user-summary')) return Promise.resolve(new Response('down', { status: 503 }));
      return undefined;
    });
    expect(await within(strip).findByRole('link', { name: /^Critics: 42 out of 100/ })).toBeInTheDocument();
    const users = await within(strip).findByRole('link', { name: 'Users: not available right now' });
    expect(users).toHaveAttribute('href', '#users');
    expect(within(strip).getByRole('status')).toHaveTextContent('Loading the age verdict…');
    expect(within(strip).queryByRole('alert')).toBeNull();
    // no comparison without the audience's figure
    expect(within(strip).queryByTestId('critics-and-audience')).toBeNull();
  });
});
