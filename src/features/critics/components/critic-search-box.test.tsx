import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CriticSearchBox, SEARCH_DEBOUNCE_MS } from './critic-search-box';

afterEach(() => {
  vi.useRealTimers();
});

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
    expect(onSearch).toHaveBeenCalledWith('ebert');
  });

  it('Enter searches at once', async () => {
    const onSearch = vi.fn();
    render(<CriticSearchBox value="" onSearch={onSearch} />);
    await userEvent.type(screen.getByRole('searchbox'), 'globe{Enter}');
    expect(onSearch).toHaveBeenCalledWith('globe');
  });

  it('shows what the URL says when it changes (Back, clear)', () => {
    const { rerender } = render(<CriticSearchBox value="ebert" onSearch={() => {}} />);
    expect(screen.getByRole('searchbox')).toHaveValue('ebert');
    rerender(<CriticSearchBox value="" onSearch={() => {}} />);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});
