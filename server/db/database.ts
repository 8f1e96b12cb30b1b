import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * One SQL interface over PGlite (PostgreSQL in WASM, in-process, a data directory on disk) and PostgreSQL
 * (node-postgres pool). Everything above this file runs the same SQL on both.
 */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** where it is, for logs (no password) */
  readonly description: string;
  /** runs `fn` in one transaction; retried a few times on serialization failures and deadlocks */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… : PostgreSQL; otherwise PGlite in `dataDir` */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** connections in the PostgreSQL pool */
  poolSize?: number | undefined;
}

const RETRYABLE = new Set(['40001', '40P01']);
const codeOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;

/** A PostgreSQL unique violation (23505), with its constraint name where the driver gives it. */
export function uniqueViolation(e: unknown): string | null {
  if (codeOf(e) !== '23505') return null;
  return String((e as { constraint?: unknown }).constraint ?? '');
}

async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= 4 || !RETRYABLE.has(codeOf(e) ?? '')) throw e;
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * Math.random()));
    }
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  return openPglite(resolve(config.dataDir ?? 'data'));
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  // an idle client's error (the server went away) must not crash the process; the next query reports it
  pool.on('error', (e) => console.error(JSON.stringify({ level: 'error', msg: 'postgres pool', error: e.message })));
  const safe = new URL(url);
  safe.password = '';
  const db: Database = {
    kind: 'postgres',
    description: `PostgreSQL ${safe.host}${safe.pathname}`,
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await pool.query(text, params as unknown[])).rows as R[],
    transaction: (fn) =>
      withRetry(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn({
            query: async <R>(text: string, params: readonly unknown[] = []) =>
              (await client.query(text, params as unknown[])).rows as R[],
          });
          await client.query('COMMIT');
          return result;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => {});
          throw e;
        } finally {
          client.release();
        }
      }),
    close: () => pool.end(),
  };
  await db.query('SELECT 1');
  return db;
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  // the trigram index of critic search (migration 002)
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  // NodeFS writes straight to the data directory (its sync step is a no-op), so a commit is on disk when
  // the query returns, relaxed or not; relaxed skips waiting for that no-op.
  const pg = new PGlite(dataDir, { relaxedDurability: true, extensions: { pg_trgm } });
  await pg.waitReady;
  const db: Database = {
    kind: 'pglite',
    description: `PGlite ${dataDir}`,
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await pg.query<R>(text, params as unknown[])).rows,
    transaction: (fn) =>
      withRetry(() =>
        pg.transaction((tx) =>
          fn({
            query: async <R>(text: string, params: readonly unknown[] = []) =>
              (await tx.query<R>(text, params as unknown[])).rows,
          }),
        ),
      ),
    close: () => pg.close(),
  };
  return db;
}
