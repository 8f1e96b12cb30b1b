// Benchmark: the seed movie and a synthetic movie (10,000 critic and 50,000 user reviews, generated
// deterministically, bundled only in this benchmark build) side by side, with the same script. Prints figures;
// asserts nothing. For each movie: bytes transferred until the first band filter has answered, the size of the
// state the page starts from, time until that first filter click answers (hydration included) at 1× and 4× CPU,
// filter and sort click → answered and painted (median, p95), DOM nodes, and the JS heap after GC.
// With --server, the same script against `npm start` on the server's benchmark database (PGlite in .bench/pglite:
// 10,000 critic and 1,000,000 user reviews, loaded first if missing): the pages are rendered per request, their
// state inline, and the page holds no reviews beyond what it shows.
// Usage: node scripts/bench.mjs [--no-build] [--server]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../e2e/browsers.mjs';
import { buildIfStale } from './lib/build-if-stale.mjs';
import { CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';
import { benchDatabase, ensureSynthetic, startServerProcess } from './lib/server-target.mjs';

const OUT = 'dist-bench';
const LOADS = 5;
// filter and sort changes per movie, half on each list page: the p95 is then the 38th of 40 (of 16, it was the slowest)
const CLICKS = 40;
const MOVIES = [
  ['seed', 'wont-back-down'],
  ['synthetic', 'synthetic-benchmark'],
];

const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean' }, server: { type: 'boolean' } } });
if (!args.server && !args['no-build']) {
  const r = spawnSync('node', ['scripts/build.mjs', '--outDir', OUT], {
    stdio: 'inherit',
    env: { ...process.env, VITE_BENCH: 'true' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { origin, stop } = args.server ? await startServer() : await startPreview(OUT);

/** The server (built where stale, as `npm start` does) on the benchmark database, the synthetic movie loaded first. */
async function startServer() {
  await buildIfStale();
  const db = await benchDatabase('pglite');
  ensureSynthetic(db.env);
  const server = await startServerProcess(db.env);
  return { origin: server.origin, stop: () => void server.stop() };
}

/** The size of the state a page starts from: the build's state file, or the server page's inline state. */
async function stateSize(path) {
  if (!args.server) return statSync(join(OUT, `${path}.state.json`)).size;
  const html = await (await fetch(origin + path)).text();
  const state = /<script[^>]*id="verdict-state"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!state) throw new Error(`${path}: no inline state in the server's page`);
  return Buffer.byteLength(state[1]);
}
const browser = await chromium.launch({
  executablePath: ensureBrowser(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/**
 * In the page: click a control, then wait until the section shows the answer (the control pressed, no list updating)
 * and the frame that paints it has been painted. The answer is seen when React commits it (a MutationObserver, not a
 * check once a frame, which would see it a frame late and count that frame), then a frame and a task: the paint.
 */
const ANSWERED = async ({ section, kind, value }) => {
  const root = document.getElementById(section);
  const shown = (done) =>
    new Promise((resolve) => {
      if (done()) return resolve();
      const watch = new MutationObserver(() => {
        if (!done()) return;
        watch.disconnect();
        resolve();
      });
      watch.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  const settled = () => !root.querySelector('[aria-busy="true"]');
  const t0 = performance.now();
  if (kind === 'band') {
    const group = root.querySelector('[role="group"][aria-label^="Filter"]');
    const btn = [...group.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(value));
    btn.click();
    await shown(() => btn.getAttribute('aria-pressed') === 'true' && settled());
  } else {
    const select = root.querySelector('select');
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await shown(settled);
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
};

/**
 * Load the list of every critic review (where the filters live; the overview links to it), click "Negative" in the
 * band filter as soon as it is there: time and bytes until it answered.
 */
async function firstFilter(id, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(`${origin}/movies/${id}/critic-reviews`, { waitUntil: 'commit' });
  // hydrated: React has attached its handlers to the prerendered controls
  await page.waitForFunction(
    () => {
      const b = document.querySelector('#critics [role="group"][aria-label^="Filter"] button');
      return b && Object.keys(b).some((k) => k.startsWith('__reactProps'));
    },
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  await page.evaluate(ANSWERED, { section: 'critics', kind: 'band', value: 'Negative' });
  const t = await page.evaluate(() => performance.now());
  await context.close();
  return { t, bytes };
}

/** On each list page (critics', users'), band filter clicks and sort changes, one after another. */
async function interactions(id) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const filter = [];
  const sort = [];
  let nodes = 0;
  const BANDS = ['Positive', 'Mixed', 'Negative', 'All'];
  for (const [section, list] of [
    ['critics', 'critic-reviews'],
    ['users', 'user-reviews'],
  ]) {
    await page.goto(`${origin}/movies/${id}/${list}`);
    await page.locator('main article').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    nodes = Math.max(nodes, await page.evaluate(() => document.getElementsByTagName('*').length));
    for (let i = 0; i < CLICKS / 2; i++) {
      filter.push(await page.evaluate(ANSWERED, { section, kind: 'band', value: BANDS[i % BANDS.length] }));
      nodes = Math.max(nodes, await page.evaluate(() => document.getElementsByTagName('*').length));
    }
    const options = await page.evaluate(
      (s) => [...document.querySelector(`#${s} select`).options].map((o) => o.value),
      section,
    );
    for (let i = 0; i < CLICKS / 2; i++) {
      sort.push(await page.evaluate(ANSWERED, { section, kind: 'sort', value: options[(i + 1) % options.length] }));
      nodes = Math.max(nodes, await page.evaluate(() => document.getElementsByTagName('*').length));
    }
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024 / 1024;
  await context.close();
  return { filter, sort, nodes, heap };
}

try {
  const results = {};
  // The movies take turns, load by load, so that a slower moment of a shared machine weighs on both alike.
  const loads = Object.fromEntries(MOVIES.map(([name]) => [name, { 1: [], 4: [] }]));
  for (const cpu of [1, 4])
    for (let i = 0; i < LOADS; i++) for (const [name, id] of MOVIES) loads[name][cpu].push(await firstFilter(id, cpu));
  for (const [name, id] of MOVIES) {
    results[name] = {
      // the largest state any of the movie's pages starts from (the overview and its three lists)
      state: Math.max(
        ...(await Promise.all(
          ['', '/critic-reviews', '/user-reviews', '/parents-guide'].map((view) => stateSize(`/movies/${id}${view}`)),
        )),
      ),
      bytes: median(loads[name][1].map((l) => l.bytes)),
      first1: median(loads[name][1].map((l) => l.t)),
      first4: median(loads[name][4].map((l) => l.t)),
      ...(await interactions(id)),
    };
  }
  const { seed, synthetic } = results;
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const msf = (x) => `${x.toFixed(1)} ms`;
  const rows = [
    ['bytes until the first filter answered', kb(seed.bytes), kb(synthetic.bytes), synthetic.bytes / seed.bytes],
    ['state a page starts from (largest of the 4)', kb(seed.state), kb(synthetic.state), synthetic.state / seed.state],
    ['first filter answered, 1× CPU (median)', msf(seed.first1), msf(synthetic.first1), synthetic.first1 / seed.first1],
    ['first filter answered, 4× CPU (median)', msf(seed.first4), msf(synthetic.first4), synthetic.first4 / seed.first4],
    [
      'filter click → answered (median / p95)',
      `${msf(median(seed.filter))} / ${msf(p95(seed.filter))}`,
      `${msf(median(synthetic.filter))} / ${msf(p95(synthetic.filter))}`,
      null,
    ],
    [
      'sort change → answered (median / p95)',
      `${msf(median(seed.sort))} / ${msf(p95(seed.sort))}`,
      `${msf(median(synthetic.sort))} / ${msf(p95(synthetic.sort))}`,
      null,
    ],
    ['DOM nodes on a list page (max seen)', String(seed.nodes), String(synthetic.nodes), synthetic.nodes / seed.nodes],
    [
      args.server ? 'JS heap after GC (the page only)' : 'JS heap after GC (mock API in the page)',
      `${seed.heap.toFixed(1)} MB`,
      `${synthetic.heap.toFixed(1)} MB`,
      synthetic.heap / seed.heap,
    ],
  ];
  console.log(
    args.server
      ? '\nBenchmark, Chromium 1280×900, against `npm start` (PGlite): seed movie vs synthetic (10,000 critic + 1,000,000 user reviews)'
      : '\nBenchmark, Chromium 1280×900, static build: seed movie vs synthetic (10,000 critic + 50,000 user reviews)',
  );
  console.log('First filter: a load of the critic list page, then its "Negative" band; clicks on both list pages');
  console.log(`${LOADS} loads per CPU setting, ${CLICKS} filter and ${CLICKS} sort changes per movie\n`);
  console.log(`| figure | seed | synthetic | synthetic / seed |\n| --- | ---: | ---: | ---: |`);
  for (const [name, a, b, ratio] of rows)
    console.log(`| ${name} | ${a} | ${b} | ${ratio === null ? '' : ratio.toFixed(2)} |`);
  console.log('');
} finally {
  await browser.close();
  stop();
}
