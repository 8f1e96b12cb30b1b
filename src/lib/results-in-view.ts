import { useEffect, useRef } from 'react';
import { navigationKind } from './router';

/** What a list shows and whether it is on screen: `view` and `ready` from `usePagedList`. */
interface ListView {
  /** the filter, sort and search shown (the list query's key) */
  view: string;
  /** the results of `view` are on screen, not the previous view's kept while they load */
  ready: boolean;
}

/**
 * Keeps a list's results in view: after a reader changes the list's filter, sort or search (anywhere on the page:
 * a band, a histogram bar, the filter bar, the search box), once the new results are on screen and unless the
 * first of them is already visible, the list's region (its filter bar, count line and results) is scrolled to the
 * top of the viewport, smoothly unless the reader prefers reduced motion. Focus stays on the control used.
 *
 * A page opened on a filtered view (`revealOnLoad`) goes to the list once its results render, at once, unless
 * something else has scrolled the page by then (a #fragment, the browser restoring a reload, another list). Back
 * and Forward are left to the browser, which puts the page back where it was.
 *
 * The region is the element given the returned ref. In it, `data-results` marks the results: a list, whose first
 * item is the first result, or what stands in for them (the empty state).
 */
export function useResultsInView<E extends HTMLElement>({ view, ready }: ListView, revealOnLoad: boolean) {
  const region = useRef<E>(null);
  const seen = useRef(view);
  const pending = useRef<'load' | 'change' | null>(revealOnLoad ? 'load' : null);
  useEffect(() => {
    if (view !== seen.current) {
      seen.current = view;
      const kind = navigationKind();
      // 'load': a prerendered page switching to the view in its URL as it hydrates
      pending.current = kind === 'pop' ? null : kind === 'load' ? 'load' : 'change';
    }
    if (!ready || !pending.current || !region.current) return;
    const how = pending.current;
    pending.current = null;
    reveal(region.current, how);
  }, [view, ready]);
  return region;
}

function reveal(region: HTMLElement, how: 'load' | 'change') {
  if (how === 'load' && window.scrollY > 0) return;
  const results = region.querySelector('[data-results]');
  const first = (results?.matches('ol, ul') ? results.firstElementChild : results) ?? region;
  const { top, height } = first.getBoundingClientRect();
  // visible: its top and its first lines (all of it, when it is shorter) inside the viewport
  if (top >= 0 && top + Math.min(height, 80) <= window.innerHeight) return;
  const still = how === 'load' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  region.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
}
