// Production build: the client bundle, then the movie page prerendered to static HTML from the seed data, or,
// in a build pointed at a real API (VITE_API_URL), from that API's current data.
// Usage: node scripts/build.mjs [--outDir dist]   (SITE_URL sets the canonical origin)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, loadEnv } from 'vite';

// A production build whatever NODE_ENV this process inherited (a test runner's 'test' or 'development' would
// compile React's JSX for development: a bigger, slower page)
process.env.NODE_ENV = 'production';

const { values: args } = parseArgs({ options: { outDir: { type: 'string' } } });
const outDir = resolve(args.outDir ?? process.env.OUT_DIR ?? 'dist');
const ssrDir = `${outDir}-ssr`;
const siteUrl = process.env.SITE_URL ?? 'https://verdict.example.com';
const bench = process.env.VITE_BENCH === 'true';
// a benchmark build also prerenders the synthetic movie, as every movie page is
const MOVIES = ['wont-back-down', ...(bench ? ['synthetic-benchmark'] : [])];

await build({
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, ...(process.env.NO_MINIFY ? { minify: false } : {}) },
});
await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'entry-server.mjs' } },
  },
});

const { renderPage, fillTemplate, createApi, seedForBuild, openApiDocument } = await import(
  pathToFileURL(join(ssrDir, 'entry-server.mjs')).href
);
const template = readFileSync(join(outDir, 'index.html'), 'utf8');
// The prerender asks the same HTTP API the browser will: the in-process mock over the seed, or the real API the
// build points at (VITE_API_URL, from the environment or an .env file, as Vite reads it), so the static pages
// show that API's figures rather than the embedded seed's. The page asks again when it loads.
const apiUrl = loadEnv('production', process.cwd(), 'VITE_').VITE_API_URL?.replace(/\/$/, '');
const api = apiUrl ? await realApi(apiUrl) : createApi({ seed: await seedForBuild({ withSynthetic: bench }) });
// each movie's overview and its three full lists
const VIEWS = ['', '/critic-reviews', '/user-reviews', '/parents-guide'];
for (const path of MOVIES.flatMap((id) => VIEWS.map((view) => `/movies/${id}${view}`))) {
  const page = await renderPage(path, { fetch: (req) => api.fetch(req), siteUrl });
  if (page.status !== 200) throw new Error(`prerender: ${path} answered ${page.status}`);
  // The query state goes in a sidecar JSON file, preloaded: the HTML stays as small as a static page's, so
  // the first card paints as early, and the client hydrates once the state has arrived.
  const stateUrl = `${path}.state.json`;
  const html = fillTemplate(template, page, { stateUrl });
  // Both forms, so static hosts (and `vite preview`) serve it for /movies/ID and /movies/ID/.
  const dir = join(outDir, path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(outDir, `${path}.html`), html);
  const state = JSON.stringify(page.state);
  writeFileSync(join(outDir, stateUrl), state);
  console.log(
    `prerendered ${path} (${(html.length / 1024).toFixed(1)} KB HTML, ${(state.length / 1024).toFixed(1)} KB state)`,
  );
}
// The contract, as OpenAPI 3.1, beside the app (the mock API also serves it at /api/openapi.json).
mkdirSync(join(outDir, 'api'), { recursive: true });
writeFileSync(join(outDir, 'api', 'openapi.json'), `${JSON.stringify(openApiDocument(), null, 2)}\n`);
rmSync(ssrDir, { recursive: true, force: true });

/** The API at `apiUrl`, asked over HTTP; the build stops with a message if it does not answer. */
async function realApi(apiUrl) {
  try {
    const health = await fetch(`${apiUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
    if (!health.ok) throw new Error(`GET /api/health answered ${health.status}`);
  } catch (e) {
    throw new Error(
      `VITE_API_URL=${apiUrl} did not answer (${e.message}). The build prerenders its pages from that API: start it, or build without VITE_API_URL for the embedded data.`,
      { cause: e },
    );
  }
  return {
    fetch: (req) => {
      const url = new URL(req.url);
      return fetch(new Request(`${apiUrl}${url.pathname}${url.search}`, req));
    },
  };
}
