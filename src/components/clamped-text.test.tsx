import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { layout } from '@/testing/layout';
import { CLAMP_CHARS, useClampedText } from './clamped-text';

const LONG = 'word '.repeat(CLAMP_CHARS / 4).trim();

function Card({ text, lines }: { text: string; lines?: 3 | 6 }) {
  const clamp = useClampedText(text.length > CLAMP_CHARS, lines);
  return (
    <article>
      <p {...clamp.textProps}>{text}</p>
      {clamp.toggle}
    </article>
  );
}

describe('useClampedText', () => {
  it('clamps a long text with a Read more toggle, keeping the whole text', async () => {
    const page = layout({ lines: 5 });
    render(<Card text={LONG} />);
    const toggle = screen.getByRole('button', { name: 'Read more' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const text = screen.getByText(LONG);
    expect(toggle).toHaveAttribute('aria-controls', text.id);
    expect(text).toHaveClass('js:line-clamp-3');
    expect(page.observed()).toContain(text);
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect(text).not.toHaveClass('js:line-clamp-3');
  });

  it('offers no Read more for a long text that fits in its lines, measured before the toggle is shown', () => {
    layout({ lines: 5 });
    render(<Card text={LONG} lines={6} />);
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
    expect(screen.getByText(LONG)).toHaveClass('js:line-clamp-6');
  });

  it('never clamps a short text', () => {
    layout({ lines: 5 });
    render(<Card text="Short." />);
    expect(screen.getByText('Short.')).not.toHaveClass('js:line-clamp-3');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('hands focus to the text when a wider card no longer needs the focused Read more (issue 13, item 4)', async () => {
    const page = layout({ lines: 5 });
    render(<Card text={LONG} />);
    screen.getByRole('button', { name: 'Read more' }).focus();
    await page.resize(3);
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByText(LONG)).toHaveFocus();
  });
});
