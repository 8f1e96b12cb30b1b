import { afterAll, describe, expect, it } from 'vitest';
import {
  familyReviewPageSchema,
  userReviewPageSchema,
  userSummarySchema,
  userReviewWriteSchema,
} from '@/domain/schemas';
import { BACKENDS, TEST_ENV, freshDatabase } from './testing/backends';
import { cookieClient, startServer } from './testing/server-process';

const MOVIE = '/api/movies/wont-back-down';
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
});

/** Every review of a list, by id, paged through. */
async function allIds(client: ReturnType<typeof cookieClient>, list: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res: Response = await client(
      `${MOVIE}/${list}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    const page: { items: { id: string }[]; nextCursor: string | null } = (
      list === 'user-reviews' ? userReviewPageSchema : familyReviewPageSchema
    ).parse(await res.json());
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe.each(BACKENDS)('kill -9 during writes (%s)', (backend) => {
  it('loses no acknowledged write; a retry with the same key after the restart creates nothing twice', async () => {
    const db = await freshDatabase(backend, 'kill9');
    drops.push(db.drop);
    const env = { ...db.env, ...TEST_ENV };
    let server = await startServer(env);
    const client = cookieClient(server.origin);

    const acked = new Map<string, string>(); // reader → review id it was told was stored
    const ackedFamily = new Set<string>();
    const attempted: string[] = [];
    let killed = false;
    const body = (i: number) => ({ score: i % 11, author: `Writer ${i}`, title: '', text: '' });
    const writer = async (w: number) => {
      for (let i = w; !killed; i += 4) {
        const reader = `writer-${i}`;
        attempted.push(reader);
        try {
          // a first request gets the reader its cookie; then the write itself
          await client(`${MOVIE}/user-summary`, {}, reader);
          const res = await client(
            `${MOVIE}/user-reviews`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': `key-${i}` },
              body: JSON.stringify(body(i)),
            },
            reader,
          );
          if (res.status === 201) acked.set(reader, userReviewWriteSchema.parse(await res.json()).review.id);
          const fam = await client(`${MOVIE}/family-reviews`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `fam-${i}` },
            body: JSON.stringify({
              role: i % 2 ? 'kid' : 'parent',
              age: 2 + (i % 17),
              stars: 3,
              text: 'Written during the kill test.',
            }),
          });
          if (fam.status === 201) ackedFamily.add(((await fam.json()) as { review: { id: string } }).review.id);
        } catch {
          // the server is gone mid-request: not acknowledged
        }
      }
    };
    const writers = Array.from({ length: 4 }, (_, w) => writer(w));
    while (acked.size < 12) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    await server.stop();

    server = await startServer(env);
    client.state.origin = server.origin;
    const ids = await allIds(client, 'user-reviews');
    for (const id of acked.values()) expect(ids.filter((x) => x === id)).toHaveLength(1);
    const familyIds = await allIds(client, 'family-reviews');
    for (const id of ackedFamily) expect(familyIds.filter((x) => x === id)).toHaveLength(1);
    // the counters moved with the rows, in the same transactions
    const summary = userSummarySchema.parse(await (await client(`${MOVIE}/user-summary`)).json());
    expect(summary.count).toBe(14 + ids.length - 13);

    // every write that was attempted, retried with its key by the same reader (the same cookie): those that
    // were stored answer 200 with the same review, the rest are stored now; none twice
    let replayed = 0;
    for (const reader of attempted) {
      const i = Number(reader.slice('writer-'.length));
      const res = await client(
        `${MOVIE}/user-reviews`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `key-${i}` },
          body: JSON.stringify(body(i)),
        },
        reader,
      );
      expect([200, 201]).toContain(res.status);
      const { review } = userReviewWriteSchema.parse(await res.json());
      if (acked.has(reader)) {
        expect(res.status).toBe(200);
        expect(review.id).toBe(acked.get(reader));
      }
      if (res.status === 200) replayed++;
    }
    expect(replayed).toBeGreaterThanOrEqual(acked.size);
    const after = await allIds(client, 'user-reviews');
    expect(after.length - 13).toBe(attempted.length);
    expect(new Set(after).size).toBe(after.length);
    expect(await server.stop()).toBe(0);
  });
});
