// Lighthouse (mobile preset, the default config) against the production build served by `vite preview`, run
// `--runs` times (3 by default), each in a freshly launched Chromium, as Lighthouse's docs advise for a score that
// varies between runs. Prints every run's scores, FCP, LCP, TBT and CLS, then their medians; exits 1 when a median
// misses its target.
// Usage: node scripts/audit.mjs [--no-build] [--outDir dist-audit] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureBrowser } from '../e2e/browsers.mjs';
import { CHROMIUM_ARGS, freePort, startPreview } from './lib/preview.mjs';

const TARGETS = { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 };
const TBT_TARGET_MS = 50;
const { values: args } = parseArgs({
  options: { outDir: { type: 'string' }, 'no-build': { type: 'boolean' }, runs: { type: 'string', default: '3' } },
});
const runs = Math.max(1, Number(args.runs) || 3);
const outDir = args.outDir ?? 'dist-audit';

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
if (!args['no-build']) {
  // the canonical URL points at the origin being audited, as it would in production
  const r = spawnSync('node', ['scripts/build.mjs', '--outDir', outDir], {
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: origin },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { stop } = await startPreview(outDir, port);
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

const url = `${origin}/movies/wont-back-down`;
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: ensureBrowser(),
      userDataDir: mkdtempSync(join(tmpdir(), 'verdict-lh-')),
      // chrome-launcher wants the new headless mode named explicitly
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless')],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const row = Object.fromEntries(
        Object.keys(TARGETS).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      );
      for (const [key, audit] of Object.entries(METRICS)) row[key] = lhr.audits[audit].numericValue;
      row.failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push(row);
      if (i === 0) console.log(`\nLighthouse ${lhr.lighthouseVersion}, mobile preset, ${url}`);
      console.log(
        `  run ${i + 1}: ${describe(row)}${row.failing.length ? ` · failing audits: ${row.failing.join(', ')}` : ''}`,
      );
    } finally {
      await chrome.kill();
    }
  }
} finally {
  stop();
}

const median = (key) => {
  const sorted = rows.map((r) => r[key]).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const med = Object.fromEntries([...Object.keys(TARGETS), ...Object.keys(METRICS)].map((k) => [k, median(k)]));
console.log(`  median of ${runs}: ${describe(med)}`);
let failed = false;
for (const [id, target] of Object.entries(TARGETS)) {
  if (med[id] < target) {
    failed = true;
    console.log(`  ${id} ${med[id]} is below its target of ${target}`);
  }
}
if (med.tbt > TBT_TARGET_MS) {
  failed = true;
  console.log(`  TBT ${Math.round(med.tbt)} ms is above its target of ${TBT_TARGET_MS} ms`);
}
if (med.cls > 0) failed = true;
process.exit(failed ? 1 : 0);

/** One line: the four scores, then the metrics. */
function describe(r) {
  const scores = Object.keys(TARGETS).map((id) => `${id} ${r[id]}`);
  return `${scores.join(' · ')} · FCP ${Math.round(r.fcp)} ms · LCP ${Math.round(r.lcp)} ms · TBT ${Math.round(r.tbt)} ms · CLS ${r.cls.toFixed(3)}`;
}
