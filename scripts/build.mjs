// Production build: the client bundle, then the movie page prerendered to static HTML from the seed data.
// Usage: node scripts/build.mjs [--outDir dist]   (SITE_URL sets the canonical origin)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const argOut = process.argv.indexOf('--outDir');
const outDir = resolve(argOut > 0 ? process.argv[argOut + 1] : (process.env.OUT_DIR ?? 'dist'));
const ssrDir = `${outDir}-ssr`;
const siteUrl = process.env.SITE_URL ?? 'https://verdict.example.com';
const bench = process.env.VITE_BENCH === 'true';
// a benchmark build also prerenders the synthetic movie, as every movie page is
const MOVIES = ['wont-back-down', ...(bench ? ['synthetic-benchmark'] : [])];

await build({
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, ...(process.env.NO_MINIFY ? { minify: false } : {}) },
});
// The API contract as OpenAPI 3.1 beside the app, at the path the server answers it (/api/openapi.json).
await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/domain/openapi.ts',
    outDir: `${ssrDir}-openapi`,
    emptyOutDir: true,
    copyPublicDir: false,
    rolldownOptions: { output: { entryFileNames: 'openapi.mjs' } },
  },
});
const { openApiDocument } = await import(pathToFileURL(join(`${ssrDir}-openapi`, 'openapi.mjs')).href);
mkdirSync(join(outDir, 'api'), { recursive: true });
writeFileSync(join(outDir, 'api', 'openapi.json'), `${JSON.stringify(openApiDocument(), null, 2)}\n`);
rmSync(`${ssrDir}-openapi`, { recursive: true, force: true });

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'entry-server.mjs' } },
  },
});

const { renderMoviePage } = await import(pathToFileURL(join(ssrDir, 'entry-server.mjs')).href);
const template = readFileSync(join(outDir, 'index.html'), 'utf8');
for (const id of MOVIES) {
  const page = await renderMoviePage(id, siteUrl, { withSynthetic: bench });
  if (!/<title>[\s\S]*?<\/title>/.test(template) || !/<meta\s+name="description"[^>]*>/.test(template)) {
    throw new Error('prerender: index.html needs a <title> and a <meta name="description"> to replace');
  }
  // The query state goes in a sidecar JSON file, preloaded: the HTML stays as small as a static page's, so
  // the first card paints as early, and the client hydrates once the state has arrived.
  const stateUrl = `/movies/${id}.state.json`;
  const stateTags = [
    `<meta name="verdict-state" content="${stateUrl}" />`,
    `<link rel="preload" href="${stateUrl}" as="fetch" crossorigin="anonymous" />`,
  ].join('\n    ');
  const html = template
    .replace(/<meta\s+name="description"[^>]*>\s*/, '')
    .replace(/<title>[\s\S]*?<\/title>/, `${page.head}\n    ${stateTags}`)
    .replace('<div id="root"></div>', `<div id="root">${page.html}</div>`);
  if (html === template || !html.includes('verdict-state')) throw new Error('prerender: template markers not found');
  // Both forms, so static hosts (and `vite preview`) serve it for /movies/ID and /movies/ID/.
  const dir = join(outDir, 'movies', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(outDir, 'movies', `${id}.html`), html);
  writeFileSync(join(outDir, stateUrl), JSON.stringify(page.state));
  console.log(`prerendered /movies/${id} (${(html.length / 1024).toFixed(1)} KB HTML)`);
}
rmSync(ssrDir, { recursive: true, force: true });
