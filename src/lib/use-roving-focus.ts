import { useState, type KeyboardEvent } from 'react';

/**
 * One Tab stop for a group of controls (a chart's bars, a filter's bands): the selected one, else the one last moved
 * to, takes Tab; the arrow keys, Home and End move between them. Spread `itemProps(i)` on each control and put
 * `onKeyDown` on the group.
 */
export function useRovingFocus(count: number, selected: number | null) {
  const [current, setCurrent] = useState(0);
  // while focus is in the group, the focused control is the Tab stop (so Tab leaves the group from there)
  const [inside, setInside] = useState(false);
  const tabStop = inside ? current : (selected ?? Math.min(current, count - 1));
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-roving-item]')];
    const last = items.length - 1;
    const from = items.findIndex((b) => b === document.activeElement);
    if (from < 0) return;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? Math.min(last, from + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? Math.max(0, from - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    setCurrent(to);
    items[to]?.focus();
  };
  const itemProps = (i: number) => ({
    'data-roving-item': '',
    tabIndex: i === tabStop ? 0 : -1,
    onFocus: () => {
      setCurrent(i);
      setInside(true);
    },
    onBlur: () => setInside(false),
  });
  return { onKeyDown, itemProps };
}
