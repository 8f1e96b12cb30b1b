/**
 * Runs tasks one per idle period (so none blocks a reader's input), e.g. precomputing the other sort orders
 * of a long list so switching sort is instant. Returns a cancel function.
 */
export function runWhenIdle(tasks: readonly (() => void)[]): () => void {
  let i = 0;
  let handle: number | undefined;
  const ric = typeof window !== 'undefined' && 'requestIdleCallback' in window;
  const next = () => {
    if (i >= tasks.length) return;
    handle = ric
      ? window.requestIdleCallback(() => {
          tasks[i++]!();
          next();
        })
      : window.setTimeout(() => {
          tasks[i++]!();
          next();
        }, 50);
  };
  next();
  return () => {
    if (handle === undefined) return;
    if (ric) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
