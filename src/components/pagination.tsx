interface PaginationProps {
  /** what is paged, for the landmark's name: "Critic reviews" */
  label: string;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

/**
 * Long lists are paged (the page number lives in the URL), so the DOM stays small with tens of
 * thousands of reviews and every page is a shareable link.
 */
export function Pagination({ label, page, pageCount, onPage }: PaginationProps) {
  if (pageCount <= 1) return null;
  const btn =
    'rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium enabled:hover:bg-stone-200 disabled:opacity-50 dark:border-stone-700 dark:enabled:hover:bg-stone-800';
  return (
    <nav aria-label={`${label} pages`} className="mt-4 flex items-center justify-center gap-3 no-js:hidden">
      <button type="button" className={btn} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span className="text-sm tabular-nums" aria-live="polite">
        Page {page} of {pageCount}
      </span>
      <button type="button" className={btn} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}

export const PAGE_SIZE = 50;

/** The items of one page, with the page clamped to what exists. */
export function pageOf<T>(items: readonly T[], requested: number, size = PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.floor(requested) : 1), pageCount);
  return { page, pageCount, items: items.slice((page - 1) * size, page * size) };
}
