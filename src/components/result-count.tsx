import { useState } from 'react';

interface ResultCountProps {
  /** what the list shows, e.g. "8 of 34 critic reviews: negative." */
  text: string;
  /** the next view's results are loading: keep saying what is on screen */
  updating: boolean;
  className?: string;
}

/**
 * The line above a list that says what it shows: a polite live region, the list's one announcer, so a screen
 * reader hears the count once a filter's, sort's or search's results have arrived (focus stays on the control
 * used). While the next results load it goes on describing the results still on screen.
 */
export function ResultCount({ text, updating, className = '' }: ResultCountProps) {
  const [settled, setSettled] = useState(text);
  if (!updating && settled !== text) setSettled(text);
  return (
    <p aria-live="polite" aria-atomic="true" className={`text-sm text-stone-600 dark:text-stone-400 ${className}`}>
      {updating ? settled : text}
    </p>
  );
}

/** A sort other than the default, as the count line ends with it: "Publication A–Z" → ", publication A–Z". */
export const sortPhrase = (label: string) => `, ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
