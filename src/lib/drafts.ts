/**
 * A draft's words: every field a reader writes. The idempotency key of its last sending is not one of them; it
 * belongs to the words it was made for (see the reader store's `userDraftChanged`).
 */
const isWords = (key: string) => key !== 'idempotencyKey';

/** The word fields whose values differ between two drafts of one kind. */
export function changedFields<D extends object>(a: D, b: D): (keyof D & string)[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof D & string>;
  return [...keys].filter((k) => isWords(k) && !Object.is(a[k], b[k]));
}

/** Whether two drafts hold the same words (whatever their idempotency keys). */
export const sameWords = <D extends object>(a: D, b: D): boolean => changedFields(a, b).length === 0;

/** Only these fields of `draft`. */
export const pickFields = <D extends object>(draft: D, fields: readonly (keyof D & string)[]): Partial<D> =>
  Object.fromEntries(fields.map((k) => [k, draft[k]])) as Partial<D>;
