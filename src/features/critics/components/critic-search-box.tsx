import { useEffect, useId, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

interface CriticSearchBoxProps {
  /** the search in the URL */
  value: string;
  /** called ~250 ms after typing stops, with the text typed */
  onSearch: (q: string) => void;
}

/** Search within critic reviews: typing is debounced; a URL change (Back, clear) updates the box. */
export function CriticSearchBox({ value, onSearch }: CriticSearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed under us (Back, "Clear filters"): show what it says.
  if (value !== seen) {
    setSeen(value);
    if (value !== text) setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(next), SEARCH_DEBOUNCE_MS);
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
            clearTimeout(timer.current);
            onSearch(text);
          }
        }}
        placeholder="Critic, publication or words"
        autoComplete="off"
        className="w-full min-w-0 rounded-md border border-stone-500 bg-white px-2 py-1.5 text-sm placeholder:text-stone-500 sm:w-64 dark:bg-stone-900 dark:placeholder:text-stone-400"
      />
    </div>
  );
}
