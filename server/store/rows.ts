import { criticMatcher } from '@/domain/review-query';
import type { CriticReview, FamilyReview, UserReview } from '@/domain/schemas';
import type { Sql } from '../db/database';
import { CRITIC_SQL_ORDER, FAMILY_SQL_ORDER, USER_SQL_ORDER, keyColumns } from './keys';

/** Rows of the review tables, built in JS from the domain objects with the domain's key functions. */

type Value = string | number | boolean | null;
export interface Table {
  name: string;
  columns: readonly string[];
  /** PostgreSQL types of the columns */
  types: readonly string[];
}

const CRITIC_ORDERS = Object.values(CRITIC_SQL_ORDER);
const USER_ORDERS = Object.values(USER_SQL_ORDER);
const isListed = criticMatcher({});

export const CRITIC_TABLE: Table = {
  name: 'critic_reviews',
  columns: [
    'movie_id',
    'id',
    'seq',
    'doc',
    'featured',
    'listed',
    'score',
    'k_score_desc',
    'k_score_asc',
    'k_newest',
    'k_oldest',
    'k_publication',
    'k_critic',
    'k_id',
  ],
  types: ['text', 'text', 'int', 'text', 'bool', 'bool', 'int', 'int', 'int', 'int', 'int', 'text', 'text', 'text'],
};

export function criticRow(movieId: string, seq: number, r: CriticReview): Value[] {
  const k = keyColumns(CRITIC_ORDERS, r);
  return [
    movieId,
    r.id,
    seq,
    JSON.stringify(r),
    r.featured,
    isListed(r),
    r.score,
    k.k_score_desc!,
    k.k_score_asc!,
    k.k_newest!,
    k.k_oldest!,
    k.k_publication!,
    k.k_critic!,
    k.k_id!,
  ];
}

export const USER_TABLE: Table = {
  name: 'user_reviews',
  columns: [
    'movie_id',
    'id',
    'owner',
    'source',
    'doc',
    'score',
    'version',
    'base_up',
    'base_down',
    'up',
    'down',
    'k_date',
    'k_high',
    'k_low',
    'k_wilson',
    'k_up',
    'k_id',
  ],
  types: [
    'text',
    'text',
    'text',
    'text',
    'text',
    'int',
    'int',
    'int',
    'int',
    'int',
    'int',
    'text',
    'int',
    'int',
    'float8',
    'int',
    'text',
  ],
};

/** What a user review row keeps as its document: everything but the helpful counts and the version. */
export const userDoc = ({ helpful: _h, version: _v, ...rest }: UserReview) => JSON.stringify(rest);

/** The key columns that move when a review is edited or voted on. */
export const userKeys = (r: UserReview) => keyColumns(USER_ORDERS, r);

export function userRow(r: UserReview, owner: string | null, base = r.helpful): Value[] {
  const k = userKeys(r);
  return [
    r.movieId,
    r.id,
    owner,
    r.source,
    userDoc(r),
    r.score,
    r.version,
    base.up,
    base.down,
    r.helpful.up,
    r.helpful.down,
    k.k_date!,
    k.k_high!,
    k.k_low!,
    k.k_wilson!,
    k.k_up!,
    k.k_id!,
  ];
}

export interface UserRowData {
  doc: string;
  up: number;
  down: number;
  version: number;
}
export const userFromRow = (row: UserRowData): UserReview => ({
  ...(JSON.parse(row.doc) as Omit<UserReview, 'helpful' | 'version'>),
  helpful: { up: row.up, down: row.down },
  version: row.version,
});

export const FAMILY_TABLE: Table = {
  name: 'family_reviews',
  columns: ['movie_id', 'id', 'role', 'age', 'added', 'doc', 'k_created', 'k_id'],
  types: ['text', 'text', 'text', 'int', 'bool', 'text', 'text', 'text'],
};

export function familyRow(r: FamilyReview, added: boolean): Value[] {
  const k = keyColumns([FAMILY_SQL_ORDER], r);
  return [r.movieId, r.id, r.role, r.age, added, JSON.stringify(r), k.k_created!, k.k_id!];
}

/**
 * Many rows in one statement: the rows as one JSON parameter, `json_to_recordset` turns it back into typed
 * columns (one native JSON.stringify here, one JSON parse there: faster than an array parameter per column).
 */
export async function insertRows(sql: Sql, table: Table, rows: readonly Value[][]): Promise<void> {
  if (rows.length === 0) return;
  const defs = table.columns.map((c, i) => `${c} ${table.types[i] === 'float8' ? 'double precision' : table.types[i]}`);
  await sql.query(
    `INSERT INTO ${table.name} (${table.columns.join(', ')})
     SELECT ${table.columns.join(', ')} FROM json_to_recordset($1::json) AS r(${defs.join(', ')})`,
    [JSON.stringify(rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? null]))))],
  );
}
