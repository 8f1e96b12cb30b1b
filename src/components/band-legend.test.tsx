import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BandLegend } from './band-legend';

describe('BandLegend', () => {
  it('shows every band edge for the critic scale', () => {
    render(<BandLegend scale="critic" />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Positive 61–100', 'Mixed 40–60', 'Negative 0–39']);
  });
  it('keeps its swatches filled under forced colours', () => {
    const { container } = render(<BandLegend scale="critic" />);
    const swatches = [...container.querySelectorAll('[aria-hidden="true"]')];
    expect(swatches).toHaveLength(3);
    for (const s of swatches) expect(s.className).toContain('forced-colors:bg-[CanvasText]');
  });
  it('shows every band edge for the user scale', () => {
    render(<BandLegend scale="user" />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Positive 7–10',
      'Mixed 5–6',
      'Negative 0–4',
    ]);
  });
});
