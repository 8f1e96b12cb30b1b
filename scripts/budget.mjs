// Checks the first-paint budgets of the production build and prints the figures.
// JS needed for the first paint (the entry module and everything it imports statically) ≤ 110 KB gzip;
// CSS ≤ 15 KB gzip. Code loaded with import() (forms, the mock API, dialogs) is listed but not counted.
// Usage: node scripts/budget.mjs [--no-build] [--outDir dist-budget]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const BUDGET = { js: 110 * 1024, css: 15 * 1024 };
const { values: args } = parseArgs({ options: { outDir: { type: 'string' }, 'no-build': { type: 'boolean' } } });
const outDir = args.outDir ?? 'dist-budget';
if (!args['no-build']) {
  const r = spawnSync('node', ['scripts/build.mjs', '--outDir', outDir], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const page = readFileSync(join(outDir, 'movies', 'wont-back-down.html'), 'utf8');
const attr = (re) => [...page.matchAll(re)].map((m) => m[1]);
const entryJs = [
  ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
];
const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
const classicJs = attr(/<script(?![^>]+type=)[^>]+src="([^"]+)"/g);

const file = (url) => readFileSync(join(outDir, url.replace(/^\//, '')));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

// Follow static imports (import … from "./x.js" / import "./x.js"), not import("./x.js").
const staticJs = new Set();
const lazyJs = new Set();
const visit = (url) => {
  if (staticJs.has(url)) return;
  staticJs.add(url);
  const code = file(url).toString();
  const dir = posix.dirname(url);
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    visit(posix.join(dir, m[1]));
  }
  for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) lazyJs.add(posix.join(dir, m[1]));
};
entryJs.forEach(visit);
classicJs.forEach((u) => staticJs.add(u));

const rows = [];
const sum = (urls, kind) =>
  [...urls].reduce((total, url) => {
    const buf = file(url);
    const g = gz(buf);
    rows.push({ kind, file: url, raw: buf.length, gzip: g });
    return total + g;
  }, 0);
const jsTotal = sum(staticJs, 'first-paint JS');
const cssTotal = sum(css, 'CSS');
const lazyOnly = [...lazyJs].filter((u) => !staticJs.has(u));
const lazyTotal = sum(lazyOnly, 'on demand');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBundle budget (gzip level 9)');
for (const r of rows)
  console.log(
    `  ${r.kind.padEnd(15)} ${r.file.padEnd(42)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip`,
  );
const ok = (v, b) => (v <= b ? 'ok' : 'OVER');
console.log(`\n  first-paint JS: ${kb(jsTotal)} gzip of ${kb(BUDGET.js)}  ${ok(jsTotal, BUDGET.js)}`);
console.log(`  CSS:            ${kb(cssTotal)} gzip of ${kb(BUDGET.css)}  ${ok(cssTotal, BUDGET.css)}`);
console.log(`  on demand JS:   ${kb(lazyTotal)} gzip in ${lazyOnly.length} chunks (not counted)`);
console.log(`  HTML of the prerendered page: ${kb(Buffer.byteLength(page))} raw, ${kb(gz(Buffer.from(page)))} gzip\n`);
if (jsTotal > BUDGET.js || cssTotal > BUDGET.css) {
  console.error('Budget exceeded.');
  process.exit(1);
}
