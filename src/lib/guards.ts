/**
 * Small runtime checks for data read back from storage during the first paint (the reader store, and what it
 * reads of the embedded API's records). zod would do the same, but its core is shared with the lazily loaded
 * contract, so importing even `zod/mini` here moves ~18 KB gzip into the first paint (117 KB of a 110 KB budget).
 */
export type Guard<T> = (v: unknown) => v is T;
/** One guard per field of T. */
export type Shape<T> = { [K in keyof T]-?: Guard<T[K]> };

export const isString: Guard<string> = (v): v is string => typeof v === 'string';
export const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const intBetween =
  (min: number, max: number): Guard<number> =>
  (v): v is number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || guard(v);
export const oneOf =
  <const T extends string>(values: readonly T[]): Guard<T> =>
  (v): v is T =>
    (values as readonly unknown[]).includes(v);
export const matching =
  (pattern: RegExp): Guard<string> =>
  (v): v is string =>
    typeof v === 'string' && pattern.test(v);

/**
 * The fields of `value` that their guard accepts; the path of each refused one goes to `rejected`. A missing
 * field is not refused (the caller's default stands).
 */
export function pickValid<T>(shape: Shape<T>, value: Record<string, unknown>, path: string, rejected: string[]) {
  const out: Partial<T> = {};
  for (const k of Object.keys(shape) as (keyof T & string)[]) {
    const v = value[k];
    if (v === undefined) continue;
    if (shape[k](v)) out[k] = v;
    else rejected.push(`${path}.${k}`);
  }
  return out;
}
