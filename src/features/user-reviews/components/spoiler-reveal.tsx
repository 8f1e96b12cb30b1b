import { useId, useState, type ReactNode } from 'react';

/** A spoiler stays hidden until the reader asks for it (without JavaScript, which could not ask, it is shown). */
export function SpoilerReveal({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-2">
        {!shown && (
          <p className="text-sm font-medium text-stone-700 dark:text-stone-300">This review contains spoilers.</p>
        )}
        <button
          type="button"
          aria-expanded={shown}
          aria-controls={id}
          onClick={() => setShown((s) => !s)}
          className="rounded-md border border-stone-300 px-2 py-0.5 static:hidden text-sm font-medium hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          {shown ? 'Hide spoiler' : 'Show spoiler'}
        </button>
      </div>
      {/* in the page while hidden, so that without JavaScript (no button) it is shown: see src/index.css */}
      <div id={id} hidden={!shown} data-no-js-shown>
        {children}
      </div>
    </div>
  );
}
