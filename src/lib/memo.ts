/**
 * Memoises `fn` per list and per second argument. A list is keyed by identity: a fetched list is never
 * mutated (a refetch or an optimistic update makes a new array), and a list no longer held is forgotten.
 */
export function memoPerList<L extends object, A, R>(fn: (list: L, arg: A) => R): (list: L, arg: A) => R {
  const cache = new WeakMap<L, Map<A, R>>();
  return (list, arg) => {
    let byArg = cache.get(list);
    if (!byArg) {
      byArg = new Map();
      cache.set(list, byArg);
    }
    if (byArg.has(arg)) return byArg.get(arg) as R;
    const result = fn(list, arg);
    byArg.set(arg, result);
    return result;
  };
}
