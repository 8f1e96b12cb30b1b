import { rmSync } from 'node:fs';
import { inject } from 'vitest';
import { createDatabase, dropDatabase, uniqueName } from './databases';
import { copyPglite } from './pglite-template';

export type Backend = 'pglite' | 'postgres';

/** Both backends, or PGlite alone when PostgreSQL was opted out of (POSTGRES=skip, said loudly by the setup). */
export const BACKENDS: Backend[] = inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, seeded database of the backend, as the server's environment; `drop()` removes it. */
export async function freshDatabase(
  backend: Backend,
  what: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const dir = copyPglite(inject('pgliteTemplate'));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = inject('postgresUrl')!;
  const name = uniqueName(what);
  const url = await createDatabase(admin, name);
  return { env: { DATABASE_URL: url }, drop: () => dropDatabase(admin, name) };
}

/** Settings that keep the contract suite and the fault tests off the rate limit. */
export const TEST_ENV = {
  ALLOW_RESET: '1',
  RATE_LIMIT_READER: '1000000',
  RATE_LIMIT_IP: '1000000',
  LOG_REQUESTS: '0',
};
