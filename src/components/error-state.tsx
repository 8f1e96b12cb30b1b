import { useLayoutEffect, useRef } from 'react';
import { isApiError } from '@/api/errors';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/**
 * What went wrong, in words, with a retry that works. While it retries, the button stays focusable (`aria-disabled`:
 * a disabled button would drop focus to the page); when a retry works this message goes, and focus, if it was on
 * the button, moves to the heading of the section it was in.
 */
export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const message = isApiError(error) ? error.message : 'Something went wrong while showing this part of the page.';
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const el = button.current;
    const heading = el?.closest('section')?.querySelector<HTMLElement>('h2');
    return () => {
      // a layout effect's cleanup runs before the button leaves the page: it still knows whether it had focus
      if (!el || !heading || document.activeElement !== el) return;
      queueMicrotask(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        heading.focus();
      });
    };
  }, []);
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{message}</p>
      {onRetry && (
        <button
          ref={button}
          type="button"
          onClick={() => !retrying && onRetry()}
          aria-disabled={retrying || undefined}
          className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 aria-disabled:opacity-60"
        >
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  );
}
