import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from './error-state';

/** A section whose content failed: "Try again" starts a retry (`retrying`), which `settle()` ends in success. */
function FailedSection({ onRetry }: { onRetry: () => void }) {
  const [state, setState] = useState<'failed' | 'retrying' | 'loaded'>('failed');
  return (
    <section aria-labelledby="h">
      <h2 id="h" tabIndex={-1}>
        Critic reviews
      </h2>
      {state === 'loaded' ? (
        <p>Loaded.</p>
      ) : (
        <ErrorState
          title="The critic reviews could not be loaded."
          error={new Error('down')}
          retrying={state === 'retrying'}
          onRetry={() => {
            onRetry();
            setState('retrying');
          }}
        />
      )}
      <button type="button" onClick={() => setState('loaded')}>
        settle
      </button>
    </section>
  );
}

describe('ErrorState', () => {
  it('keeps focus on its button while retrying, retries once, and hands focus to the section heading when it works', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<FailedSection onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const busy = screen.getByRole('button', { name: 'Trying again…' });
    expect(busy).toHaveFocus();
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(onRetry).toHaveBeenCalledTimes(1);

    busy.focus();
    fireEvent.click(screen.getByRole('button', { name: 'settle' })); // the retry's answer, without moving focus
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Critic reviews' })).toHaveFocus());
  });
});
