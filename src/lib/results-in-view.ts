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
 * top of the viewport, smoothly unless the reader prefers reduced motion (or the browser cannot say when a smooth
 * scroll has ended, which is when the result is checked again). Focus stays on the control used.
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
  // a reveal still watching for the end of its smooth scroll: dropped by the next one, or when the list goes
  const watching = useRef<(() => void) | null>(null);
  useEffect(() => () => watching.current?.(), []);
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
    watching.current?.();
    watching.current = reveal(region.current, how);
  }, [view, ready]);
  return region;
}

/** Scrolls if needed; returns how to stop watching for the end of a smooth scroll, when one was started. */
function reveal(region: HTMLElement, how: 'load' | 'change'): (() => void) | null {
  if (how === 'load' && window.scrollY > 0) return null;
  if (firstInView(region)) return null;
  const smooth =
    how === 'change' && 'onscrollend' in window && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  region.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
  if (!smooth) return null;
  // Heights above the list can still settle while the page glides (a lazily loaded part taking its real height),
  // which moves the animation's target or stops it: where it ends, look
  // again and jump the rest. A reader who scrolls or types meanwhile keeps the page where they take it.
  const settle = () => {
    stop();
    if (!firstInView(region)) region.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    window.clearTimeout(timer);
    window.removeEventListener('scrollend', settle);
    for (const type of inputs) window.removeEventListener(type, stop);
  };
  window.addEventListener('scrollend', settle);
  for (const type of inputs) window.addEventListener(type, stop, { passive: true });
  const timer = window.setTimeout(stop, 3000);
  return stop;
}

/** The first result's top and its first lines (all of it, when it is shorter) are inside the viewport. */
function firstInView(region: HTMLElement): boolean {
  const results = region.querySelector('[data-results]');
  const first = (results?.matches('ol, ul') ? results.firstElementChild : results) ?? region;
  const { top, height } = first.getBoundingClientRect();
  return top >= 0 && top + Math.min(height, 80) <= window.innerHeight;
}
