// npm run seed:synthetic [-- --force]: loads the synthetic benchmark movie (10,000 critic and 1,000,000 user
// reviews) into the server's database: DATABASE_URL, or PGlite in DATA_DIR (default ./data). Builds the server
// first if needed. Never part of what readers get unless run against their database.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

if (!existsSync('dist-server/seed-synthetic.mjs')) {
  const { buildServer } = await import('./build-server.mjs');
  await buildServer({ quiet: true });
}
const { seedSynthetic } = await import(pathToFileURL('dist-server/seed-synthetic.mjs').href);
await seedSynthetic({ force: process.argv.includes('--force') });
