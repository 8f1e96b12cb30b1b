import { isApiError } from '@/api/errors';

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** What went wrong, in words, with a retry that works. */
export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const message = isApiError(error) ? error.message : 'Something went wrong while showing this part of the page.';
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{message}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-60"
        >
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      )}
    </div>
  );
}
