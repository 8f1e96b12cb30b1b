import {
  CRITIC_ORDER,
  FAMILY_ORDER,
  USER_ORDER,
  type Direction,
  type SortKey,
  type SortSpec,
} from '@/domain/review-order';
import type { CriticSort, UserSort } from '@/domain/list-params';
import type { CriticReview, FamilyReview, UserReview } from '@/domain/schemas';

/**
 * The sort keys of review-order.ts as SQL columns. Each list's order is the tuple `spec.key(item)`; a row stores
 * those parts, computed in JS by the same key functions at write time, so SQL and the mock cannot disagree on an
 * order. A page is then `WHERE (c1, c2, c3) > (cursor) ORDER BY c1, c2, c3`: a row comparison a B-tree index
 * answers as a range. A row comparison needs one direction for every part, so a numeric part whose direction
 * differs from the tuple's is stored negated; text parts must already share the tuple's direction.
 *
 * Text parts are compared in JavaScript by UTF-16 code units. They are stored in `COLLATE "C"` columns (byte
 * order = code point order) through `sqlText`, which maps each code unit to a code point in the same order and
 * never to NUL or a surrogate (neither can be stored in PostgreSQL text). Comparison, equality and substring
 * search (critic search) are all preserved exactly.
 */

/** Each UTF-16 code unit → one code point, order-preserving, never NUL, never a surrogate. */
export function sqlText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out += String.fromCodePoint(u < 0xd7ff ? u + 1 : u + 0x10000);
  }
  return out;
}

/** "2012-09-26" → 20120926 ("" → 0, the sentinel that sorts last ascending → 99999999): the same order. */
export function dateOrdinal(s: string): number {
  if (s === '') return 0;
  if (s === '\uffff') return 99_999_999;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`not an ISO date: ${JSON.stringify(s)}`);
  return Number(s.replace(/-/g, ''));
}

type PartKind = 'int' | 'float' | 'date' | 'text';
interface Part {
  column: string;
  kind: PartKind;
}

export interface SqlOrder<T> {
  spec: SortSpec<T>;
  /** the one direction of the stored tuple */
  direction: Direction;
  parts: readonly (Part & { negate: boolean })[];
  /** the stored value of each part of a JS key */
  encode(key: SortKey): (number | string)[];
}

function sqlOrder<T>(spec: SortSpec<T>, parts: readonly Part[]): SqlOrder<T> {
  if (parts.length !== spec.directions.length) throw new Error('one column per key part');
  // the tuple's direction is its text parts' (all alike); numbers and dates are negated to match it
  const textDirs = new Set(parts.flatMap((p, i) => (p.kind === 'text' ? [spec.directions[i]!] : [])));
  if (textDirs.size > 1) throw new Error(`text parts of ${parts.map((p) => p.column)} differ in direction`);
  const direction: Direction = textDirs.size ? [...textDirs][0]! : 1;
  const withSign = parts.map((p, i) => ({ ...p, negate: spec.directions[i] !== direction }));
  return {
    spec,
    direction,
    parts: withSign,
    encode: (key) =>
      withSign.map((p, i) => {
        const v = key[i];
        if (p.kind === 'text' || p.kind === 'date') {
          if (typeof v !== 'string') throw new TypeError(`${p.column}: not a string`);
          if (p.kind === 'text') return sqlText(v);
        } else if (typeof v !== 'number' || (p.kind === 'int' && !Number.isSafeInteger(v))) {
          throw new TypeError(`${p.column}: not a${p.kind === 'int' ? 'n integer' : ' number'}`);
        }
        const n = p.kind === 'date' ? dateOrdinal(v as string) : (v as number);
        // 0 - n, not -n: no negative zero in a stored key
        return p.negate ? 0 - n : n;
      }),
  };
}

const int = (column: string): Part => ({ column, kind: 'int' });
const float = (column: string): Part => ({ column, kind: 'float' });
const date = (column: string): Part => ({ column, kind: 'date' });
const text = (column: string): Part => ({ column, kind: 'text' });

export const CRITIC_SQL_ORDER: Record<CriticSort, SqlOrder<CriticReview>> = {
  'score-desc': sqlOrder(CRITIC_ORDER['score-desc'], [int('k_score_desc'), text('k_critic'), text('k_id')]),
  'score-asc': sqlOrder(CRITIC_ORDER['score-asc'], [int('k_score_asc'), text('k_critic'), text('k_id')]),
  newest: sqlOrder(CRITIC_ORDER.newest, [date('k_newest'), text('k_critic'), text('k_id')]),
  oldest: sqlOrder(CRITIC_ORDER.oldest, [date('k_oldest'), text('k_critic'), text('k_id')]),
  publication: sqlOrder(CRITIC_ORDER.publication, [text('k_publication'), text('k_critic'), text('k_id')]),
};

export const USER_SQL_ORDER: Record<UserSort, SqlOrder<UserReview>> = {
  newest: sqlOrder(USER_ORDER.newest, [text('k_date'), text('k_id')]),
  highest: sqlOrder(USER_ORDER.highest, [int('k_high'), text('k_date'), text('k_id')]),
  lowest: sqlOrder(USER_ORDER.lowest, [int('k_low'), text('k_date'), text('k_id')]),
  helpful: sqlOrder(USER_ORDER.helpful, [float('k_wilson'), int('k_up'), text('k_id')]),
};

export const FAMILY_SQL_ORDER: SqlOrder<FamilyReview> = sqlOrder(FAMILY_ORDER, [text('k_created'), text('k_id')]);

/** Every key column of an item under every order, checked to agree where two orders share a column. */
export function keyColumns<T>(orders: readonly SqlOrder<T>[], item: T): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const order of orders) {
    const values = order.encode(order.spec.key(item));
    order.parts.forEach((p, i) => {
      const v = values[i]!;
      if (p.column in out && out[p.column] !== v) throw new Error(`orders disagree on ${p.column}`);
      out[p.column] = v;
    });
  }
  return out;
}

/**
 * `(c1, c2) > ($n, $n+1)` (or `<` for a descending tuple) after a cursor, and the ORDER BY; params are appended
 * to `params`. A cursor whose parts are not of the columns' types matches nothing.
 */
export function keysetSql<T>(
  order: SqlOrder<T>,
  after: SortKey | null,
  params: unknown[],
): { where: string; orderBy: string } {
  const cols = order.parts.map((p) => p.column);
  const dir = order.direction === 1 ? 'ASC' : 'DESC';
  const orderBy = cols.map((c) => `${c} ${dir}`).join(', ');
  if (!after) return { where: 'TRUE', orderBy };
  let values: (number | string)[];
  try {
    values = order.encode(after);
  } catch {
    return { where: 'FALSE', orderBy };
  }
  const placeholders = values.map((v) => {
    params.push(v);
    return `$${params.length}`;
  });
  return {
    where: `(${cols.join(', ')}) ${order.direction === 1 ? '>' : '<'} (${placeholders.join(', ')})`,
    orderBy,
  };
}
