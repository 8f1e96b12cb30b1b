import { readerDate } from '@/domain/dates';
import { MAX_AGE, MIN_AGE } from '@/domain/family';
import { editedUserReview, newFamilyReview, newUserReview } from '@/domain/new-review';
import { encodeCursor, searchTerms, sortBy, type SortKey } from '@/domain/review-order';
import { criticFilterKey, criticMatcher } from '@/domain/review-query';
import { filteredPage } from '@/domain/review-views';
import type {
  CriticQuery,
  CriticReview,
  CriticSummary,
  FamilyQuery,
  FamilyReview,
  FamilyReviewParsed,
  FamilyRole,
  Movie,
  Page,
  ParentGuide,
  PublishedFigures,
  UserQuery,
  UserReview,
  UserReviewParsed,
} from '@/domain/schemas';
import { BAND_EDGES, criticBinRange } from '@/domain/scores';
import { storeError, type ReviewStore } from '@/mock-api/review-store';
import type { Seed, SeedMovie } from '@/mock-api/seed';
import { uniqueViolation, type Database, type Sql } from '../db/database';
import { CRITIC_SQL_ORDER, FAMILY_SQL_ORDER, USER_SQL_ORDER, keysetSql, type SqlOrder } from './keys';
import {
  CRITIC_TABLE,
  FAMILY_TABLE,
  USER_TABLE,
  criticRow,
  familyRow,
  insertRows,
  userDoc,
  userFromRow,
  userKeys,
  userRow,
  type UserRowData,
} from './rows';
import { criticSummaryFromCounts, familySummaryFromCounts, userSummaryFromCounts } from './summaries';

/** How long an idempotency key answers with the review it created. */
export const IDEMPOTENCY_TTL_HOURS = 24;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** PostgreSQL text cannot hold NUL: an id with one names nothing that exists. */
const storable = (s: string) => !s.includes('\0');

interface MovieInfo {
  movie: Movie;
  published: PublishedFigures;
  guide: ParentGuide;
}

/** An inclusive score range, or null for "no scores match". */
type Range = readonly [number, number] | null;
const intersect = (a: Range, b: Range): Range => {
  if (!a || !b) return null;
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo <= hi ? [lo, hi] : null;
};

const bind = (params: unknown[], value: unknown) => {
  params.push(value);
  return `$${params.length}`;
};

/** `limit + 1` rows were asked for: the extra one only says there is a next page. */
function toPage<T>(rows: T[], limit: number, order: SqlOrder<T>, sortName: string, total: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(sortName, order.spec.key(last)) : null,
    total,
  };
}

const USER_COLUMNS = 'doc, up, down, version';

/** A movie's listed critic reviews, and their sorted orders (made on first use). */
interface CriticSnapshot {
  all: CriticReview[];
  sorted: Map<string, CriticReview[]>;
}

/**
 * The review store on SQL: the same statements on PGlite and PostgreSQL. Lists are keyset pages over indexed
 * sort-key columns; every figure comes from counters kept in the same transaction as the write that moves them.
 */

export class SqlReviewStore implements ReviewStore {
  readonly durable = true;
  readonly #movies = new Map<string, MovieInfo>();

  constructor(
    readonly db: Database,
    readonly newId: () => string = randomId,
  ) {}

  async #info(movieId: string): Promise<MovieInfo | null> {
    const cached = this.#movies.get(movieId);
    if (cached) return cached;
    if (!storable(movieId)) return null;
    const [row] = await this.db.query<{ movie: string; published: string; parent_guide: string }>(
      'SELECT movie, published, parent_guide FROM movies WHERE id = $1',
      [movieId],
    );
    if (!row) return null;
    // a movie never changes once loaded: cached for the life of the process
    const info: MovieInfo = {
      movie: JSON.parse(row.movie) as Movie,
      published: JSON.parse(row.published) as PublishedFigures,
      guide: JSON.parse(row.parent_guide) as ParentGuide,
    };
    this.#movies.set(movieId, info);
    return info;
  }

  async #must(movieId: string): Promise<MovieInfo> {
    const info = await this.#info(movieId);
    if (!info) throw storeError('review_not_found');
    return info;
  }

  movie = async (id: string) => (await this.#info(id))?.movie ?? null;
  parentGuide = async (id: string) => (await this.#info(id))?.guide ?? null;

  /* ---------- critics ---------- */

  /** Critics are loaded, never written by readers: their figures are read once per movie and process. */
  readonly #criticSummaries = new Map<string, Promise<CriticSummary>>();

  criticSummary = async (movieId: string): Promise<CriticSummary> => {
    const info = await this.#must(movieId);
    let summary = this.#criticSummaries.get(movieId);
    if (!summary) {
      summary = (async () => {
        const counts = await this.db.query<{ score: number; n: number }>(
          'SELECT score, n FROM critic_counts WHERE movie_id = $1',
          [movieId],
        );
        const [featured] = await this.db.query<{ doc: string }>(
          'SELECT doc FROM critic_reviews WHERE movie_id = $1 AND featured ORDER BY seq LIMIT 1',
          [movieId],
        );
        return criticSummaryFromCounts(
          counts,
          info.published.critics,
          featured ? (JSON.parse(featured.doc) as CriticReview) : null,
        );
      })();
      this.#criticSummaries.set(movieId, summary);
      summary.catch(() => this.#criticSummaries.delete(movieId));
    }
    return summary;
  };

  /**
   * A movie's listed critic reviews in memory, for searches (each review's folded text is kept with it, by
   * `criticSearchText`): a search is a substring match of every word, which no index answers once the words are
   * common (counting a search matching 60 % of the synthetic movie's 10,000 critics took 40 ms in PGlite, two LIKEs
   * a row). Critics are loaded, never written by readers, so the copy holds for the life of the process, as the
   * summaries do. Sorted orders are made on first use.
   */
  readonly #criticSnapshots = new Map<string, Promise<CriticSnapshot>>();

  #criticSnapshot(movieId: string): Promise<CriticSnapshot> {
    let snapshot = this.#criticSnapshots.get(movieId);
    if (!snapshot) {
      snapshot = (async () => {
        const rows = await this.db.query<{ doc: string }>(
          'SELECT doc FROM critic_reviews WHERE movie_id = $1 AND listed',
          [movieId],
        );
        return { all: rows.map((r) => JSON.parse(r.doc) as CriticReview), sorted: new Map() };
      })();
      this.#criticSnapshots.set(movieId, snapshot);
      snapshot.catch(() => this.#criticSnapshots.delete(movieId));
    }
    return snapshot;
  }

  criticPage = async (movieId: string, q: CriticQuery, after: SortKey | null): Promise<Page<CriticReview>> => {
    await this.#must(movieId);
    const order = CRITIC_SQL_ORDER[q.sort];
    let range: Range = [0, 100];
    if (q.band) range = intersect(range, BAND_EDGES.critic[q.band]);
    if (q.bin !== undefined) range = intersect(range, criticBinRange(q.bin));
    const terms = searchTerms(q.q ?? '');
    if (!range) return { items: [], nextCursor: null, total: 0 };

    if (terms.length) {
      // a search: in the movie's critics held in memory, in the order asked for, then the page after the cursor
      const snapshot = await this.#criticSnapshot(movieId);
      let sorted = snapshot.sorted.get(q.sort);
      if (!sorted) snapshot.sorted.set(q.sort, (sorted = sortBy(snapshot.all, order.spec)));
      // the search's view of that order is kept (review-views.ts): its next pages need no second pass
      const filter = { key: criticFilterKey(q), matches: criticMatcher(q) };
      return filteredPage(sorted, order.spec, q.sort, filter, q.limit, after);
    }

    const params: unknown[] = [movieId];
    const filters = ['movie_id = $1', 'listed'];
    // a score range on the column the order walks, so the index answers it as a range
    if (range[0] > 0 || range[1] < 100) {
      if (q.sort === 'score-desc')
        filters.push(`k_score_desc BETWEEN ${bind(params, -range[1])} AND ${bind(params, -range[0])}`);
      else if (q.sort === 'score-asc')
        filters.push(`k_score_asc BETWEEN ${bind(params, range[0])} AND ${bind(params, range[1])}`);
      else filters.push(`score BETWEEN ${bind(params, range[0])} AND ${bind(params, range[1])}`);
    }
    const where = filters.join(' AND ');
    const keyset = keysetSql(order, after, params);
    const limit = bind(params, q.limit + 1);
    // one statement, one round trip: the total from the counters, and the page
    const sql = `WITH t AS (
           SELECT coalesce(sum(listed), 0)::int AS total FROM critic_counts
           WHERE movie_id = $1 AND score BETWEEN ${bind(params, range[0])} AND ${bind(params, range[1])}
         )
         SELECT p.doc, t.total FROM t LEFT JOIN LATERAL (
           SELECT doc, ${order.parts.map((p) => p.column).join(', ')} FROM critic_reviews
           WHERE ${where} AND ${keyset.where} ORDER BY ${keyset.orderBy} LIMIT ${limit}
         ) p ON TRUE ORDER BY ${keyset.orderBy}`;
    const rows = await this.db.query<{ doc: string | null; total: number | string }>(sql, params);
    const total = rows.length ? Number(rows[0]!.total) : 0;
    return toPage(
      rows.flatMap((r) => (r.doc === null ? [] : [JSON.parse(r.doc) as CriticReview])),
      q.limit,
      order,
      q.sort,
      total,
    );
  };

  /* ---------- users ---------- */

  userSummary = async (movieId: string) => {
    const info = await this.#must(movieId);
    return this.#userSummary(this.db, movieId, info);
  };

  #userSummary = async (sql: Sql, movieId: string, info: MovieInfo) => {
    const counts = await sql.query<{ score: number; n: number; added: number }>(
      'SELECT score, n, added FROM user_counts WHERE movie_id = $1',
      [movieId],
    );
    return userSummaryFromCounts(counts, info.published.users);
  };

  userPage = async (movieId: string, q: UserQuery, after: SortKey | null): Promise<Page<UserReview>> => {
    await this.#must(movieId);
    const order = USER_SQL_ORDER[q.sort];
    let range: Range = [0, 10];
    const filtered = q.band !== undefined || q.score !== undefined;
    if (q.band) range = intersect(range, BAND_EDGES.user[q.band]);
    if (q.score !== undefined) range = intersect(range, [q.score, q.score]);
    if (!range) return { items: [], nextCursor: null, total: 0 };

    const params: unknown[] = [movieId];
    const filters = ['movie_id = $1'];
    if (filtered) {
      if (q.sort === 'highest') filters.push(`k_high BETWEEN ${bind(params, range[0])} AND ${bind(params, range[1])}`);
      else if (q.sort === 'lowest')
        filters.push(`k_low BETWEEN ${bind(params, -range[1])} AND ${bind(params, -range[0])}`);
      else if (range[0] === range[1]) filters.push(`score = ${bind(params, range[0])}`);
      else filters.push(`score BETWEEN ${bind(params, range[0])} AND ${bind(params, range[1])}`);
    }
    const where = filters.join(' AND ');
    const keyset = keysetSql(order, after, params);
    const limit = bind(params, q.limit + 1);
    const total = filtered
      ? `SELECT coalesce(sum(n), 0)::int AS total FROM user_counts WHERE movie_id = $1 AND score BETWEEN ${bind(params, range[0])} AND ${bind(params, range[1])}`
      : 'SELECT coalesce(sum(n), 0)::int AS total FROM user_counts WHERE movie_id = $1';
    // one round trip: the page, and the total from the counters
    const rows = await this.db.query<Partial<UserRowData> & { total: number }>(
      `WITH t AS (${total})
       SELECT p.doc, p.up, p.down, p.version, t.total FROM t LEFT JOIN LATERAL (
         SELECT ${USER_COLUMNS}, ${order.parts.map((p) => p.column).join(', ')} FROM user_reviews
         WHERE ${where} AND ${keyset.where} ORDER BY ${keyset.orderBy} LIMIT ${limit}
       ) p ON TRUE ORDER BY ${keyset.orderBy}`,
      params,
    );
    const items = rows.flatMap((r) => (r.doc ? [userFromRow(r as UserRowData)] : []));
    return toPage(items, q.limit, order, q.sort, rows[0]?.total ?? 0);
  };

  /** One user review with its votes counted in. */
  userReview = async (movieId: string, reviewId: string): Promise<UserReview> => {
    await this.#must(movieId);
    if (!storable(reviewId)) throw storeError('review_not_found');
    const [row] = await this.db.query<UserRowData>(
      `SELECT ${USER_COLUMNS} FROM user_reviews WHERE movie_id = $1 AND id = $2`,
      [movieId, reviewId],
    );
    if (!row) throw storeError('review_not_found');
    return userFromRow(row);
  };

  /** The review an unexpired idempotency key created, if it still exists. */
  async #replay(sql: Sql, scope: string, key: string): Promise<{ movieId: string; reviewId: string } | null> {
    const [k] = await sql.query<{ movie_id: string; review_id: string }>(
      `SELECT movie_id, review_id FROM idempotency_keys
       WHERE scope = $1 AND key = $2 AND created_at > now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`,
      [scope, key],
    );
    return k ? { movieId: k.movie_id, reviewId: k.review_id } : null;
  }

  async #rememberKey(sql: Sql, scope: string, key: string, movieId: string, reviewId: string) {
    await sql.query(
      `INSERT INTO idempotency_keys (scope, key, movie_id, review_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope, key) DO UPDATE SET movie_id = excluded.movie_id, review_id = excluded.review_id, created_at = now()`,
      [scope, key, movieId, reviewId],
    );
  }

  /** Moves counters by `delta` per score, lowest score first, so two writers never wait on each other in a cycle. */
  async #count(sql: Sql, movieId: string, deltas: Map<number, { n: number; added: number }>) {
    for (const score of [...deltas.keys()].sort((a, b) => a - b)) {
      const d = deltas.get(score)!;
      if (d.n === 0 && d.added === 0) continue;
      await sql.query('UPDATE user_counts SET n = n + $3, added = added + $4 WHERE movie_id = $1 AND score = $2', [
        movieId,
        score,
        d.n,
        d.added,
      ]);
    }
  }

  createUserReview = async (
    movieId: string,
    reader: string,
    input: UserReviewParsed,
    key: string | null,
    at: Date,
  ): Promise<{ review: UserReview; replayed: boolean }> => {
    await this.#must(movieId);
    const scope = `user:${movieId}:${reader}`;
    const replay = async (sql: Sql) => {
      const k = key ? await this.#replay(sql, scope, key) : null;
      if (!k) return null;
      const [row] = await sql.query<UserRowData>(
        `SELECT ${USER_COLUMNS} FROM user_reviews WHERE movie_id = $1 AND id = $2`,
        [k.movieId, k.reviewId],
      );
      return row ? { review: userFromRow(row), replayed: true } : null;
    };
    try {
      return await this.db.transaction(async (tx) => {
        const replayed = await replay(tx);
        if (replayed) return replayed;
        const review = newUserReview(`r-${this.newId()}`, movieId, input, readerDate(input.date, at));
        await insertRows(tx, USER_TABLE, [userRow(review, reader)]);
        if (key) await this.#rememberKey(tx, scope, key, movieId, review.id);
        await this.#count(tx, movieId, new Map([[input.score, { n: 1, added: 1 }]]));
        return { review, replayed: false };
      });
    } catch (e) {
      if (uniqueViolation(e) === null) throw e;
      // a second review by this reader; or the same request twice at once, the first now committed
      const replayed = await replay(this.db);
      if (replayed) return replayed;
      throw storeError('already_reviewed');
    }
  };

  /** The reader's own review, locked for the rest of the transaction. */
  async #own(tx: Sql, movieId: string, reader: string, reviewId: string, expected: number | null) {
    const [row] = storable(reviewId)
      ? await tx.query<UserRowData & { owner: string | null; score: number | null }>(
          `SELECT ${USER_COLUMNS}, owner, score FROM user_reviews WHERE movie_id = $1 AND id = $2 FOR UPDATE`,
          [movieId, reviewId],
        )
      : [];
    // published reviews belong to no reader: to a writer they do not exist
    if (!row || row.owner === null) throw storeError(expected === null ? 'review_not_found' : 'review_changed');
    if (row.owner !== reader) throw storeError('not_yours');
    if (expected !== null && row.version !== expected) throw storeError('review_changed');
    return row;
  }

  updateUserReview = async (
    movieId: string,
    reader: string,
    reviewId: string,
    input: UserReviewParsed,
    expected: number | null,
    at: Date,
  ): Promise<UserReview> => {
    await this.#must(movieId);
    return this.db.transaction(async (tx) => {
      const row = await this.#own(tx, movieId, reader, reviewId, expected);
      const before = userFromRow(row);
      const review = editedUserReview(before, input, at.toISOString());
      const k = userKeys(review);
      await tx.query(
        `UPDATE user_reviews SET doc = $3, score = $4, version = $5, k_date = $6, k_high = $7, k_low = $8
         WHERE movie_id = $1 AND id = $2`,
        [movieId, reviewId, userDoc(review), review.score, review.version, k.k_date, k.k_high, k.k_low],
      );
      if (before.score !== review.score) {
        const deltas = new Map<number, { n: number; added: number }>();
        deltas.set(before.score ?? -1, { n: -1, added: -1 });
        deltas.set(review.score ?? -1, { n: 1, added: 1 });
        await this.#count(tx, movieId, deltas);
      }
      return review;
    });
  };

  deleteUserReview = async (movieId: string, reader: string, reviewId: string, expected: number | null) => {
    await this.#must(movieId);
    await this.db.transaction(async (tx) => {
      const row = await this.#own(tx, movieId, reader, reviewId, expected);
      await tx.query('DELETE FROM user_reviews WHERE movie_id = $1 AND id = $2', [movieId, reviewId]);
      await tx.query('DELETE FROM idempotency_keys WHERE movie_id = $1 AND review_id = $2', [movieId, reviewId]);
      await this.#count(tx, movieId, new Map([[row.score ?? -1, { n: -1, added: -1 }]]));
    });
  };

  vote = async (movieId: string, reader: string, reviewId: string, vote: 'up' | 'down' | 'none') => {
    await this.#must(movieId);
    return this.db.transaction(async (tx) => {
      const [row] = storable(reviewId)
        ? await tx.query<UserRowData>(
            `SELECT ${USER_COLUMNS} FROM user_reviews WHERE movie_id = $1 AND id = $2 FOR UPDATE`,
            [movieId, reviewId],
          )
        : [];
      if (!row) throw storeError('review_not_found');
      const [prev] = await tx.query<{ vote: 'up' | 'down' }>(
        'SELECT vote FROM user_votes WHERE movie_id = $1 AND review_id = $2 AND reader = $3',
        [movieId, reviewId, reader],
      );
      const review = userFromRow(row);
      if ((prev?.vote ?? 'none') === vote) return review;
      let { up, down } = review.helpful;
      if (prev?.vote === 'up') up -= 1;
      if (prev?.vote === 'down') down -= 1;
      if (vote === 'up') up += 1;
      if (vote === 'down') down += 1;
      if (vote === 'none')
        await tx.query('DELETE FROM user_votes WHERE movie_id = $1 AND review_id = $2 AND reader = $3', [
          movieId,
          reviewId,
          reader,
        ]);
      else
        await tx.query(
          `INSERT INTO user_votes (movie_id, review_id, reader, vote) VALUES ($1, $2, $3, $4)
           ON CONFLICT (movie_id, review_id, reader) DO UPDATE SET vote = excluded.vote`,
          [movieId, reviewId, reader, vote],
        );
      const voted = { ...review, helpful: { up, down } };
      const k = userKeys(voted);
      await tx.query(
        'UPDATE user_reviews SET up = $3, down = $4, k_wilson = $5, k_up = $6 WHERE movie_id = $1 AND id = $2',
        [movieId, reviewId, up, down, k.k_wilson, k.k_up],
      );
      return voted;
    });
  };

  /* ---------- parents and kids ---------- */

  familySummary = async (movieId: string) => {
    await this.#must(movieId);
    return familySummaryFromCounts(
      await this.db.query<{ role: FamilyRole; age: number; n: number }>(
        'SELECT role, age, n FROM family_counts WHERE movie_id = $1',
        [movieId],
      ),
    );
  };

  familyPage = async (movieId: string, q: FamilyQuery, after: SortKey | null): Promise<Page<FamilyReview>> => {
    await this.#must(movieId);
    const params: unknown[] = [movieId];
    const filters = ['movie_id = $1'];
    if (q.role) filters.push(`role = ${bind(params, q.role)}`);
    const keyset = keysetSql(FAMILY_SQL_ORDER, after, params);
    const rows = await this.db.query<{ doc: string }>(
      `SELECT doc FROM family_reviews WHERE ${filters.join(' AND ')} AND ${keyset.where}
       ORDER BY ${keyset.orderBy} LIMIT ${bind(params, q.limit + 1)}`,
      params,
    );
    const [c] = await this.db.query<{ n: number }>(
      `SELECT coalesce(sum(n), 0)::int AS n FROM family_counts WHERE movie_id = $1 ${q.role ? 'AND role = $2' : ''}`,
      q.role ? [movieId, q.role] : [movieId],
    );
    return toPage(
      rows.map((r) => JSON.parse(r.doc) as FamilyReview),
      q.limit,
      FAMILY_SQL_ORDER,
      'newest',
      c?.n ?? 0,
    );
  };

  createFamilyReview = async (
    movieId: string,
    input: FamilyReviewParsed,
    key: string | null,
    at: Date,
  ): Promise<{ review: FamilyReview; replayed: boolean }> => {
    await this.#must(movieId);
    const scope = `family:${movieId}`;
    return this.db.transaction(async (tx) => {
      // the key row is locked first, so the same request twice at once creates one review
      if (key) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${scope}\n${key}`]);
      const k = key ? await this.#replay(tx, scope, key) : null;
      if (k) {
        const [row] = await tx.query<{ doc: string }>(
          'SELECT doc FROM family_reviews WHERE movie_id = $1 AND id = $2',
          [k.movieId, k.reviewId],
        );
        if (row) return { review: JSON.parse(row.doc) as FamilyReview, replayed: true };
      }
      const review = newFamilyReview(`f-${this.newId()}`, movieId, input, at.toISOString());
      await insertRows(tx, FAMILY_TABLE, [familyRow(review, true)]);
      if (key) await this.#rememberKey(tx, scope, key, movieId, review.id);
      await tx.query('UPDATE family_counts SET n = n + 1 WHERE movie_id = $1 AND role = $2 AND age = $3', [
        movieId,
        review.role,
        review.age,
      ]);
      return { review, replayed: false };
    });
  };

  /** Forgets everything readers added: their reviews, votes and keys; the counters are recounted. */
  reset = async () => {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM user_votes');
      await tx.query('DELETE FROM idempotency_keys');
      await tx.query('DELETE FROM user_reviews WHERE owner IS NOT NULL');
      await tx.query('DELETE FROM family_reviews WHERE added');
      const voted = await tx.query<UserRowData & { movie_id: string; id: string; base_up: number; base_down: number }>(
        `SELECT movie_id, id, ${USER_COLUMNS}, base_up, base_down FROM user_reviews
         WHERE up <> base_up OR down <> base_down`,
      );
      for (const row of voted) {
        const k = userKeys({ ...userFromRow(row), helpful: { up: row.base_up, down: row.base_down } });
        await tx.query(
          'UPDATE user_reviews SET up = base_up, down = base_down, k_wilson = $3, k_up = $4 WHERE movie_id = $1 AND id = $2',
          [row.movie_id, row.id, k.k_wilson, k.k_up],
        );
      }
      await recount(tx);
    });
  };

  /** Drops idempotency keys older than their 24 hours. */
  purgeExpiredKeys = async (): Promise<number> => {
    const rows = await this.db.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - interval '${IDEMPOTENCY_TTL_HOURS} hours' RETURNING 1`,
    );
    return rows.length;
  };
}

/** Recomputes every user and family counter from the rows (reset and loading; never per request). */
export async function recount(sql: Sql, movieId?: string): Promise<void> {
  const only = movieId ? 'WHERE movie_id = $1' : '';
  const params = movieId ? [movieId] : [];
  await sql.query(`UPDATE user_counts SET n = 0, added = 0 ${only}`, params);
  await sql.query(
    `UPDATE user_counts c SET n = s.n, added = s.added FROM (
       SELECT movie_id, coalesce(score, -1) AS score, count(*)::int AS n,
              (count(*) FILTER (WHERE source = 'reader' AND score IS NOT NULL))::int AS added
       FROM user_reviews ${only} GROUP BY movie_id, coalesce(score, -1)
     ) s WHERE c.movie_id = s.movie_id AND c.score = s.score`,
    params,
  );
  await sql.query(`UPDATE family_counts SET n = 0 ${only}`, params);
  await sql.query(
    `UPDATE family_counts c SET n = s.n FROM (
       SELECT movie_id, role, age, count(*)::int AS n FROM family_reviews ${only} GROUP BY movie_id, role, age
     ) s WHERE c.movie_id = s.movie_id AND c.role = s.role AND c.age = s.age`,
    params,
  );
}

/* ---------- loading a movie ---------- */

const BATCH = 2_000;

/** Inserts rows in batches of a few thousand per statement. */
export async function insertInBatches<T>(
  sql: Sql,
  items: Iterable<T>,
  insert: (sql: Sql, batch: T[]) => Promise<void>,
  size = BATCH,
): Promise<void> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      await insert(sql, batch);
      batch = [];
    }
  }
  if (batch.length) await insert(sql, batch);
}

/** The movie row and its empty counters. */
export async function insertMovie(
  sql: Sql,
  m: Omit<SeedMovie, 'critics' | 'users' | 'family'>,
  position: number,
  synthetic = false,
) {
  await sql.query(
    'INSERT INTO movies (id, position, movie, published, parent_guide, synthetic) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      m.movie.id,
      position,
      JSON.stringify(m.movie),
      JSON.stringify(m.published),
      JSON.stringify(m.parentGuide),
      synthetic,
    ],
  );
  await sql.query('INSERT INTO critic_counts (movie_id, score) SELECT $1, s FROM generate_series(-1, 100) AS s', [
    m.movie.id,
  ]);
  await sql.query('INSERT INTO user_counts (movie_id, score) SELECT $1, s FROM generate_series(-1, 10) AS s', [
    m.movie.id,
  ]);
  await sql.query(
    `INSERT INTO family_counts (movie_id, role, age)
     SELECT $1, r, a FROM unnest(ARRAY['parent', 'kid']) AS r, generate_series(${MIN_AGE}, ${MAX_AGE}) AS a`,
    [m.movie.id],
  );
}

/** Critic counters from the critic rows (critics are only ever loaded, never written by readers). */
export async function countCritics(sql: Sql, movieId: string) {
  await sql.query(
    `UPDATE critic_counts c SET n = s.n, listed = s.listed FROM (
       SELECT coalesce(score, -1) AS score, count(*)::int AS n, (count(*) FILTER (WHERE listed))::int AS listed
       FROM critic_reviews WHERE movie_id = $1 GROUP BY coalesce(score, -1)
     ) s WHERE c.movie_id = $1 AND c.score = s.score`,
    [movieId],
  );
}

/** A whole seed movie, in one transaction. */
export async function loadSeedMovie(sql: Sql, m: SeedMovie, position: number) {
  await insertMovie(sql, m, position);
  await insertInBatches(sql, m.critics.entries(), (s, batch) =>
    insertRows(
      s,
      CRITIC_TABLE,
      batch.map(([i, r]) => criticRow(m.movie.id, i, r)),
    ),
  );
  await insertInBatches(sql, m.users, (s, batch) =>
    insertRows(
      s,
      USER_TABLE,
      batch.map((r) => userRow(r, null)),
    ),
  );
  await insertInBatches(sql, m.family, (s, batch) =>
    insertRows(
      s,
      FAMILY_TABLE,
      batch.map((r) => familyRow(r, false)),
    ),
  );
  await countCritics(sql, m.movie.id);
  await recount(sql, m.movie.id);
}

/** Loads each seed movie the database does not have yet: the seed is loaded once. */
export async function loadSeed(db: Database, seed: Seed): Promise<string[]> {
  const loaded: string[] = [];
  for (const [i, m] of seed.movies.entries()) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`seed\n${m.movie.id}`]);
      const [exists] = await tx.query('SELECT 1 FROM movies WHERE id = $1', [m.movie.id]);
      if (exists) return false;
      await loadSeedMovie(tx, m, i);
      return true;
    });
    if (done) loaded.push(m.movie.id);
  }
  return loaded;
}
