import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useResultsInView } from './results-in-view';
import { navigate } from './router';

// jsdom lays nothing out: where the first result sits is given here, and the scroll is only recorded.
// That it really scrolls into view in a browser is e2e/results-in-view.spec.ts.
let firstTop = 2000;
const scrolled = vi.fn();
const jsdomScrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');

function List({ view, ready, onLoad = false }: { view: string; ready: boolean; onLoad?: boolean }) {
  const region = useResultsInView<HTMLDivElement>({ view, ready }, onLoad);
  return (
    <div ref={region} data-testid="region">
      <p>A count line</p>
      <ol data-results>
        <li data-testid="first">The first result</li>
      </ol>
    </div>
  );
}

const hadScrollEnd = 'onscrollend' in window;

beforeEach(() => {
  // a browser that says when a smooth scroll has ended (jsdom does not)
  if (!hadScrollEnd) Object.assign(window, { onscrollend: null });
  firstTop = 2000;
  scrolled.mockReset();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = this.getAttribute('data-testid') === 'first' ? firstTop : 0;
    return { top, height: 120, bottom: top + 120, left: 0, right: 0, width: 0, x: 0, y: top } as DOMRect;
  });
  Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
    scrolled(this.getAttribute('data-testid'), arg);
  };
});
afterEach(() => {
  if (!hadScrollEnd) Reflect.deleteProperty(window, 'onscrollend');
  vi.restoreAllMocks();
  if (jsdomScrollIntoView) Object.defineProperty(Element.prototype, 'scrollIntoView', jsdomScrollIntoView);
  else Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

/** A reader's filter: the URL changes through the router, and the list shows the new view's query. */
function filter(rerender: (ui: React.ReactElement) => void, view: string, ready: boolean) {
  act(() => navigate(`/movies/m?v=${view}`));
  rerender(<List view={view} ready={ready} />);
}

describe('useResultsInView', () => {
  it('after a filter, scrolls the list region to the top once the new results are on screen, not before', () => {
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'negative', false);
    expect(scrolled).not.toHaveBeenCalled();
    rerender(<List view="negative" ready />);
    expect(scrolled).toHaveBeenCalledExactlyOnceWith('region', { block: 'start', behavior: 'smooth' });
    rerender(<List view="negative" ready />);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it('where the glide ends, looks again: jumps the rest if heights above moved the list, else stays', () => {
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'negative', true);
    expect(scrolled).toHaveBeenCalledTimes(1);
    firstTop = 1200; // cards above took their real height while the page glided
    window.dispatchEvent(new Event('scrollend'));
    expect(scrolled).toHaveBeenLastCalledWith('region', { block: 'start', behavior: 'instant' });
    expect(scrolled).toHaveBeenCalledTimes(2);
    filter(rerender, 'mixed', true);
    firstTop = 200;
    window.dispatchEvent(new Event('scrollend'));
    expect(scrolled).toHaveBeenCalledTimes(3);
  });

  it('does not look again once the reader takes over (a wheel, a key) before the glide ends', () => {
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'negative', true);
    window.dispatchEvent(new Event('wheel'));
    window.dispatchEvent(new Event('scrollend'));
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it('jumps at once where the browser cannot say when a smooth scroll has ended', () => {
    Reflect.deleteProperty(window, 'onscrollend');
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'negative', true);
    expect(scrolled).toHaveBeenCalledExactlyOnceWith('region', { block: 'start', behavior: 'instant' });
  });

  it('leaves the page alone when the first result is already visible', () => {
    firstTop = 300;
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'mixed', true);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('does not animate for a reader who prefers reduced motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
    );
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'positive', true);
    expect(scrolled).toHaveBeenCalledExactlyOnceWith('region', { block: 'start', behavior: 'instant' });
  });

  it('leaves Back and Forward to the browser, which puts the page back where it was', () => {
    const { rerender } = render(<List view="all" ready />);
    filter(rerender, 'negative', true);
    scrolled.mockReset();
    act(() => {
      window.history.replaceState(null, '', '/movies/m');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    rerender(<List view="all" ready />);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('opens a filtered page at its results, at once, unless the page has already been scrolled', () => {
    const { unmount } = render(<List view="negative" ready onLoad />);
    expect(scrolled).toHaveBeenCalledExactlyOnceWith('region', { block: 'start', behavior: 'instant' });
    unmount();
    scrolled.mockReset();
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(640);
    render(<List view="negative" ready onLoad />);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
