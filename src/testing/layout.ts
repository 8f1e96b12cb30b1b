import { act } from '@testing-library/react';
import { vi } from 'vitest';

const LINE = 24;

/**
 * jsdom has no layout: a text's height (`lines` tall, as many as its `js:line-clamp-N` shows when clamped) and a ResizeObserver
 * whose `resize(lines)` says the text now wraps to that many lines, as a wider or narrower card would.
 */
export function layout({ lines }: { lines: number }) {
  let now = lines;
  const observers: { cb: ResizeObserverCallback; els: Element[] }[] = [];
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(() => now * LINE);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    const clamp = /(?:^|\s)js:line-clamp-(\d+)(?:\s|$)/.exec(this.className);
    return (clamp ? Math.min(Number(clamp[1]), now) : now) * LINE;
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      private entry: { cb: ResizeObserverCallback; els: Element[] };
      constructor(cb: ResizeObserverCallback) {
        this.entry = { cb, els: [] };
        observers.push(this.entry);
      }
      observe(el: Element) {
        this.entry.els.push(el);
      }
      unobserve() {}
      disconnect() {
        observers.splice(observers.indexOf(this.entry), 1);
      }
    },
  );
  return {
    observed: () => observers.flatMap((o) => o.els),
    /** the observers are told, and the frame after it (when a card measures again) has run */
    resize: async (lines: number) => {
      now = lines;
      await act(async () => {
        for (const o of [...observers]) o.cb([], {} as ResizeObserver);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      });
    },
  };
}
