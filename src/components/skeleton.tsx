/** A grey block of fixed size, so content arriving later does not move the page. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`motion-safe:animate-pulse rounded-md bg-stone-200 dark:bg-stone-800 ${className}`}
    />
  );
}

export function SectionSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading {label}…</span>
      <Skeleton className="h-24 w-full" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-28 w-full" />
      ))}
    </div>
  );
}

/**
 * Where a form that needs JavaScript will load: a grey block of the form's height (`heightClass`), announced as
 * loading; without JavaScript, where it would stay grey forever, a sentence saying the form needs it instead.
 */
export function FormSkeleton({ label, heightClass, action }: { label: string; heightClass: string; action: string }) {
  return (
    <>
      <span className="sr-only no-js:hidden">Loading {label}…</span>
      <Skeleton className={`w-full no-js:hidden ${heightClass}`} />
      <p className="hidden rounded-lg border border-stone-300 p-4 text-sm no-js:block dark:border-stone-700">
        {action} needs JavaScript, which is off in this browser.
      </p>
    </>
  );
}
