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
  it('is one Tab stop, the pressed button; arrow keys move between the buttons (issue 13, item 4)', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <BandFilter counts={counts} active="mixed" onSelect={() => {}} />
        <button type="button">after</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Mixed 18' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Negative 8' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'All 34' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
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
