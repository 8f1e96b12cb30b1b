import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bandOf, criticBinRange } from '@/domain/scores';
import { ScoreHistogram } from './score-histogram';

const bins = [0, 0, 3, 5, 7, 10, 5, 3, 1, 0];
const props = {
  label: 'Critic scores, 0–100',
  scale: 'critic' as const,
  bins,
  binLabel: (i: number) => criticBinRange(i).join('–'),
  binBand: (i: number) => bandOf(criticBinRange(i)[1], 'critic'),
  binHref: (i: number | null) => (i === null ? '/list' : `/list?bin=${i}`),
};

describe('ScoreHistogram', () => {
  it('draws a zero-count bin empty (no coloured stub) and keeps every bar filled under forced colours', () => {
    render(<ScoreHistogram {...props} activeBin={4} onSelectBin={() => {}} />);
    const zero = screen.getByTestId('critic-bar-0');
    expect(zero.style.height).toBe('0px');
    expect(zero.className).not.toMatch(/\bbg-/);
    const bar = screen.getByTestId('critic-bar-5');
    expect(bar.className).toContain('forced-colors:bg-[CanvasText]');
    expect(bar.className).toContain('forced-color-adjust-none');
    // the pressed bar is filled with Highlight, not CanvasText
    expect(screen.getByTestId('critic-bar-4').className).toContain('forced-colors:bg-[Highlight]');
  });

  it('draws a bar that straddles a band edge stacked, and says the split', () => {
    render(
      <ScoreHistogram
        {...props}
        activeBin={null}
        onSelectBin={() => {}}
        binSplit={(i) => (i === 6 ? { mixed: 1, positive: 4 } : {})}
      />,
    );
    expect(screen.getByRole('link', { name: /^60–69/ })).toHaveAccessibleName('60–69: 5 reviews, 1 mixed, 4 positive');
    expect(screen.getByTestId('critic-bar-6').querySelectorAll('[data-band]')).toHaveLength(2);
    expect(screen.getByTestId('critic-bar-5').querySelectorAll('[data-band]')).toHaveLength(0);
  });
  it('is a named chart whose bars are links to their range, showing their counts', () => {
    render(<ScoreHistogram {...props} activeBin={null} onSelectBin={() => {}} />);
    expect(screen.getByRole('figure', { name: 'Critic scores, 0–100' })).toBeInTheDocument();
    const bars = within(screen.getByRole('group', { name: 'Critic scores, 0–100' })).getAllByRole('link');
    expect(bars).toHaveLength(10);
    expect(bars[5]).toHaveAccessibleName('50–59: 10 reviews, mixed');
    expect(bars[9]).toHaveAccessibleName('90–100: 0 reviews, positive');
    expect(bars[8]).toHaveAccessibleName('80–89: 1 review, positive');
    expect(bars.map((b) => b.children[1]?.textContent)).toEqual(bins.map(String));
    expect(bars.map((b) => b.getAttribute('href'))).toEqual(bins.map((_, i) => `/list?bin=${i}`));
    expect(bars.some((b) => b.hasAttribute('aria-current'))).toBe(false);
  });
  it('has a table with the same figures', () => {
    render(<ScoreHistogram {...props} activeBin={null} onSelectBin={() => {}} />);
    const table = screen.getByRole('table', { name: 'Critic scores, 0–100', hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((r) => r.textContent)).toContain('40–49Mixed7');
    expect(rows).toHaveLength(10);
  });
  it('selects a bar in place, and clears when the active bar (whose link clears) is clicked again', async () => {
    const user = userEvent.setup();
    const onSelectBin = vi.fn();
    const { rerender } = render(<ScoreHistogram {...props} activeBin={null} onSelectBin={onSelectBin} />);
    await user.click(screen.getByRole('link', { name: /^50–59/ }));
    expect(onSelectBin).toHaveBeenLastCalledWith(5);
    expect(window.location.pathname).toBe('/'); // not followed: the page filters in place
    rerender(<ScoreHistogram {...props} activeBin={5} onSelectBin={onSelectBin} />);
    const active = screen.getByRole('link', { name: /^50–59/ });
    expect(active).toHaveAttribute('aria-current', 'true');
    expect(active).toHaveAttribute('href', '/list');
    await user.click(active);
    expect(onSelectBin).toHaveBeenLastCalledWith(null);
    // a click that opens a new tab is left to the browser
    onSelectBin.mockClear();
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: /^20–29/ }));
    await user.keyboard('{/Control}');
    expect(onSelectBin).not.toHaveBeenCalled();
  });
  it('is one Tab stop: arrow keys, Home and End move between bars, Enter selects', async () => {
    const user = userEvent.setup();
    const onSelectBin = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <ScoreHistogram {...props} activeBin={null} onSelectBin={onSelectBin} />
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(screen.getByRole('link', { name: /^0–9/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: /^10–19/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectBin).toHaveBeenLastCalledWith(1);
    await user.keyboard('{End}');
    expect(screen.getByRole('link', { name: /^90–100/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: /^90–100/ })).toHaveFocus();
    await user.keyboard('{Home}{ArrowLeft}');
    expect(screen.getByRole('link', { name: /^0–9/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectBin).toHaveBeenLastCalledWith(0);
    // the whole chart is one Tab stop: Tab leaves it (to its "Show as table" summary)
    await user.tab();
    expect(screen.getByText('Show as table')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('link', { name: /^0–9/ })).toHaveFocus();
    const stops = within(screen.getByRole('group', { name: 'Critic scores, 0–100' }))
      .getAllByRole('link')
      .filter((b) => b.tabIndex === 0);
    expect(stops).toHaveLength(1);
  });
});
