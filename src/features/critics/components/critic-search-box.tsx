import { useEffect, useId, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

interface CriticSearchBoxProps {
  /** the search in the URL */
  value: string;
  /**
   * called with the text typed ~250 ms after typing stops, or at once on Enter. `replace` is false for the first
   * search of a typing run (a new history entry) and true for the ones after it, so however often the reader
   * pauses, one run is one entry and Back returns to the results before it.
   */
  onSearch: (q: string, opts: { replace: boolean }) => void;
}

/**
 * Search within critic reviews: typing is debounced; a URL change (Back, clear) updates the box. A typing run
 * ends with Enter, when the box loses focus, or when the URL changes without it.
 */
export function CriticSearchBox({ value, onSearch }: CriticSearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** the search this typing run last sent, once it has made its history entry */
  const run = useRef<{ sent: string } | null>(null);

  // The URL changed under us (Back, "Clear filters"): show what it says.
  if (value !== seen) {
    setSeen(value);
    if (value !== text) setText(value);
  }

  // ...and the next search is a history entry of its own, not a change to the one we went back to.
  useEffect(() => {
    if (run.current && run.current.sent !== value) run.current = null;
  }, [value]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (q: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const replace = run.current !== null;
    run.current = { sent: q };
    onSearch(q, { replace });
  };

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), SEARCH_DEBOUNCE_MS);
  };

  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Search
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            commit(text);
            run.current = null;
          }
        }}
        onBlur={() => {
          // a search still waiting for its pause is sent now, so it cannot land after what the reader does next
          if (timer.current !== undefined) commit(text);
          run.current = null;
        }}
        placeholder="Critic, publication or words"
        autoComplete="off"
        className="w-full min-w-0 rounded-md border border-stone-500 bg-white px-2 py-1.5 text-sm placeholder:text-stone-500 sm:w-64 dark:bg-stone-900 dark:placeholder:text-stone-400"
      />
    </div>
  );
}
