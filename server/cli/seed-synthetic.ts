import { SYNTHETIC_MOVIE_ID, syntheticParts } from '@/mock-api/synthetic';
import { seed } from '@/mock-api/seed';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { CRITIC_TABLE, USER_TABLE, criticRow, insertRows, userRow } from '../store/rows';
import { countCritics, insertInBatches, insertMovie, loadSeed, recount } from '../store/sql-store';

/**
 * Loads the synthetic benchmark movie (10,000 critic and 1,000,000 user reviews by default: SYNTHETIC_CRITICS,
 * SYNTHETIC_USERS) into the server's database (DATABASE_URL or DATA_DIR), in one transaction, in multi-row
 * inserts. Never part of the seed readers get. `--force` replaces one that is there.
 */
export async function seedSynthetic(opts: { force?: boolean; critics?: number; users?: number } = {}) {
  const config = readConfig(process.env);
  const sizes = {
    critics: opts.critics ?? Number(process.env.SYNTHETIC_CRITICS ?? 10_000),
    users: opts.users ?? Number(process.env.SYNTHETIC_USERS ?? 1_000_000),
  };
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrate(db);
    await loadSeed(db, seed);
    const [existing] = await db.query<{ synopsis: string }>(`SELECT movie AS synopsis FROM movies WHERE id = $1`, [
      SYNTHETIC_MOVIE_ID,
    ]);
    const [count] = await db.query<{ n: number }>(
      'SELECT coalesce(sum(n), 0)::int AS n FROM user_counts WHERE movie_id = $1',
      [SYNTHETIC_MOVIE_ID],
    );
    if (existing && !opts.force && (count?.n ?? 0) >= sizes.users) {
      console.log(`${db.description}: the synthetic movie is there (${count!.n.toLocaleString('en')} user reviews)`);
      return { loaded: false, ms: 0 };
    }
    const started = performance.now();
    const parts = syntheticParts(sizes);
    await db.transaction(async (tx) => {
      await tx.query('DELETE FROM movies WHERE id = $1', [SYNTHETIC_MOVIE_ID]);
      // a million rows go in faster without the secondary indexes, which are rebuilt once at the end (the table is
      // locked meanwhile: a running server's reads of it wait)
      const indexes = await tx.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes
         WHERE schemaname = current_schema() AND tablename IN ('user_reviews', 'critic_reviews') AND indexname NOT LIKE '%_pkey'`,
      );
      for (const i of indexes) await tx.query(`DROP INDEX ${i.indexname}`);
      await insertMovie(tx, parts.movie(5), 1000, true);
      await insertInBatches(tx, parts.critics.entries(), (s, batch) =>
        insertRows(
          s,
          CRITIC_TABLE,
          batch.map(([i, r]) => criticRow(SYNTHETIC_MOVIE_ID, i, r)),
        ),
      );
      let sum = 0;
      let n = 0;
      let last = performance.now();
      await insertInBatches(
        tx,
        parts.users(),
        async (s, batch) => {
          for (const u of batch) sum += u.score!;
          n += batch.length;
          const t0 = performance.now();
          const rows = batch.map((u) => userRow(u, null));
          const t1 = performance.now();
          await insertRows(s, USER_TABLE, rows);
          if (process.env.SEED_DEBUG)
            console.log(`rows ${(t1 - t0).toFixed(0)} ms, insert ${(performance.now() - t1).toFixed(0)} ms`);
          if (performance.now() - last > 5000) {
            last = performance.now();
            console.log(`  ${n.toLocaleString('en')} user reviews…`);
          }
        },
        5_000,
      );
      // the published figures need the users' mean: the movie record is written again with it
      const movie = parts.movie(sum / n);
      await tx.query('UPDATE movies SET published = $2 WHERE id = $1', [
        SYNTHETIC_MOVIE_ID,
        JSON.stringify(movie.published),
      ]);
      console.log(`  indexing…`);
      await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const i of indexes) await tx.query(i.indexdef);
      await countCritics(tx, SYNTHETIC_MOVIE_ID);
      await recount(tx, SYNTHETIC_MOVIE_ID);
    });
    await db.query('ANALYZE critic_reviews');
    await db.query('ANALYZE user_reviews');
    const ms = performance.now() - started;
    console.log(
      `${db.description}: loaded the synthetic movie, ${sizes.critics.toLocaleString('en')} critic and ${sizes.users.toLocaleString('en')} user reviews, in ${(ms / 1000).toFixed(1)} s`,
    );
    return { loaded: true, ms };
  } finally {
    await db.close();
  }
}
