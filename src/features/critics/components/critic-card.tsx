import { memo, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Highlight } from '@/components/highlight';
import { ScoreBadge } from '@/components/score-badge';
import { formatDate } from '@/domain/dates';
import { httpUrl } from '@/domain/http-url';
import type { CriticReview } from '@/domain/schemas';

/**
 * Excerpts longer than this may be clamped to three lines with a "Read more" toggle; in a browser the
 * toggle shows only when the text really overflows three lines at the current width.
 */
export const CLAMP_CHARS = 200;

/**
 * Whether a clamped element's text overflows: measured before the toggle is first painted (a layout effect; it
 * forces the layout of a card that `content-visibility` skips, so a card far down the list has its toggle for
 * keyboard users too), then again when its size changes (ResizeObserver). false until measured, so the toggle is
 * never shown and then taken away.
 * When a resize takes the toggle away while it has focus, focus moves to the text it controlled, not the page.
 */
function useOverflows(
  ref: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLElement | null>,
  active: boolean,
): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !active) return;
    const measure = () => {
      const next = el.scrollHeight > el.clientHeight + 1;
      if (!next && toggle.current && toggle.current === document.activeElement) el.focus();
      setOverflows(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, toggle, active]);
  return overflows;
}

/** One critic review: score badge, critic, publication, date, the whole excerpt, and a link when there is one. */
const NO_TERMS: readonly string[] = [];

/** Memoised: a filter change re-renders only the cards whose review or search terms changed. */
export const CriticCard = memo(function CriticCard({
  review,
  terms = NO_TERMS,
}: {
  review: CriticReview;
  terms?: readonly string[];
}) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const textRef = useRef<HTMLParagraphElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // while searching, show whole excerpts so every highlighted word is visible
  const longText = review.excerpt.length > CLAMP_CHARS && terms.length === 0;
  // measured while clamped; once expanded, keep the toggle so it can collapse again
  const overflows = useOverflows(textRef, toggleRef, longText && !expanded);
  const long = longText && (expanded || overflows);
  const clamped = longText && !expanded;
  const href = httpUrl(review.url);
  return (
    <article
      aria-labelledby={`${id}-by`}
      className="flex gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:gap-4 dark:bg-stone-900 dark:ring-stone-800"
    >
      {review.score !== null && <ScoreBadge score={review.score} scale="critic" />}
      <div className="min-w-0 flex-1">
        <h3 id={`${id}-by`} className="font-semibold">
          <Highlight text={review.critic} terms={terms} />
          {review.publication && (
            <span className="font-normal text-stone-600 dark:text-stone-400">
              {', '}
              <Highlight text={review.publication} terms={terms} />
            </span>
          )}
        </h3>
        {review.date && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <time dateTime={review.date}>{formatDate(review.date)}</time>
          </p>
        )}
        {review.excerpt && (
          <p
            ref={textRef}
            id={`${id}-text`}
            tabIndex={-1}
            className={`mt-1 break-words ${clamped ? 'js:line-clamp-3' : ''}`}
          >
            <Highlight text={review.excerpt} terms={terms} />
          </p>
        )}
        {(long || href) && (
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {long && (
              <button
                ref={toggleRef}
                type="button"
                aria-expanded={expanded}
                aria-controls={`${id}-text`}
                onClick={() => setExpanded((e) => !e)}
                className="font-medium text-blue-700 underline-offset-2 static:hidden hover:underline dark:text-blue-300"
              >
                {expanded ? 'Show less' : 'Read more'}
              </button>
            )}
            {href && (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-blue-700 underline underline-offset-2 dark:text-blue-300"
              >
                Read full review
                <span className="sr-only">
                  {' '}
                  by {review.critic}
                  {review.publication ? ` in ${review.publication}` : ''} (opens in a new tab)
                </span>
              </a>
            )}
          </div>
        )}
      </div>
    </article>
  );
});
