// A static build pointed at a real API (VITE_API_URL), for e2e/server/api-url-build.spec.ts. Started by
// playwright.server.config.ts once the second server answers at VITE_API_URL. It first gives that server data the
// seed does not have (one more user rating, of 2), so the figures can only have come from it; then the browser
// tests' own web server (e2e/serve.mjs) builds with VITE_API_URL set, into E2E_OUT_DIR, and serves the build on
// VERDICT_E2E_PORT (the build prerenders the pages from that API).
const api = process.env.VITE_API_URL;
if (!api) throw new Error('VITE_API_URL must be set (playwright.server.config.ts)');

const res = await fetch(`${api}/api/movies/wont-back-down/user-reviews`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': 'api-url-pages-setup' },
  body: JSON.stringify({ score: 2, author: 'Second server' }),
});
// 201 the first time; the same key answers again with the same review if this database already has it
if (!res.ok) throw new Error(`the second server refused the setup rating: ${res.status} ${await res.text()}`);

await import('../serve.mjs');
