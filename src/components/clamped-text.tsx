import { startTransition, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { isHydrating } from '@/lib/use-hydrated';

/** Texts longer than this may be clamped behind "Read more"; shorter ones are always shown whole. */
export const CLAMP_CHARS = 200;

/** The clamps in use (whole class names, for Tailwind): on screen with JavaScript only (src/index.css). */
const CLAMP = { 3: 'js:line-clamp-3', 6: 'js:line-clamp-6' } as const;

/**
 * Whether a clamped element's text overflows: measured before the toggle is first painted (a layout effect; during
 * hydration, in a transition after it), then again in the frame after its size changes (ResizeObserver). false until measured, so the toggle is never shown
 * and then taken away.
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
    // while the prerendered page is hydrated, the toggles are added in a transition, not in a synchronous
    // re-render of the whole page inside the hydration's commit (measured: 20 ms of a 30 ms task, ×4 on a phone)
    if (isHydrating()) startTransition(measure);
    else measure();
    if (typeof ResizeObserver === 'undefined') return;
    // measured in the next frame, not while the observer delivers: a toggle shown or taken away changes the layout,
    // and changing it during delivery is a "ResizeObserver loop" error (Firefox reports it as uncaught)
    let frame = 0;
    const ro = new ResizeObserver(() => void (frame = requestAnimationFrame(measure)));
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [ref, toggle, active]);
  return overflows;
}

/**
 * A long text (`long`: more than CLAMP_CHARS, and nothing in it that must stay in view) clamped to `lines` lines,
 * and its "Read more" / "Show less" toggle, shown only when the clamped text really overflows at the current width.
 * Spread `textProps` on the text's element and put `toggle` where the card wants it (null when there is none).
 * The whole text is always in the page: printed or without JavaScript it is shown whole and the toggle is not.
 */
export function useClampedText(long: boolean, lines: keyof typeof CLAMP = 3) {
  const id = `${useId()}-text`;
  const [expanded, setExpanded] = useState(false);
  const textRef = useRef<HTMLElement | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // measured while clamped; once expanded, keep the toggle so it can collapse again
  const overflows = useOverflows(textRef, toggleRef, long && !expanded);
  const toggle =
    long && (expanded || overflows) ? (
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded((e) => !e)}
        className="font-medium text-blue-700 underline-offset-2 static:hidden hover:underline dark:text-blue-300"
      >
        {expanded ? 'Show less' : 'Read more'}
      </button>
    ) : null;
  return {
    textProps: {
      ref: (el: HTMLElement | null) => void (textRef.current = el),
      id,
      tabIndex: -1,
      className: long && !expanded ? CLAMP[lines] : '',
    },
    toggle,
  };
}
