// npm start: builds what is missing or older than its sources (the client into dist/, the server into
// dist-server/), then runs the server in this process. Environment: see the README's "Deploying" section.
import { pathToFileURL } from 'node:url';
import { buildIfStale } from './lib/build-if-stale.mjs';

await buildIfStale();
await import(pathToFileURL('dist-server/main.mjs').href);
