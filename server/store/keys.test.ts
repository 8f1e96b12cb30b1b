import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, type SortKey } from '@/domain/review-order';
import { CRITIC_SQL_ORDER, FAMILY_SQL_ORDER, USER_SQL_ORDER, dateOrdinal, sqlText, type SqlOrder } from './keys';

/** How PostgreSQL compares a row of these columns: numbers by value, `COLLATE "C"` text by its UTF-8 bytes. */
function sqlCompare(a: readonly (number | string)[], b: readonly (number | string)[], direction: 1 | -1): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const c =
      typeof x === 'number' ? Math.sign(x - (y as number)) : Buffer.compare(Buffer.from(x), Buffer.from(y as string));
    if (c !== 0) return c * direction;
  }
  return 0;
}

const anyText = fc.string({ unit: 'binary', maxLength: 6 });
const date = fc.oneof(
  fc.constant(''),
  fc.constant('\uffff'),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

function keyArb(order: SqlOrder<never>): fc.Arbitrary<SortKey> {
  return fc.tuple(
    ...order.parts.map((p) =>
      p.kind === 'text'
        ? anyText
        : p.kind === 'date'
          ? date
          : p.kind === 'int'
            ? fc.integer({ min: -20, max: 120 })
            : fc.double({ min: 0, max: 1, noNaN: true }),
    ),
  );
}

const ORDERS: [string, SqlOrder<never>][] = [
  ...Object.entries(CRITIC_SQL_ORDER).map(
    ([k, o]) => [`critic ${k}`, o as SqlOrder<never>] as [string, SqlOrder<never>],
  ),
  ...Object.entries(USER_SQL_ORDER).map(([k, o]) => [`user ${k}`, o as SqlOrder<never>] as [string, SqlOrder<never>]),
  ['family', FAMILY_SQL_ORDER as SqlOrder<never>],
];

describe('sort keys as SQL columns', () => {
  it('sqlText keeps the order, equality and substrings of JS strings, and holds no NUL or surrogate', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const [x, y] = [sqlText(a), sqlText(b)];
        expect(Math.sign(Buffer.compare(Buffer.from(x), Buffer.from(y)))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(x.includes(y)).toBe(a.includes(b));
        expect(/[\0\ud800-\udfff]/u.test(x)).toBe(false);
      }),
    );
  });

  it('dateOrdinal orders ISO dates as strings do, the empty and last sentinels at the ends', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(Math.sign(dateOrdinal(a) - dateOrdinal(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it.each(ORDERS)('%s: the stored tuple compares in one direction exactly as compareKeys does', (_, order) => {
    fc.assert(
      fc.property(keyArb(order), keyArb(order), (a, b) => {
        const want = Math.sign(compareKeys(a, b, order.spec.directions));
        expect(Math.sign(sqlCompare(order.encode(a), order.encode(b), order.direction))).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('a cursor whose parts are of the wrong type is refused, not sent to SQL', () => {
    expect(() => CRITIC_SQL_ORDER['score-desc'].encode(['x', 'a', 'b'])).toThrow();
    expect(() => CRITIC_SQL_ORDER['score-desc'].encode([1.5, 'a', 'b'])).toThrow();
    expect(() => CRITIC_SQL_ORDER.newest.encode(['2012-13', 'a', 'b'])).toThrow();
  });
});
