import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seed } from '@/mock-api/seed';
import { ContentGrid } from './content-grid';

const guide = seed.movies[0]!.parentGuide;

describe('ContentGrid', () => {
  it('shows the seven categories in two labelled groups, each rating in words', () => {
    render(<ContentGrid content={guide.content} />);
    const good = screen.getByRole('group', { name: 'The good stuff' });
    const watch = screen.getByRole('group', { name: 'What to watch for' });
    const read = (group: HTMLElement) =>
      within(group)
        .getAllByRole('listitem')
        .map((li) => `${within(li).getByRole('heading').textContent}: ${li.textContent!.match(/\d out of 5/)![0]}`);
    expect(read(good)).toEqual(['Positive messages: 3 out of 5', 'Positive role models: 4 out of 5']);
    expect(read(watch)).toEqual([
      'Violence: 0 out of 5',
      'Sex: 2 out of 5',
      'Language: 2 out of 5',
      'Consumerism: 1 out of 5',
      'Drinking, drugs and smoking: 3 out of 5',
    ]);
  });

  it('fills one meter segment per point, and not by colour alone', () => {
    render(<ContentGrid content={guide.content} />);
    const roleModels = screen.getByRole('heading', { name: 'Positive role models' }).closest('li')!;
    const segments = within(roleModels).getByTestId('meter-segments').children;
    expect(segments).toHaveLength(5);
    expect([...segments].map((s) => s.getAttribute('data-filled'))).toEqual(['true', 'true', 'true', 'true', 'false']);
    expect(within(roleModels).getByText('4 out of 5')).toBeVisible();
    // forced colours would paint a filled segment like an empty one
    expect([...segments].map((s) => s.className.includes('forced-colors:bg-[CanvasText]'))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('shows the first sentence and expands and collapses the rest by keyboard', async () => {
    const user = userEvent.setup();
    render(<ContentGrid content={guide.content} />);
    const item = screen.getByRole('heading', { name: 'Drinking, drugs and smoking' }).closest('li')!;
    expect(within(item).getByText('Adults drink several times at a bar.')).toBeVisible();
    const rest = within(item).getByText(/A mother relates a harrowing tale/);
    expect(rest).not.toBeVisible();
    const toggle = within(item).getByRole('button', { name: /Read more/ });
    expect(toggle).toHaveAccessibleName('Read more about drinking, drugs and smoking');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', rest.id);
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(rest).toBeVisible();
    expect(item.querySelector('p')!.textContent).toBe(guide.content[6]!.explanation);
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(rest).not.toBeVisible();
  });

  it('shows every explanation whole, with no toggle, on the guide’s own page', () => {
    render(<ContentGrid content={guide.content} whole />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    for (const c of guide.content) expect(screen.getByText(c.explanation)).toBeVisible();
  });

  it('has no toggle for a one-sentence explanation, which is shown whole', () => {
    render(<ContentGrid content={guide.content} />);
    const item = screen.getByRole('heading', { name: 'Consumerism' }).closest('li')!;
    expect(within(item).queryByRole('button')).toBeNull();
    expect(within(item).getByText(guide.content[5]!.explanation)).toBeVisible();
  });
});
