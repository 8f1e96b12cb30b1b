import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { createApi } from '@/mock-api/app';
import { defineContractSuite } from '@/contract/contract-suite';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { freshPgliteDir } from '../testing/pglite-template';
import { SqlReviewStore } from './sql-store';

let db: Database;
let dir: string;
let api: ReturnType<typeof createApi>;
let store: SqlReviewStore;

beforeAll(async () => {
  dir = await freshPgliteDir();
  db = await openDatabase({ dataDir: dir });
  await migrate(db);
  store = new SqlReviewStore(db);
  api = createApi({ store });
}, 120_000);
afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

defineContractSuite('SQL store on PGlite, in process', () => ({
  request: (path, init = {}, reader) => {
    const headers = new Headers(init.headers);
    if (reader) headers.set('x-reader-id', `reader-${reader}`);
    return Promise.resolve(api.request(path, { ...init, headers }));
  },
  reset: () => store.reset(),
}));
