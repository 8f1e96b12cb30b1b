import { afterAll, describe, expect, it } from 'vitest';
import { userReviewPageSchema, userReviewWriteSchema, userSummarySchema, voteResultSchema } from '@/domain/schemas';
import { openDatabase } from './db/database';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './db/migrate';
import { BACKENDS, TEST_ENV, freshDatabase } from './testing/backends';
import { cookieClient, startServer } from './testing/server-process';

const MOVIE = '/api/movies/wont-back-down';
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

// Beyond one machine: stateless processes over one PostgreSQL, as behind a load balancer.
describe.skipIf(!BACKENDS.includes('postgres'))('two server processes over one PostgreSQL', () => {
  it('processes that start together on a new database apply each migration once, and none fails', async () => {
    const db = await freshDatabase('postgres', 'migrate');
    cleanup.push(db.drop);
    const connections = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase({ databaseUrl: db.env.DATABASE_URL, poolSize: 2 })),
    );
    // closed here, not with the rest after the file: an idle connection of a pool still open while the next test's
    // databases and servers come and go once reported "terminating connection due to administrator command"
    try {
      const applied = await Promise.all(connections.map((c) => migrate(c)));
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await schemaVersion(connections[0]!)).toBe(LATEST_VERSION);
    } finally {
      await Promise.all(connections.map((c) => c.close()));
    }
  });

  it('a review written through one is read, edited and voted on through the other; one key stores once across both', async () => {
    const db = await freshDatabase('postgres', 'two');
    cleanup.push(db.drop);
    const [one, two] = await Promise.all([
      startServer({ ...db.env, ...TEST_ENV }),
      startServer({ ...db.env, ...TEST_ENV }),
    ]);
    cleanup.push(
      () => one.stop(),
      () => two.stop(),
    );
    // one browser profile per reader; absolute URLs pick the process
    const browser = cookieClient(one.origin);
    const at = (s: { origin: string }, path: string) => `${s.origin}${path}`;

    const created = await browser(
      at(one, `${MOVIE}/user-reviews`),
      json('POST', { score: 10, author: 'Ann', text: '' }),
      'ann',
    );
    expect(created.status).toBe(201);
    const { review } = userReviewWriteSchema.parse(await created.json());

    const summary = userSummarySchema.parse(await (await browser(at(two, `${MOVIE}/user-summary`))).json());
    expect(summary).toMatchObject({ count: 15 });
    expect(summary.score!.toFixed(1)).toBe('6.6');
    const page = userReviewPageSchema.parse(await (await browser(at(two, `${MOVIE}/user-reviews`))).json());
    expect(page.items.map((r) => r.id)).toContain(review.id);

    // the cookie one process issued is the same reader at the other: she may edit her review there
    const edit = await browser(
      at(two, `${MOVIE}/user-reviews/${review.id}`),
      json('PUT', { score: 9, author: 'Ann' }, { 'if-match': '"1"' }),
      'ann',
    );
    expect(edit.status).toBe(200);
    const notHers = await browser(at(one, `${MOVIE}/user-reviews/${review.id}`), { method: 'DELETE' }, 'bob');
    expect(notHers.status).toBe(403);
    const vote = await browser(
      at(one, `${MOVIE}/user-reviews/${review.id}/votes`),
      json('POST', { vote: 'up' }),
      'bob',
    );
    expect(voteResultSchema.parse(await vote.json()).review).toMatchObject({
      score: 9,
      version: 2,
      helpful: { up: 1, down: 0 },
    });

    // the same request sent to both at once (a retry through the other process) stores one review
    await browser(at(one, '/api/health'), {}, 'cat');
    const same = json('POST', { score: 3, author: 'Cat', text: '' }, { 'idempotency-key': 'both-1' });
    const answers = await Promise.all([one, two].map((s) => browser(at(s, `${MOVIE}/user-reviews`), same, 'cat')));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    const [x, y] = await Promise.all(answers.map(async (r) => userReviewWriteSchema.parse(await r.json()).review.id));
    expect(x).toBe(y);
    expect(userSummarySchema.parse(await (await browser(at(two, `${MOVIE}/user-summary`))).json()).count).toBe(16);
  });
});
