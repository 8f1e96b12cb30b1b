import { afterAll, describe, expect, it } from 'vitest';
import { TEST_ENV, freshDatabase } from './testing/backends';
import { startServer } from './testing/server-process';
import { LATEST_VERSION } from './db/migrate';

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

describe('the server process', () => {
  it('migrates and seeds once; ready; one JSON log line per request; SIGTERM finishes what is in flight, then exits 0', async () => {
    const db = await freshDatabase('pglite', 'life');
    cleanup.push(db.drop);
    const env = { ...db.env, ...TEST_ENV, LOG_REQUESTS: '1', SHUTDOWN_GRACE_MS: '8000' };
    const first = await startServer(env);
    const startLine = first.lines.find((l) => l.includes('"msg":"database"'))!;
    // the template was migrated and seeded already: a start applies and loads nothing again
    expect(JSON.parse(startLine)).toMatchObject({ migrationsApplied: [], seedLoaded: [] });
    const ready = await fetch(`${first.origin}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, database: 'pglite', schema: LATEST_VERSION });

    const paths = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? '/movies/wont-back-down' : `/api/movies/wont-back-down/user-reviews?limit=${i + 1}`,
    );
    const inFlight = paths.map((p) => fetch(first.origin + p));
    // the first answer is out: the others have reached the server and are being worked on
    while (!first.lines.some((l) => l.includes('"msg":"request"') && !l.includes('/api/ready')))
      await new Promise((r) => setTimeout(r, 1));
    const exit = first.stop('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.map((r) => r.status)).toEqual(paths.map(() => 200));
    expect(await exit).toBe(0);
    await expect(fetch(`${first.origin}/api/health`)).rejects.toThrow();

    const logs = first.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = logs.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(1 + paths.length);
    for (const r of requests)
      expect(Object.keys(r).sort()).toEqual(['ip', 'level', 'method', 'ms', 'msg', 'path', 'reader', 'status', 'time']);
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['listening', 'stopping', 'stopped']));
  });

  it('refuses to start with a bad environment, saying what to fix', async () => {
    await expect(startServer({ ...TEST_ENV, DATABASE_URL: 'mysql://x' }, 10_000)).rejects.toThrow(
      /DATABASE_URL must start with postgres/,
    );
  });
});
