import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSearchParams } from '@/lib/router';
import { CriticSearchBox, SEARCH_DEBOUNCE_MS } from './critic-search-box';

afterEach(() => {
  vi.useRealTimers();
});

/** The box wired to the URL the way the critics section wires it: the search is `?q=`. */
function InUrl() {
  const [params, set] = useSearchParams();
  return <CriticSearchBox value={params.get('q') ?? ''} onSearch={(q, how) => set({ q }, how)} />;
}
const q = () => new URLSearchParams(window.location.search).get('q');

describe('CriticSearchBox', () => {
  it('reports the search once typing pauses', () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    render(<CriticSearchBox value="" onSearch={onSearch} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    for (const text of ['e', 'eb', 'ebe', 'eber', 'ebert']) {
      fireEvent.change(box, { target: { value: text } });
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50));
    }
    expect(onSearch).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenCalledWith('ebert', { replace: false });
  });

  it('Enter searches at once', async () => {
    const onSearch = vi.fn();
    render(<CriticSearchBox value="" onSearch={onSearch} />);
    await userEvent.type(screen.getByRole('searchbox'), 'globe{Enter}');
    expect(onSearch).toHaveBeenCalledWith('globe', { replace: false });
  });

  it('shows what the URL says when it changes (Back, clear)', () => {
    const { rerender } = render(<CriticSearchBox value="ebert" onSearch={() => {}} />);
    expect(screen.getByRole('searchbox')).toHaveValue('ebert');
    rerender(<CriticSearchBox value="" onSearch={() => {}} />);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('makes one history entry per search, however often the reader pauses; Enter or leaving the box ends it', () => {
    vi.useFakeTimers();
    window.history.pushState(null, '', '/movies/m');
    render(<InUrl />);
    const box = screen.getByRole('searchbox');
    const start = window.history.length;
    const typeAndPause = (text: string) => {
      fireEvent.change(box, { target: { value: text } });
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    };

    typeAndPause('lot');
    expect([q(), window.history.length - start]).toEqual(['lot', 1]);
    typeAndPause('lottery');
    typeAndPause('lottery un');
    expect([q(), window.history.length - start]).toEqual(['lottery un', 1]);
    fireEvent.change(box, { target: { value: 'lottery union' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect([q(), window.history.length - start]).toEqual(['lottery union', 1]);

    // after Enter, a new search is a new entry
    typeAndPause('superman');
    expect([q(), window.history.length - start]).toEqual(['superman', 2]);
    // leaving the box sends what waits for its pause at once, and ends the search
    fireEvent.change(box, { target: { value: 'superman lottery' } });
    fireEvent.blur(box);
    expect([q(), window.history.length - start]).toEqual(['superman lottery', 2]);
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    typeAndPause('ebert');
    expect([q(), window.history.length - start]).toEqual(['ebert', 3]);
  });

  it('Back returns to the results before a search, and the next search does not overwrite them', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/movies/m?sort=oldest');
    render(<InUrl />);
    const box = screen.getByRole('searchbox');
    await user.type(box, 'lottery');
    await waitFor(() => expect(q()).toBe('lottery'));
    act(() => window.history.back());
    await waitFor(() => expect(box).toHaveValue(''));
    expect(window.location.search).toBe('?sort=oldest');

    // still in the box: this search is an entry of its own, so Back again finds the results before it
    await user.type(box, 'union');
    await waitFor(() => expect(q()).toBe('union'));
    act(() => window.history.back());
    await waitFor(() => expect(box).toHaveValue(''));
    expect(window.location.search).toBe('?sort=oldest');
  });
});
