import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BandDistribution } from './band-distribution';

describe('BandDistribution', () => {
  it('shows counts, shares and edges, with a proportional bar', () => {
    const { container } = render(
      <BandDistribution
        scale="critic"
        counts={{ positive: 8, mixed: 18, negative: 8 }}
        active={null}
        onSelect={() => {}}
      />,
    );
    expect(
      screen.getByRole('button', { name: /^Positive\s*8\s*reviews,\s*24%\s*scores\s*61–100$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Mixed\s*18\s*reviews,\s*53%\s*scores\s*40–60$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Negative\s*8\s*reviews,\s*24%\s*scores\s*0–39$/ })).toBeInTheDocument();
    const widths = [...container.querySelectorAll<HTMLElement>('[data-band]')].map((el) => el.style.width);
    expect(widths.map((w) => Math.round(parseFloat(w)))).toEqual([24, 53, 24]);
  });
  it('keeps the bar visible under forced colours, the selected band in Highlight', () => {
    const { container } = render(
      <BandDistribution
        scale="critic"
        counts={{ positive: 8, mixed: 18, negative: 8 }}
        active="mixed"
        onSelect={() => {}}
      />,
    );
    const parts = [...container.querySelectorAll<HTMLElement>('[data-band]')];
    expect(parts.map((p) => p.className.includes('forced-colors:bg-[Highlight]'))).toEqual([false, true, false]);
    for (const p of parts) expect(p.className).toContain('forced-color-adjust-none');
  });
  it('each band is a toggle', async () => {
    const onSelect = vi.fn();
    render(
      <BandDistribution
        scale="user"
        counts={{ positive: 1, mixed: 2, negative: 0 }}
        active="mixed"
        onSelect={onSelect}
      />,
    );
    const mixed = screen.getByRole('button', { name: /Mixed/ });
    expect(mixed).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(mixed);
    await userEvent.click(screen.getByRole('button', { name: /^Negative\s*0\s*reviews,\s*0%\s*scores\s*0–4$/ }));
    expect(onSelect.mock.calls).toEqual([[null], ['negative']]);
  });
});
