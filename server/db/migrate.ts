import type { Database } from './database';
import reviews001 from './migrations/001-reviews.sql?raw';
import criticSearch002 from './migrations/002-critic-search.sql?raw';
import criticSearchInMemory003 from './migrations/003-critic-search-in-memory.sql?raw';

/** Versioned migrations, applied in order, each in its own transaction, each once. Append; never edit one. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: '001-reviews', sql: reviews001 },
  { version: 2, name: '002-critic-search', sql: criticSearch002 },
  { version: 3, name: '003-critic-search-in-memory', sql: criticSearchInMemory003 },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

/** Any fixed number: two processes starting at once take turns, so each migration runs once. */
const MIGRATION_LOCK = 4_014_014;

export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    // under the lock, the bookkeeping table too: two processes creating it at once, IF NOT EXISTS or not, can both
    // see it missing, and the second fails ("relation schema_migrations already exists")
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version int PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** The version the database is at (0: none), for the readiness check. */
export async function schemaVersion(db: Database): Promise<number> {
  const [table] = await db.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!table?.t) return 0;
  const [row] = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return row?.v ?? 0;
}

/** Statements of a migration file: split at `;` ending a line (our files hold no functions or quoted `;`). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
