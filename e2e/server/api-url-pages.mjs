// A static build pointed at a real API (VITE_API_URL), for e2e/server/api-url-build.spec.ts. Started by
// playwright.server.config.ts once the second server answers at VITE_API_URL. It first gives that server data the
// seed does not have (one more user rating, of 2), so the figures can only have come from it; then builds with
// VITE_API_URL set (the build prerenders the pages from that API) and serves the build on API_URL_PAGES_E2E_PORT.
import { spawnSync } from 'node:child_process';
import { preview } from 'vite';

const api = process.env.VITE_API_URL;
const port = Number(process.env.API_URL_PAGES_E2E_PORT);
if (!api || !port) throw new Error('VITE_API_URL and API_URL_PAGES_E2E_PORT must be set (playwright.server.config.ts)');

const res = await fetch(`${api}/api/movies/wont-back-down/user-reviews`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': 'api-url-pages-setup' },
  body: JSON.stringify({ score: 2, author: 'Second server' }),
});
// 201 the first time; the same key answers again with the same review if this database already has it
if (!res.ok) throw new Error(`the second server refused the setup rating: ${res.status} ${await res.text()}`);

const outDir = 'dist-e2e-api-url';
const built = spawnSync('node', ['scripts/build.mjs', '--outDir', outDir], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port, strictPort: true, host: '127.0.0.1' },
});
console.log(`pages pointed at ${api}: ${server.resolvedUrls?.local[0] ?? port}`);
const close = () => {
  setTimeout(() => process.exit(0), 2000).unref();
  void server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
