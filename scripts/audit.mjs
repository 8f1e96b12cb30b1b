// Lighthouse (mobile preset, the default config) against the production build served by `vite preview`.
// Prints the four category scores, LCP, TBT and CLS; exits 1 below the targets.
// Usage: node scripts/audit.mjs [--no-build] [--outDir dist-audit]
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureBrowser } from '../e2e/browsers.mjs';
import { CHROMIUM_ARGS, freePort, startPreview } from './lib/preview.mjs';

const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const { values: args } = parseArgs({ options: { outDir: { type: 'string' }, 'no-build': { type: 'boolean' } } });
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

const chrome = await chromeLauncher.launch({
  chromePath: ensureBrowser(),
  userDataDir: mkdtempSync(join(tmpdir(), 'verdict-lh-')),
  // chrome-launcher wants the new headless mode named explicitly
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless')],
});
let failed = false;
try {
  const url = `${origin}/movies/wont-back-down`;
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const { categories, audits } = result.lhr;
  console.log(`\nLighthouse ${result.lhr.lighthouseVersion}, mobile preset, ${url}`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    if (score < target) failed = true;
    console.log(`  ${categories[id].title.padEnd(16)} ${String(score).padStart(3)}  (target ≥ ${target})`);
  }
  const lcp = audits['largest-contentful-paint'].numericValue;
  const tbt = audits['total-blocking-time'].numericValue;
  const cls = audits['cumulative-layout-shift'].numericValue;
  const fcp = audits['first-contentful-paint'].numericValue;
  console.log(
    `  FCP ${Math.round(fcp)} ms · LCP ${Math.round(lcp)} ms · TBT ${Math.round(tbt)} ms · CLS ${cls.toFixed(3)}`,
  );
  if (cls > 0) failed = true;
  const failing = Object.values(audits).filter(
    (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
  );
  if (failing.length) console.log(`  failing audits: ${failing.map((a) => a.id).join(', ')}`);
} finally {
  await chrome.kill();
  stop();
}
process.exit(failed ? 1 : 0);
