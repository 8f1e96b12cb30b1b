import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BandFilter } from './band-filter';

const counts = { positive: 8, mixed: 18, negative: 8 };

describe('BandFilter', () => {
  it('shows All and each band with its count, the active one pressed', () => {
    render(<BandFilter counts={counts} active="mixed" onSelect={() => {}} />);
    const group = screen.getByRole('group', { name: 'Filter by score band' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All 34' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Mixed 18' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Positive 8' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Negative 8' })).toBeInTheDocument();
  });
  it('selects a band, clears on All and on the active band', async () => {
    const onSelect = vi.fn();
    render(<BandFilter counts={counts} active="positive" onSelect={onSelect} total={40} />);
    await userEvent.click(screen.getByRole('button', { name: 'Negative 8' }));
    await userEvent.click(screen.getByRole('button', { name: 'All 40' }));
    await userEvent.click(screen.getByRole('button', { name: 'Positive 8' }));
    expect(onSelect.mock.calls).toEqual([['negative'], [null], [null]]);
  });
});
