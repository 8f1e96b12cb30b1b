import { Fragment } from 'react';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `text` into parts, marking each case-insensitive occurrence of any term. Pure, exported for tests. */
export function highlightParts(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const re = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'i');
  const lower = new Set(words.map((w) => w.toLowerCase()));
  // split with a capturing group keeps the matches; a part is a match when it is one of the words
  return text
    .split(re)
    .filter((p) => p.length > 0)
    .map((p) => ({ text: p, match: lower.has(p.toLowerCase()) }));
}

interface HighlightProps {
  /** the text to show: always rendered as text, never as HTML */
  text: string;
  /** search words (e.g. `searchTerms(q)` from `@/domain/review-query`); empty = plain text */
  terms: readonly string[];
}

/**
 * Shows `text` with every occurrence of the search `terms` wrapped in `<mark>` (case-insensitive,
 * longest term first). The text goes through React as strings only, so markup in a review or a query
 * is shown literally, never parsed.
 *
 * Usage: `<Highlight text={review.text} terms={searchTerms(q)} />`
 */
export function Highlight({ text, terms }: HighlightProps) {
  const parts = highlightParts(text, terms);
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950 dark:bg-yellow-300">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
