// npm run load [-- --db pglite|postgres] [--seconds 30] [--connections 100]: a mixed workload against the
// million-review synthetic movie (loaded first if missing): reads of every route with filters, about 5 % writes.
// Prints requests/s, p50/p95/p99 and answers by status; then stops the server and checks in the database that
// every acknowledged write is there exactly once. 409 (a second review) and 429 (rate limit) are by design.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  benchDatabase,
  ensureServerBuilt,
  ensureSynthetic,
  httpClient,
  ms,
  percentile,
  startServerProcess,
} from './lib/server-target.mjs';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '100' },
  },
});
const kind = args.db;
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const MOVIE_ID = 'synthetic-benchmark';
const M = `/api/movies/${MOVIE_ID}`;
const USERS = 1_000_000;

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const BANDS = ['positive', 'mixed', 'negative'];
const USER_SORTS = ['newest', 'highest', 'lowest', 'helpful'];
const CRITIC_SORTS = ['score-desc', 'score-asc', 'newest', 'oldest', 'publication'];
const WORDS = ['school', 'hope', 'union', 'drama', 'teacher', 'ending', 'synthetic'];

await ensureServerBuilt();
const db = await benchDatabase(kind);
let server;
try {
  ensureSynthetic(db.env);
  // every request comes from this one address: the per-address limit is lifted, the per-reader one stays
  server = await startServerProcess({ ...db.env, RATE_LIMIT_IP: '100000000' });
  const client = httpClient(server.origin, CONNECTIONS);

  const latencies = [];
  const statuses = new Map();
  const unexpected = [];
  const acked = { reviews: new Map(), family: new Set(), votes: new Map() };
  let writes = 0;

  const call = async (path, init = {}, expect = [200]) => {
    const t = performance.now();
    let res;
    try {
      res = await client.request(path, init);
    } catch (e) {
      unexpected.push(`${init.method ?? 'GET'} ${path}: ${e.message}`);
      return null;
    }
    latencies.push(performance.now() - t);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (!expect.includes(res.status) && res.status !== 429)
      unexpected.push(`${init.method ?? 'GET'} ${path}: ${res.status} ${res.body.slice(0, 120)}`);
    return res;
  };
  const json = (method, body, headers = {}) => ({
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  /** One connection's worth of a reader population: each reader keeps its cookie and its own review. */
  async function worker(w, until) {
    const readers = [];
    let cursor = null;
    const newReader = async () => {
      const res = await call(`${M}/user-summary`);
      const cookie = res?.headers['set-cookie']?.[0]?.split(';')[0];
      if (!cookie) return null;
      const r = { cookie, id: cookie.split('=')[1], review: null, writes: 0 };
      readers.push(r);
      return r;
    };
    let n = 0;
    while (performance.now() < until) {
      n++;
      const x = rand() * 100;
      if (x < 5) {
        writes++;
        const r = readers.find((q) => q.writes < 10 && (x >= 2 || !q.review)) ?? (await newReader());
        if (!r) continue;
        r.writes++;
        const h = { cookie: r.cookie };
        if (x < 2 && !r.review) {
          const key = `load-${w}-${n}`;
          const res = await call(
            `${M}/user-reviews`,
            json(
              'POST',
              { score: Math.floor(rand() * 11), author: `Load ${w}`, text: '' },
              { ...h, 'idempotency-key': key },
            ),
            [201],
          );
          if (res?.status === 201) {
            const { review } = JSON.parse(res.body);
            r.review = { id: review.id, version: review.version };
            acked.reviews.set(review.id, { reader: r.id, version: review.version });
          }
        } else if (x < 2.5 && r.review) {
          // a second review by the same reader: 409 by design
          await call(`${M}/user-reviews`, json('POST', { score: 5, author: 'Again', text: '' }, h), [409]);
        } else if (x < 3.5 && r.review) {
          const res = await call(
            `${M}/user-reviews/${r.review.id}`,
            json(
              'PUT',
              { score: Math.floor(rand() * 11), author: `Load ${w}`, text: '' },
              { ...h, 'if-match': `"${r.review.version}"` },
            ),
            [200],
          );
          if (res?.status === 200) {
            r.review.version = JSON.parse(res.body).review.version;
            acked.reviews.get(r.review.id).version = r.review.version;
          }
        } else if (x < 4.5) {
          const id = `su-${Math.floor(rand() * USERS)}`;
          const vote = pick(['up', 'down', 'none']);
          const res = await call(`${M}/user-reviews/${id}/votes`, json('POST', { vote }, h));
          if (res?.status === 200) acked.votes.set(`${id}|${r.id}`, vote);
        } else {
          const res = await call(
            `${M}/family-reviews`,
            json(
              'POST',
              {
                role: pick(['parent', 'kid']),
                age: 2 + Math.floor(rand() * 17),
                stars: 4,
                text: 'Written by the load test.',
              },
              { ...h, 'idempotency-key': `fam-${w}-${n}` },
            ),
            [201],
          );
          if (res?.status === 201) acked.family.add(JSON.parse(res.body).review.id);
        }
        continue;
      }
      const y = rand() * 95;
      if (y < 25) {
        const filter = rand() < 0.2 ? '' : rand() < 0.5 ? `band=${pick(BANDS)}&` : `score=${Math.floor(rand() * 11)}&`;
        const base = `${M}/user-reviews?${filter}sort=${pick(USER_SORTS)}&limit=${pick([20, 20, 50])}`;
        const res = await call(base);
        cursor = res?.status === 200 ? { base, next: JSON.parse(res.body).nextCursor } : null;
      } else if (y < 35 && cursor?.next) {
        // the next page of the last list this connection read
        await call(`${cursor.base}&cursor=${encodeURIComponent(cursor.next)}`);
        cursor = null;
      } else if (y < 50) {
        const parts = [`sort=${pick(CRITIC_SORTS)}`];
        const f = rand();
        if (f < 0.4) parts.push(`band=${pick(BANDS)}`);
        else if (f < 0.65) parts.push(`bin=${Math.floor(rand() * 10)}`);
        if (rand() < 0.2) parts.push(`q=${pick(WORDS)}`);
        await call(`${M}/critic-reviews?${parts.join('&')}`);
      } else if (y < 60) await call(`${M}/user-summary`);
      else if (y < 70) await call(`${M}/critic-summary`);
      else if (y < 75) await call(M);
      else if (y < 78) await call(`${M}/parent-guide`);
      else if (y < 81) await call(`${M}/family-summary`);
      else if (y < 85) await call(`${M}/family-reviews${rand() < 0.5 ? `?role=${pick(['parent', 'kid'])}` : ''}`);
      else if (y < 87) await call('/api/health');
      else if (y < 88) await call('/api/openapi.json');
      else await call(`/movies/${MOVIE_ID}`);
    }
  }

  console.log(
    `\nLoad: ${CONNECTIONS} connections for ${SECONDS} s against ${server.origin} on ${db.label}, load average ${loadavg()[0].toFixed(1)}`,
  );
  const start = performance.now();
  const until = start + SECONDS * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w, until)));
  const elapsed = (performance.now() - start) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  console.log(
    `  requests              ${latencies.length.toLocaleString('en')} in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(0)} requests/s (${writes} writes)`,
  );
  console.log(
    `  latency               p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, p99 ${ms(percentile(latencies, 0.99))}`,
  );
  console.log(
    `  answers               ${[...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')}`,
  );
  console.log(`  errors                ${unexpected.length} (besides 409 and 429, which are by design)`);
  for (const u of unexpected.slice(0, 10)) console.log(`    ${u}`);

  // stop the server, then look in the database itself
  const code = await server.stop();
  server = null;
  console.log(`  server stopped        exit ${code}`);
  const query = await directQuery(db.env);
  const ids = [...acked.reviews.keys()];
  const rows = await query('SELECT id, version, owner FROM user_reviews WHERE movie_id = $1 AND id = ANY($2)', [
    MOVIE_ID,
    ids,
  ]);
  const byId = new Map();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const missing = ids.filter((id) => (byId.get(id)?.length ?? 0) !== 1);
  const stale = ids.filter((id) => byId.get(id)?.[0] && byId.get(id)[0].version < acked.reviews.get(id).version);
  const wrongOwner = ids.filter((id) => byId.get(id)?.[0] && byId.get(id)[0].owner !== acked.reviews.get(id).reader);
  const fam = await query('SELECT id FROM family_reviews WHERE movie_id = $1 AND id = ANY($2)', [
    MOVIE_ID,
    [...acked.family],
  ]);
  const famMissing = acked.family.size - new Set(fam.map((r) => r.id)).size;
  const voteKeys = [...acked.votes.keys()].map((k) => k.split('|'));
  const votes = await query('SELECT review_id, reader, vote FROM user_votes WHERE movie_id = $1 AND reader = ANY($2)', [
    MOVIE_ID,
    [...new Set(voteKeys.map(([, r]) => r))],
  ]);
  const stored = new Map(votes.map((v) => [`${v.review_id}|${v.reader}`, v.vote]));
  const voteWrong = [...acked.votes].filter(([k, v]) => (stored.get(k) ?? 'none') !== v).length;
  const [counts] = await query(
    `SELECT (SELECT sum(n)::int FROM user_counts WHERE movie_id = $1) AS counted,
            (SELECT count(*)::int FROM user_reviews WHERE movie_id = $1) AS rows,
            (SELECT sum(n)::int FROM family_counts WHERE movie_id = $1) AS fcounted,
            (SELECT count(*)::int FROM family_reviews WHERE movie_id = $1) AS frows`,
    [MOVIE_ID],
  );
  await query.close();
  const ok =
    !missing.length &&
    !stale.length &&
    !wrongOwner.length &&
    !famMissing &&
    !voteWrong &&
    counts.counted === counts.rows &&
    counts.fcounted === counts.frows;
  console.log(
    `  acknowledged writes   ${acked.reviews.size} reviews: ${missing.length} missing or doubled, ${stale.length} behind their last acknowledged edit, ${wrongOwner.length} with another owner`,
  );
  console.log(
    `                        ${acked.family.size} parent/kid reviews: ${famMissing} missing; ${acked.votes.size} votes: ${voteWrong} not as last acknowledged`,
  );
  console.log(
    `  counters              user ${counts.counted} = rows ${counts.rows}; family ${counts.fcounted} = rows ${counts.frows}`,
  );
  console.log(`  ${ok && unexpected.length === 0 ? 'PASS' : 'FAIL'}\n`);
  process.exitCode = ok && unexpected.length === 0 ? 0 : 1;
} finally {
  if (server) await server.stop();
  await db.stop();
}

/** SQL straight to the database the server used (after it stopped: PGlite allows one process). */
async function directQuery(env) {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    return Object.assign(async (sql, params) => (await client.query(sql, params)).rows, { close: () => client.end() });
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const lite = new PGlite(env.DATA_DIR, { extensions: { pg_trgm } });
  await lite.waitReady;
  return Object.assign(async (sql, params) => (await lite.query(sql, params)).rows, { close: () => lite.close() });
}
