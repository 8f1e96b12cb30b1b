import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seed } from '@/mock-api/seed';
import { openDatabase } from '../db/database';
import { MIGRATIONS, migrate } from '../db/migrate';
import { loadSeed } from '../store/sql-store';

const require = createRequire(import.meta.url);

/**
 * A fresh PGlite data directory, migrated and seeded, for a test. A new PGlite cluster takes ~20 s to initialise
 * (initdb in WASM), so the first one is kept as a template in the user's cache (~/.cache/verdict), named by what
 * it is made of (PGlite's version, the migrations, the seed), and each test gets a copy (~40 MB, well under 1 s).
 */
export async function pgliteTemplate(): Promise<string> {
  // the package's file, found from its entry point (its exports do not list package.json)
  const entry = require.resolve('@electric-sql/pglite');
  const pkg = join(entry.slice(0, entry.lastIndexOf('node_modules')), 'node_modules/@electric-sql/pglite/package.json');
  const pgliteVersion = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const hash = createHash('sha256')
    .update(pgliteVersion)
    .update(JSON.stringify(MIGRATIONS))
    .update(JSON.stringify(seed))
    .digest('hex')
    .slice(0, 16);
  const cache = resolve(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'verdict');
  const template = join(cache, `pglite-${hash}`);
  if (!existsSync(template)) {
    mkdirSync(cache, { recursive: true });
    const building = mkdtempSync(join(cache, 'building-'));
    const db = await openDatabase({ dataDir: building });
    await migrate(db);
    await loadSeed(db, seed);
    await db.close();
    try {
      renameSync(building, template);
    } catch {
      // another test process made it first
      rmSync(building, { recursive: true, force: true });
    }
  }
  return template;
}

/** A copy of the template for one test, in a temporary directory. */
export function copyPglite(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'verdict-pglite-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}
