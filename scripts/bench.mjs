// Benchmark on a synthetic movie (10,000 critic and 50,000 user reviews, generated deterministically,
// bundled only in this benchmark build). Prints: time to the first review card (and the same for a plain
// static HTML page of the same first screen, and their ratio), band-filter click → next paint and sort
// change → next paint (median and p95), the largest DOM node count seen, and the JS heap.
// Usage: node scripts/bench.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../e2e/browsers.mjs';
import { CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';

const OUT = 'dist-bench';
const RUNS = 11;
const CLICKS = 24;
const MOVIE = '/movies/synthetic-benchmark';

if (!process.argv.includes('--no-build')) {
  const r = spawnSync('node', ['scripts/build.mjs', '--outDir', OUT], {
    stdio: 'inherit',
    env: { ...process.env, VITE_BENCH: 'true' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { origin, stop } = await startPreview(OUT);

const browser = await chromium.launch({
  executablePath: ensureBrowser(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});

// Records when the first review card is in the DOM and painted (next animation frame after insertion).
const FIRST_CARD = () => {
  const seen = () => document.querySelector('main article');
  const mark = () => {
    if (window.__firstCard !== undefined) return;
    window.__firstCard = -1;
    requestAnimationFrame(() => (window.__firstCard = performance.now()));
  };
  new MutationObserver(() => seen() && mark()).observe(document, { childList: true, subtree: true });
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

async function timeToFirstCard(url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(FIRST_CARD);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstCard > 0, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__firstCard));
    await context.close();
  }
  return times;
}

try {
  const appTimes = await timeToFirstCard(origin + MOVIE);

  // The plain static page: the app's first screen, saved as HTML without any script.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + MOVIE);
  await page.locator('main article').first().waitFor({ timeout: 60_000 });
  const staticHtml = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    // no script, and nothing that would fetch the app's code or data
    doc
      .querySelectorAll('script, link[rel="preload"], link[rel="modulepreload"], meta[name="verdict-state"]')
      .forEach((s) => s.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  writeFileSync(join(OUT, 'static-first-screen.html'), staticHtml);
  const staticTimes = await timeToFirstCard(`${origin}/static-first-screen.html`);

  // Interactions on the live app.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let maxNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const measure = (fn) =>
    page.evaluate(async (src) => {
      const act = new Function(`return (${src})`)();
      const t0 = performance.now();
      act();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { t: performance.now() - t0, nodes: document.getElementsByTagName('*').length };
    }, fn.toString());

  const filterTimes = [];
  const BANDS = ['Positive', 'Mixed', 'Negative', 'All'];
  for (const section of ['critics', 'users']) {
    for (let i = 0; i < CLICKS / 2; i++) {
      const band = BANDS[i % BANDS.length];
      await page.evaluate(([s, b]) => (window.__target = { s, b }), [section, band]);
      const r = await measure(() => {
        const { s, b } = window.__target;
        const buttons = [...document.querySelectorAll(`#${s} button`)];
        const btn = buttons.find(
          (el) => el.textContent.trim().startsWith(b) && el.closest('[role="group"], fieldset, nav, div'),
        );
        if (!btn) throw new Error(`no ${b} button in #${s}`);
        btn.click();
      });
      filterTimes.push(r.t);
      maxNodes = Math.max(maxNodes, r.nodes);
    }
  }

  const sortTimes = [];
  for (const section of ['critics', 'users']) {
    const options = await page.evaluate(
      (s) => [...document.querySelector(`#${s} select`).options].map((o) => o.value),
      section,
    );
    for (let i = 0; i < CLICKS / 2; i++) {
      await page.evaluate(([s, v]) => (window.__target = { s, v }), [section, options[(i + 1) % options.length]]);
      const r = await measure(() => {
        const { s, v } = window.__target;
        const select = document.querySelector(`#${s} select`);
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
        setter.call(select, v);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      sortTimes.push(r.t);
      maxNodes = Math.max(maxNodes, r.nodes);
    }
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024 / 1024;
  await context.close();

  const ttfc = median(appTimes);
  const ttfcStatic = median(staticTimes);
  const ratio = ttfc / ttfcStatic;
  const row = (name, value, target, ok) =>
    console.log(`  ${name.padEnd(38)} ${value.padStart(22)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`);
  console.log(
    `\nBenchmark: synthetic movie, 10,000 critic + 50,000 user reviews, Chromium 1280×900, ${RUNS} loads, ${CLICKS} clicks each`,
  );
  row('time to first review card (median)', ms(ttfc), '', true);
  row('static HTML page, same first screen', ms(ttfcStatic), '', true);
  row('ratio app / static', ratio.toFixed(2), '≤ 1.25', ratio <= 1.25);
  row(
    'band filter click → paint (median/p95)',
    `${ms(median(filterTimes))} / ${ms(p95(filterTimes))}`,
    '≤ 32 ms',
    p95(filterTimes) <= 32,
  );
  row(
    'sort change → paint (median/p95)',
    `${ms(median(sortTimes))} / ${ms(p95(sortTimes))}`,
    '≤ 32 ms',
    p95(sortTimes) <= 32,
  );
  row('DOM nodes (max seen)', String(maxNodes), '≤ 1,500', maxNodes <= 1500);
  row('JS heap used (after GC)', `${heap.toFixed(1)} MB`, '≤ 60 MB', heap <= 60);
  console.log('');
} finally {
  await browser.close();
  stop();
}
