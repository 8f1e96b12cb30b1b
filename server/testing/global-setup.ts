import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JS module shared with the scripts
import { buildServer } from '../../scripts/build-server.mjs';
// @ts-expect-error plain JS module shared with the scripts
import { POSTGRES_HELP, startPostgres } from '../../scripts/lib/postgres.mjs';
import { pgliteTemplate } from './pglite-template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a PostgreSQL where tests may create databases; null when POSTGRES=skip */
    postgresUrl: string | null;
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const skip = process.env.POSTGRES === 'skip';
  const [, template, pg] = await Promise.all([
    buildServer({ quiet: true }),
    pgliteTemplate(),
    skip
      ? null
      : (startPostgres() as Promise<{ url: string; stop(): Promise<void> }>).catch((e: Error) => {
          throw new Error(`${e.message}\n${e.message === POSTGRES_HELP ? '' : POSTGRES_HELP}`);
        }),
  ]);
  if (skip) console.warn('\n*** POSTGRES=skip: the PostgreSQL server tests are SKIPPED (reported as skipped). ***\n');
  project.provide('postgresUrl', pg?.url ?? null);
  project.provide('pgliteTemplate', template);
  console.log(
    `server stage set up in ${((Date.now() - started) / 1000).toFixed(1)} s (${pg ? pg.url : 'no PostgreSQL'})`,
  );
  return async () => {
    await pg?.stop();
  };
}
