import { afterAll, beforeAll, describe, it } from 'vitest';
import { defineContractSuite } from '@/contract/contract-suite';
import { BACKENDS, TEST_ENV, freshDatabase, type Backend } from './backends';
import { cookieClient, startServer, type ServerProcess } from './server-process';

/** The contract suite, unchanged, against the built server as a process on `backend`: every reader a cookie jar. */
export function serverContract(backend: Backend) {
  if (!BACKENDS.includes(backend)) {
    describe(`API contract: server on ${backend}`, () => it.skip('skipped: POSTGRES=skip', () => {}));
    return;
  }
  let server: ServerProcess;
  let client: ReturnType<typeof cookieClient>;
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase(backend, 'contract');
    server = await startServer({ ...db.env, ...TEST_ENV });
    client = cookieClient(server.origin);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });
  defineContractSuite(`server on ${backend}`, () => ({
    request: (path, init, reader) => client(path, init, reader),
    reset: async () => {
      const res = await client('/api/reset', { method: 'POST' });
      if (res.status !== 204) throw new Error(`reset: ${res.status}`);
    },
  }));
}
